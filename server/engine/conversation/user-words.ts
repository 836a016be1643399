// The user's own words, kept so the partner can hold them to it: cut to a safe length, on one line,
// and always shown inside quotation marks so nobody mistakes them for the partner's.
import { MAX_QUOTE_LENGTH } from '../scenario/scenario-schema.js';
import { sentencesOf } from '../sentences.js';

/** One line of at most 200 characters, cut at a word with an ellipsis. */
export function quoteOf(text: string): string {
  const flat = text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat.length <= MAX_QUOTE_LENGTH) return flat;
  const cut = flat.slice(0, MAX_QUOTE_LENGTH - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > MAX_QUOTE_LENGTH / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** How a quote appears inside a partner line. */
export function quoted(words: string): string {
  return `\u201c${words}\u201d`;
}

const PROMISE =
  /^(?:(?:and|so|but|okay|ok|look|tomorrow|tonight|from now on|this week|today)[, ]+)*(?:i'll|i will|i'm going to|i am going to|i promise|i'm gonna)\b/;
/** "I won't..." is a promise only about the future: "I won't see him again", not "I won't defend it". */
const NEVER_AGAIN =
  /^(?:(?:and|so|but|okay|ok|look|from now on)[, ]+)*(?:i won't|i will not|i'm not going to|i am not going to|i'll never|i will never)\b.*\b(?:again|anymore|any more|ever|from now on|from today)\b/;
/** "I'll be honest" and "I'll try" are manners of speaking, not commitments. */
const NOT_A_PROMISE = /^(?:i'll|i will) (?:be honest|be straight|be quick|try|see|say|admit|tell you (?:this|what))\b/;

/** The first sentence of a reply that commits to something ("I'll ring the counsellor tomorrow."). */
export function promiseIn(reply: string): string | undefined {
  for (const sentence of sentencesOf(reply)) {
    if (sentence.text.endsWith('?')) continue;
    const lower = sentence.text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'");
    if (NEVER_AGAIN.test(lower)) return quoteOf(sentence.text);
    if (PROMISE.test(lower) && !NOT_A_PROMISE.test(lower.replace(/^.*?(?=i'll|i will)/, '')))
      return quoteOf(sentence.text);
  }
  return undefined;
}
