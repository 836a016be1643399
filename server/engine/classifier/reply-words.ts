// The words of a reply's canonical text, split once per call and each looked up once in a table kept
// across calls. The reflection check, the partner echo and the model's features all read the same
// words; each had split the text again and looked every word up in a stem cache of its own, and a
// freshly cut string is hashed anew on every such lookup.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { FNV_OFFSET, fnvString } from './feature-hash.js';

/** What is known of one distinct word, whatever reply it is in. */
export interface WordInfo {
  /** The word with its apostrophes dropped ("mum's": "mums"); the word itself when it has none. */
  bare: string;
  /** Porter stem of `bare`. */
  bareStem: string;
  /** Whether `bare` is letters only, in any script. */
  letters: boolean;
  /** Whether the word is ASCII lowercase letters only. */
  ascii: boolean;
  /** The model's hash of the word: FNV-1a of its stem, or of the token itself when it is punctuation. */
  hash: number;
  /** score-reply.ts keeps where this word's n-gram sums are in a model's store, and which store (its id). */
  gramsOf: number;
  gramsAt: number;
}

// Partner lines repeat on every turn of a session and words repeat across replies: remember stems.
const STEMS = new Map<string, string>();
export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (STEMS.size < 50_000) STEMS.set(word, s);
  }
  return s;
}

const LETTERS_ONLY = /^\p{L}+$/u;
const ASCII_LOWER = /^[a-z]+$/;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

function infoOf(word: string): WordInfo {
  const bare = word.includes("'") ? word.replaceAll("'", '') : word;
  const own = stem(word);
  return {
    bare,
    bareStem: bare === word ? own : stem(bare),
    letters: LETTERS_ONLY.test(bare),
    ascii: ASCII_LOWER.test(word),
    hash: word.length > 0 && isWordChar(word.charCodeAt(0)) ? fnvString(FNV_OFFSET, own) : fnvString(FNV_OFFSET, word),
    gramsOf: -1,
    gramsAt: -1,
  };
}

const WORDS = new Map<string, WordInfo>();
const MAX_KEPT = 50_000;

/** The word's entry in the table (past its size, made afresh each time). */
export function wordInfo(word: string): WordInfo {
  let info = WORDS.get(word);
  if (info === undefined) {
    info = infoOf(word);
    if (WORDS.size < MAX_KEPT) WORDS.set(word, info);
  }
  return info;
}

/**
 * The tokens of the last text given to replyWords, as `text.split(' ')` cuts them (an empty text is
 * one empty token). Reused by the next call: read them before classifying another reply.
 */
export interface ReplyWords {
  count: number;
  start: Int32Array;
  end: Int32Array;
  word: string[];
  info: WordInfo[];
}

const last: ReplyWords = { count: 0, start: new Int32Array(256), end: new Int32Array(256), word: [], info: [] };
let lastText: string | undefined;

/** The words of a canonical text, cut and looked up once however many readers ask in one call. */
export function replyWords(text: string): ReplyWords {
  if (text === lastText) return last;
  const words = last;
  words.count = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 32) continue;
    const k = words.count++;
    if (k === words.start.length) grow(words);
    const word = text.slice(from, i);
    words.start[k] = from;
    words.end[k] = i;
    words.word[k] = word;
    words.info[k] = wordInfo(word);
    from = i + 1;
  }
  lastText = text;
  return words;
}

function grow(words: ReplyWords): void {
  const start = new Int32Array(words.start.length * 2);
  start.set(words.start);
  words.start = start;
  const end = new Int32Array(words.end.length * 2);
  end.set(words.end);
  words.end = end;
}
