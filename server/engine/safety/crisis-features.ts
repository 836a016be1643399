// What the crisis model sees of a reply, as hashed feature slots: its canonical words
// (crisis-text.ts, figures of speech blanked to "_"), word pairs within a sentence, character
// 3-5-grams of each word (so "unalve", "sucide" and "s*icide" land near the words they spell), the
// concepts of crisis-concepts.ts (alone, denied, and in pairs met in one sentence or in two
// sentences in a row), whether the reply makes harm the price of the partner's choice, and which
// crisis pattern matched (the model learns how far each pattern can be trusted). Each feature counts
// once per sentence. No strings are built per feature: a word's slots are hashed once
// and kept, pairs and concepts combine numbers.

import { FNV_OFFSET, fnvChar, fnvInt, fnvString, slotIn } from '../classifier/feature-hash.js';
import { CONCEPT_NAMES, CONCEPTS, type Concept, NEGATORS } from './crisis-concepts.js';

export const HASH_BITS = 16;
export const SLOTS = 1 << HASH_BITS;

/** Feature families: mixed into the hash, and named when a decision is explained. */
export const FAMILY = {
  word: 1,
  pair: 2,
  gram: 3,
  concept: 4,
  denied: 5,
  conceptPair: 6,
  nearPair: 7,
  frame: 8,
  pattern: 9,
} as const;
export type Family = keyof typeof FAMILY;
const FAMILY_NAMES = Object.keys(FAMILY) as Family[];

/** How much each family counts: there are many character grams, and they vouch for a word. */
export interface FeatureWeights {
  gram: number;
  pair: number;
  concept: number;
}

export const FEATURE_WEIGHTS: FeatureWeights = { gram: 0.3, pair: 1, concept: 1 };

/** A reply's features, in buffers the next call reuses. */
export interface CrisisFeatures {
  slots: Int32Array;
  values: Float32Array;
  /** The family of each feature (an index into FAMILY's names). */
  families: Int8Array;
  /** The word a feature comes from (word, pair, gram), or the concepts it names (a * 64 + b). */
  origins: Int32Array;
  /** The sentence a feature belongs to (0..partCount-1), or -1 for the whole reply only. */
  parts: Int16Array;
  /** 1 where the feature is its slot's first in the reply: the whole reply counts each slot once. */
  inWhole: Uint8Array;
  count: number;
  partCount: number;
  /** The words the features were read from. */
  tokens: readonly string[];
  /** The pattern that matched, if any. */
  pattern?: string | undefined;
}

const slotOf = (h: number): number => slotIn(h, HASH_BITS);

const familyHash = (family: number): number => fnvChar(FNV_OFFSET, family);
const PAIR_HASH = familyHash(FAMILY.pair);

/** A word's hash (for pairs), its own slot and the slots of its character grams. */
interface WordSlots {
  hash: number;
  word: number;
  grams: Int32Array;
}

const WORD_CACHE = new Map<string, WordSlots>();
const MAX_CACHED = 30_000;
const MAX_GRAM_WORD = 20;

function wordSlots(word: string): WordSlots {
  let entry = WORD_CACHE.get(word);
  if (entry !== undefined) return entry;
  const padded = `<${word.length > MAX_GRAM_WORD ? word.slice(0, MAX_GRAM_WORD) : word}>`;
  const grams: number[] = [];
  for (let n = 3; n <= 5; n++) {
    for (let i = 0; i + n <= padded.length; i++) {
      let h = familyHash(FAMILY.gram);
      for (let k = i; k < i + n; k++) h = fnvChar(h, padded.charCodeAt(k));
      grams.push(slotOf(h));
    }
  }
  const hash = fnvString(FNV_OFFSET, word);
  entry = { hash, word: slotOf(fnvString(familyHash(FAMILY.word), word)), grams: Int32Array.from(grams) };
  if (WORD_CACHE.size < MAX_CACHED) WORD_CACHE.set(word, entry);
  return entry;
}

/** The slot of a concept feature: family, then one or two concept indexes. */
function conceptSlot(family: number, a: number, b = 0): number {
  return slotOf(fnvInt(fnvInt(familyHash(family), a), b));
}

const CONCEPT_COUNT = CONCEPT_NAMES.length;
const CONCEPT_SLOTS = CONCEPT_NAMES.map((_, i) => conceptSlot(FAMILY.concept, i));
const DENIED_SLOTS = CONCEPT_NAMES.map((_, i) => conceptSlot(FAMILY.denied, i));
const PAIR_SLOTS = CONCEPT_NAMES.flatMap((_, a) => CONCEPT_NAMES.map((__, b) => conceptSlot(FAMILY.conceptPair, a, b)));
const NEAR_SLOTS = CONCEPT_NAMES.flatMap((_, a) => CONCEPT_NAMES.map((__, b) => conceptSlot(FAMILY.nearPair, a, b)));
const FRAME_SLOT = conceptSlot(FAMILY.frame, 0);
const ANY_PATTERN_SLOT = conceptSlot(FAMILY.pattern, 0);
const PATTERN_SLOTS = new Map<string, number>();
function patternSlot(id: string): number {
  let slot = PATTERN_SLOTS.get(id);
  if (slot === undefined) {
    slot = slotOf(fnvString(familyHash(FAMILY.pattern), id));
    PATTERN_SLOTS.set(id, slot);
  }
  return slot;
}

/** What a reply's reading adds to its words: the leverage frame, and the first pattern that matched. */
export interface ReplyContext {
  leverage: boolean;
  /** The id of the first crisis pattern that matched (crisis-patterns.ts), if any. */
  pattern?: string | undefined;
}

/** first word -> the concept entries that start with it, longest first. */
const ENTRIES = new Map<string, Array<{ concept: number; words: readonly string[] }>>();
CONCEPT_NAMES.forEach((name, concept) => {
  for (const entry of CONCEPTS[name]) {
    const words = entry.split(' ');
    const list = ENTRIES.get(words[0] as string) ?? [];
    list.push({ concept, words });
    list.sort((a, b) => b.words.length - a.words.length);
    ENTRIES.set(words[0] as string, list);
  }
});

/**
 * Every word of any reply the API accepts (2,000 characters: at most 1,000 words) is read, so a
 * crisis in the last line of a long reply counts; only longer text is cut, to bound the work.
 */
const MAX_WORDS = 1000;
/** How many words before a concept word a negator denies it ("not really going to die"). */
const NEGATION_REACH = 3;

let slots = new Int32Array(2048);
let values = new Float32Array(2048);
let families = new Int8Array(2048);
let origins = new Int32Array(2048);
let parts = new Int16Array(2048);
let inWhole = new Uint8Array(2048);
let count = 0;
let part = 0;
// Seen slots: a stamp per slot, so that a feature counts once per sentence (and once in the whole
// reply) without clearing a set.
const stamps = new Int32Array(SLOTS);
let stamp = 0;
const replyStamps = new Int32Array(SLOTS);
let replyStamp = 0;

function nextStamp(): void {
  stamp = stamp === 0x7fffffff ? 1 : stamp + 1;
  if (stamp === 1) stamps.fill(0);
}

function push(slot: number, value: number, family: number, origin: number): void {
  if (stamps[slot] === stamp) return;
  stamps[slot] = stamp;
  if (count === slots.length) grow();
  slots[count] = slot;
  values[count] = value;
  families[count] = family;
  origins[count] = origin;
  parts[count] = part;
  inWhole[count] = replyStamps[slot] === replyStamp ? 0 : 1;
  replyStamps[slot] = replyStamp;
  count++;
}

function grow(): void {
  const size = slots.length * 2;
  slots = doubled(slots, new Int32Array(size));
  values = doubled(values, new Float32Array(size));
  families = doubled(families, new Int8Array(size));
  origins = doubled(origins, new Int32Array(size));
  parts = doubled(parts, new Int16Array(size));
  inWhole = doubled(inWhole, new Uint8Array(size));
}

function doubled<T extends Int32Array | Float32Array | Int8Array | Int16Array | Uint8Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * The features of a reply's tokens (crisis-text.ts's words with figures blanked, "." between
 * sentences), each counted once per sentence and marked with its sentence (its part), so one pass
 * scores the whole reply and each sentence. The context (leverage frame, pattern) belongs to the
 * whole reply (part -1).
 */
export function crisisFeatures(
  tokens: readonly string[],
  context: ReplyContext,
  weights: FeatureWeights = FEATURE_WEIGHTS,
): CrisisFeatures {
  count = 0;
  part = 0;
  replyStamp = replyStamp === 0x7fffffff ? 1 : replyStamp + 1;
  if (replyStamp === 1) replyStamps.fill(0);
  const length = Math.min(tokens.length, MAX_WORDS);
  let start = 0;
  let before = 0;
  for (let i = 0; i <= length; i++) {
    if (i < length && tokens[i] !== '.') continue;
    if (i > start) {
      nextStamp();
      addWords(tokens, start, i, weights);
      before = addConcepts(tokens, start, i, before, weights.concept);
      part += 1;
    }
    start = i + 1;
  }
  const partCount = part;
  part = -1;
  nextStamp();
  if (context.leverage) push(FRAME_SLOT, weights.concept, FAMILY.frame, 0);
  if (context.pattern !== undefined) {
    push(ANY_PATTERN_SLOT, 1, FAMILY.pattern, -1);
    push(patternSlot(context.pattern), 1, FAMILY.pattern, -1);
  }
  return { slots, values, families, origins, parts, inWhole, count, partCount, tokens, pattern: context.pattern };
}

function addWords(tokens: readonly string[], from: number, to: number, weights: FeatureWeights): void {
  let previous: WordSlots | undefined;
  for (let i = from; i < to; i++) {
    const entry = wordSlots(tokens[i] as string);
    push(entry.word, 1, FAMILY.word, i);
    if (previous !== undefined) {
      push(slotOf(fnvInt(fnvInt(PAIR_HASH, previous.hash), entry.hash)), weights.pair, FAMILY.pair, i - 1);
    }
    for (let k = 0; k < entry.grams.length; k++) push(entry.grams[k] as number, weights.gram, FAMILY.gram, i);
    previous = entry;
  }
}

/**
 * A sentence's concepts: each alone (or denied), each pair within it, and each pair with the
 * sentence before (`before`, a bit per concept). Returns this sentence's concepts.
 */
function addConcepts(tokens: readonly string[], from: number, to: number, before: number, weight: number): number {
  let sentence = 0;
  let lastNegator = -NEGATION_REACH - 1;
  for (let i = from; i < to; i++) {
    const token = tokens[i] as string;
    if (NEGATORS.has(token)) lastNegator = i;
    const entries = ENTRIES.get(token);
    if (entries === undefined) continue;
    for (const { concept, words } of entries) {
      if (!followsAt(tokens, i, words)) continue;
      const denied = i - lastNegator <= NEGATION_REACH && i !== lastNegator;
      if (denied) push(DENIED_SLOTS[concept] as number, weight, FAMILY.denied, concept);
      else {
        push(CONCEPT_SLOTS[concept] as number, weight, FAMILY.concept, concept);
        sentence |= 1 << concept;
      }
    }
  }
  if (sentence !== 0) {
    addPairs(sentence, sentence, PAIR_SLOTS, FAMILY.conceptPair, weight);
    if (before !== 0) addPairs(before, sentence, NEAR_SLOTS, FAMILY.nearPair, weight);
  }
  return sentence;
}

function followsAt(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) if (tokens[at + k] !== words[k]) return false;
  return true;
}

/** A pair of concepts (a from `first`, b from `second`, a <= b when both are one sentence). */
function addPairs(first: number, second: number, table: readonly number[], family: number, weight: number): void {
  const same = first === second;
  for (let a = 0; a < CONCEPT_COUNT; a++) {
    if ((first & (1 << a)) === 0) continue;
    for (let b = same ? a + 1 : 0; b < CONCEPT_COUNT; b++) {
      if ((second & (1 << b)) === 0) continue;
      push(table[a * CONCEPT_COUNT + b] as number, weight, family, a * 64 + b);
    }
  }
}

/** A feature as a person reads it: "word pills", "pair saved pills", "concepts means+plan". */
export function featureName(features: CrisisFeatures, index: number): string {
  const family = FAMILY_NAMES[(features.families[index] as number) - 1] as Family;
  const origin = features.origins[index] as number;
  const { tokens } = features;
  switch (family) {
    case 'word':
    case 'gram':
      return `word ${tokens[origin]}`;
    case 'pair':
      return `words ${tokens[origin]} ${tokens[origin + 1]}`;
    case 'concept':
      return `concept ${CONCEPT_NAMES[origin] as Concept}`;
    case 'denied':
      return `concept not-${CONCEPT_NAMES[origin] as Concept}`;
    case 'conceptPair':
    case 'nearPair': {
      const a = CONCEPT_NAMES[Math.floor(origin / 64)] as Concept;
      const b = CONCEPT_NAMES[origin % 64] as Concept;
      return `concepts ${a}+${b}${family === 'nearPair' ? ' (next sentence)' : ''}`;
    }
    case 'frame':
      return 'frame if-you-then-harm';
    case 'pattern':
      return `pattern ${features.pattern ?? ''}`;
  }
}
