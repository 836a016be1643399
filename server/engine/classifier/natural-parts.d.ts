// natural's root import loads its storage backends (mongoose, pg, redis) and runs dotenv, which prints
// to stdout (../shared/STACK-NOTES.md). We import the two files we use directly; these are their shapes.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordTokenizer {
    tokenize(text: string): string[];
  }
}
