// What the model sees of a reply, as hashed feature slots: stemmed words and word pairs, character
// 3-5-grams of each word (so "sory" and "apologise" land near "sorry" and "apologize"), the cues that
// fired (and the ones negated), and the context: what the partner's line asked, whether the reply
// answered it, and how the reply's signals sit with that ("an apology in place of an answer").
// Each feature belongs to one sentence of the reply (its part) or to the reply as a whole (-1), so
// the same pass scores the whole reply and each sentence. No strings are built per feature: slots
// come from an FNV-1a hash run over the characters in place.
import { SIGNALS, type Signal } from '../types.js';
import { FNV_OFFSET, FNV_PRIME, fnvChar, fnvString, slotIn } from './feature-hash.js';
import type { ReplyReading } from './read-reply.js';
import { replyWords, stem, type WordInfo } from './reply-words.js';
import { sideOf } from './signal-sides.js';

export const HASH_BITS = 18;
export const SLOTS = 1 << HASH_BITS;

/** Features of one reply: slot and part per feature, in a buffer reused by the next call. */
export interface ReplyFeatures {
  slots: Int32Array;
  parts: Int8Array;
  /** How much each feature counts (character n-grams count less than words: there are many). */
  values: Float32Array;
  count: number;
  /** How many sentences the reply has (parts run 0..partCount-1). */
  partCount: number;
}

// Feature families, mixed into the hash so "word 'no'" and "cue 'no'" differ.
const WORD = 1;
const PAIR = 2;
const GRAM = 3;
const CUE = 4;
const SIGNAL = 5;
const NEGATED = 6;
const CONTEXT = 7;
const FIRST = 8;
const TRIPLE = 9;
const SKIP = 10;
const TAIL = 11;

const slotOf = (h: number): number => slotIn(h, HASH_BITS);

/** The slot of a named feature (context and shape features; tests and training reports use it). */
export function namedSlot(family: number, name: string): number {
  return slotOf(fnvString(fnvChar(FNV_OFFSET, family), name));
}

const SIGNAL_SLOTS = new Map<Signal, number>(SIGNALS.map((s) => [s, namedSlot(SIGNAL, s)]));
const NEGATED_SLOTS = new Map<Signal, number>(SIGNALS.map((s) => [s, namedSlot(NEGATED, s)]));
// Context names are few and fixed: their slots are computed once per distinct name, and found again
// by walking their parts through nested maps, so no name string is built per reply.
const CONTEXT_SLOTS = new Map<string, number>();
function contextSlot(name: string): number {
  let slot = CONTEXT_SLOTS.get(name);
  if (slot === undefined) {
    slot = namedSlot(CONTEXT, name);
    CONTEXT_SLOTS.set(name, slot);
  }
  return slot;
}

interface ContextNode {
  slot?: number;
  next: Map<string | number, ContextNode>;
}
const CONTEXT_ROOT: ContextNode = { next: new Map() };
function childOf(node: ContextNode, key: string | number): ContextNode {
  let child = node.next.get(key);
  if (child === undefined) {
    child = { next: new Map() };
    node.next.set(key, child);
  }
  return child;
}
/** The slot of the context feature named by its parts joined with ':' ("q", "info", "short"). */
function ctx(a: string, b?: string | number, c?: string | number, d?: string | number): number {
  let node = childOf(CONTEXT_ROOT, a);
  if (b !== undefined) node = childOf(node, b);
  if (c !== undefined) node = childOf(node, c);
  if (d !== undefined) node = childOf(node, d);
  if (node.slot === undefined) node.slot = contextSlot([a, b, c, d].filter((x) => x !== undefined).join(':'));
  return node.slot;
}

let slots = new Int32Array(4096);
let parts = new Int8Array(4096);
let values = new Float32Array(4096);
let count = 0;

/**
 * Where a walk's features go instead of the buffer: classifying scores them as they are found
 * (score-reply.ts), and takes a word's character n-grams as one sum it keeps per word.
 */
export interface FeatureScorer {
  add(slot: number, part: number, value: number): void;
  /**
   * The n-grams of text[from, to), the characters of `word` up to MAX_GRAM_WORD; `info` is the whole
   * token's entry in the word table, when the token is one of the text's space-separated words.
   */
  addGrams(word: string, text: string, from: number, to: number, part: number, info: WordInfo | undefined): void;
}
let scorer: FeatureScorer | null = null;

function push(slot: number, part: number, value = 1): void {
  if (scorer !== null) {
    scorer.add(slot, part, value);
    return;
  }
  if (count === slots.length) {
    const s = new Int32Array(slots.length * 2);
    s.set(slots);
    slots = s;
    const p = new Int8Array(parts.length * 2);
    p.set(parts);
    parts = p;
    const v = new Float32Array(values.length * 2);
    v.set(values);
    values = v;
  }
  slots[count] = slot;
  parts[count] = part;
  values[count] = value;
  count++;
}

/** Long pastes add little after their first few hundred words; cap the work. */
const MAX_WORDS = 400;
const MAX_GRAM_WORD = 16;

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;
}

// Word stems are hashed once per distinct word and kept (a reply's words are mostly common words).
const STEM_HASH = new Map<string, number>();
function stemHash(word: string): number {
  let h = STEM_HASH.get(word);
  if (h === undefined) {
    h = fnvString(FNV_OFFSET, stem(word));
    if (STEM_HASH.size < 50_000) STEM_HASH.set(word, h);
  }
  return h;
}

/**
 * How much a character n-gram counts against a word: there are about three per letter, and at full
 * weight they drown the words and cues (5-fold and leave-one-batch-out: 0.1 of a word is best).
 */
export const GRAM_VALUE = 0.1;
const PHRASE_VALUE = 1;

export function replyFeatures(reading: ReplyReading): ReplyFeatures {
  scorer = null;
  walk(reading);
  return { slots, parts, values, count, partCount: reading.parts.length };
}

/** The same features as replyFeatures, handed to `to` as they are found instead of buffered. */
export function scoreFeaturesOf(reading: ReplyReading, to: FeatureScorer): void {
  scorer = to;
  try {
    walk(reading);
  } finally {
    scorer = null;
  }
}

// The "not" of a correction the reader turned around ("Eight months, not five", "I did it, not
// her", "Not since March." to "When did you last see him?") is hashed as a word of its own: as the
// plain word, its pairs ("not since", ", not a") carried the correction's lean back into the model.
// (Doing the same to the "actually" of a turned correction moved nothing on cross-validation.)
const TURNED_NOT = fnvString(FNV_OFFSET, 'not (no correction)');
const turnedNots: number[] = [];

// The words of a harmful cue the speaker negated ("It wasn't nothing", "You aren't making it into
// more than it is") are hashed apart too: as plain words they carried the cue's lean.
const NEGATED_CUE_SALT = fnvString(FNV_OFFSET, 'in a negated cue');
const negatedSpans: number[] = [];

function collectTurnedWords(reading: ReplyReading, text: string): void {
  turnedNots.length = 0;
  negatedSpans.length = 0;
  for (const hit of reading.negated) {
    if (sideOf(hit.signal) !== 'validating') negatedSpans.push(hit.start, hit.end);
    if (hit.signal !== 'detail-correction') continue;
    const at = text.indexOf('not ', hit.start);
    if (at !== -1 && at < hit.end) turnedNots.push(at);
  }
}

function walk(reading: ReplyReading): void {
  count = 0;
  const text = reading.normalized.text;
  collectTurnedWords(reading, text);
  const partList = reading.parts;
  // The text's words as split by spaces, looked up once per call; a part's edge may cut a token
  // (a sentence ends at the "." of "7.5k"), and such a piece is looked up on its own.
  const split = replyWords(text);
  let k = 0;
  let words = 0;
  for (let p = 0; p < partList.length; p++) {
    const { start, end } = partList[p] as { start: number; end: number };
    let prev = fnvString(FNV_OFFSET, '^');
    let prev2 = prev;
    let first = true;
    let i = start;
    while (i < end && words < MAX_WORDS) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        i++;
        continue;
      }
      let j = i;
      while (j < end && text.charCodeAt(j) !== 32) j++;
      while (k < split.count && (split.start[k] as number) < i) k++;
      const whole = k < split.count && split.start[k] === i && split.end[k] === j;
      const info = whole ? (split.info[k] as WordInfo) : undefined;
      const token = whole ? (split.word[k] as string) : text.slice(i, j);
      const isWord = isWordChar(c);
      const h =
        turnedNots.length > 0 && turnedNots.includes(i)
          ? TURNED_NOT
          : info !== undefined
            ? info.hash
            : isWord
              ? stemHash(token)
              : fnvString(FNV_OFFSET, token);
      const hn = negatedSpans.length > 0 && inSpans(negatedSpans, i) ? h ^ NEGATED_CUE_SALT : h;
      push(slotOf(Math.imul(hn ^ WORD, FNV_PRIME)), p);
      push(slotOf(Math.imul(Math.imul(prev, 31) ^ h ^ PAIR, FNV_PRIME)), p);
      push(slotOf(Math.imul(Math.imul(Math.imul(prev2, 31) ^ prev, 31) ^ h ^ TRIPLE, FNV_PRIME)), p, PHRASE_VALUE);
      push(slotOf(Math.imul(Math.imul(prev2, 37) ^ h ^ SKIP, FNV_PRIME)), p, PHRASE_VALUE);
      if (first && isWord) {
        push(slotOf(Math.imul(h ^ FIRST, FNV_PRIME)), p);
        first = false;
      }
      if (isWord) {
        const to = Math.min(j, i + MAX_GRAM_WORD);
        if (scorer !== null) scorer.addGrams(j === to ? token : text.slice(i, to), text, i, to, p, info);
        else pushGrams(text, i, to, p);
        words++;
      }
      prev2 = prev;
      prev = h;
      i = j;
    }
    push(slotOf(Math.imul(Math.imul(prev, 31) ^ fnvString(FNV_OFFSET, '$') ^ PAIR, FNV_PRIME)), p);
  }
  for (const hit of reading.hits) {
    const p = partOf(partList, hit.start);
    push(SIGNAL_SLOTS.get(hit.signal) as number, p);
    if (hit.cue >= 0) push(slotOf(Math.imul(fnvChar(FNV_OFFSET, CUE) ^ hit.cue, FNV_PRIME)), p);
  }
  for (const hit of reading.negated) push(NEGATED_SLOTS.get(hit.signal) as number, partOf(partList, hit.start));
  tailFeatures(reading);
  contextFeatures(reading, words);
}

// What follows an answer, as its own words: "Twice." and "Twice, and the second barely counted."
// give the same fact, and only the rest of the reply tells them apart (taxonomy: an answer
// carrying a shrink or a dig is not validation). Whole-reply features.
function tailFeatures(reading: ReplyReading): void {
  const { answer } = reading;
  if (answer?.response !== 'answered' || answer.factEnd === undefined) return;
  const text = reading.normalized.text;
  let i = answer.factEnd;
  let prev = fnvString(FNV_OFFSET, '^');
  let n = 0;
  while (i < text.length && n < 40) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && isWordChar(text.charCodeAt(j))) j++;
    const h = stemHash(text.slice(i, j));
    push(slotOf(Math.imul(h ^ TAIL, FNV_PRIME)), -1);
    push(slotOf(Math.imul(Math.imul(prev, 31) ^ h ^ TAIL, FNV_PRIME)), -1);
    prev = h;
    n++;
    i = j;
  }
  push(n === 0 ? ctx('a', 'bare') : ctx('a', 'tail', n <= 4 ? 'short' : 'long'), -1);
}

// The sentence an offset falls in (a module function: a closure made per call costs on every reply).
function inSpans(spans: readonly number[], at: number): boolean {
  for (let k = 0; k < spans.length; k += 2)
    if (at >= (spans[k] as number) && at < (spans[k + 1] as number)) return true;
  return false;
}

function partOf(partList: ReadonlyArray<{ start: number }>, at: number): number {
  for (let p = partList.length - 1; p > 0; p--) if (at >= (partList[p] as { start: number }).start) return p;
  return 0;
}

function pushGrams(text: string, from: number, to: number, part: number): void {
  gramSlots(text, from, to, (slot) => push(slot, part, GRAM_VALUE));
}

/** Each character n-gram's slot (all count GRAM_VALUE) of one word, with its edges marked: "<so", "sor", ..., "ry>". */
export function gramSlots(text: string, from: number, to: number, each: (slot: number) => void): void {
  const length = to - from + 2;
  for (let s = 0; s < length; s++) {
    let h = fnvChar(FNV_OFFSET, GRAM);
    for (let n = 0; n < 5 && s + n < length; n++) {
      const at = s + n;
      const c = at === 0 ? 60 : at === length - 1 ? 62 : text.charCodeAt(from + at - 1);
      h = fnvChar(h, c);
      if (n >= 2) each(slotOf(h));
    }
  }
}

const SIDES = ['validating', 'defensive', 'minimizing'] as const;
const SIDE_BIT: Record<string, number> = { validating: 1, defensive: 2, minimizing: 4 };

function contextFeatures(reading: ReplyReading, words: number): void {
  const { question, answer, hits } = reading;
  const type = question.type;
  const whole = -1;
  push(ctx('q', type), whole);
  const short = words <= 3 ? 'short' : words <= 12 ? 'mid' : 'long';
  push(ctx('q', type, short), whole);
  let sides = 0;
  for (const hit of hits) sides |= SIDE_BIT[sideOf(hit.signal)] ?? 0;
  for (let k = 0; k < SIDES.length; k++) if (sides & (1 << k)) push(ctx('q', type, 'side', SIDES[k]), whole);
  const silent = hits.length === 0;
  if (silent) push(ctx('q', type, 'silent'), whole);
  // The reply against the partner's own words (partner-echo.ts); with no line there are no words to
  // share or deny, and "shares none of them" would lend a bare reply the lean of replies that ignore
  // what the partner said.
  const { echo } = reading;
  if (reading.partnerSaid) {
    if (echo.numbers) push(ctx('e', 'num', echo.numbers, type), whole);
    if (echo.negatesTheirWords) push(ctx('e', 'negates', type), whole);
    if (echo.partnerActs) push(ctx('e', 'partner-acts', type), whole);
    const shared = Math.min(echo.sharedWords, 3);
    push(ctx('e', 'shared', shared, type), whole);
    if (shared > 0) push(ctx('e', 'shared', shared, echo.partnerActs ? 'acts' : 'listens'), whole);
  }
  if (!answer) return;
  const kind = question.kinds[0] as string;
  const response = answer.response;
  push(ctx('a', response), whole);
  push(ctx('a', response, kind), whole);
  push(ctx('a', response, short), whole);
  for (let k = 0; k < SIDES.length; k++) if (sides & (1 << k)) push(ctx('a', response, 'side', SIDES[k]), whole);
  if (silent) push(ctx('a', response, 'silent'), whole);
  if (answer.notKnowing) push(ctx('a', 'not-knowing'), whole);
  push(ctx('a', answer.gives.length > 0 ? 'shape' : answer.content ? 'content-only' : 'no-content'), whole);
  for (const given of answer.gives) push(ctx('a', 'gives', given), whole);
}
