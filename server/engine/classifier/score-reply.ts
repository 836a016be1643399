// The model's scores for a read reply, as scoreFeatures(model, replyFeatures(reading)) gives them,
// without the feature buffer and with far fewer reads of the weight table. A word's character
// n-grams (about three per letter) are most of a reply's features, and each was a read at a random
// place in a megabyte table: on a busy server, a cache miss each. Here a word's n-gram weights are
// summed once per model and kept, so a known word costs one lookup instead of a dozen or more reads.
//
// The scores are bit for bit those of scoreFeatures: every weight is a signed byte and every feature
// value is 1 or the float32 GRAM_VALUE, so each term and every partial sum is a multiple of 2^-27
// far below 2^26, which a double holds exactly; the order of the additions cannot change the sum.
// tests/classifier/score-reply.test.ts compares the two on the whole corpus.
import type { CompiledModel } from './linear-model.js';
import type { ReplyReading } from './read-reply.js';
import { type FeatureScorer, GRAM_VALUE, gramSlots, scoreFeaturesOf } from './reply-features.js';
import type { WordInfo } from './reply-words.js';

const WIDTH = 4;
/** What an n-gram counts, as the feature buffer (a Float32Array) holds it. */
const GRAM = Math.fround(GRAM_VALUE);

/** Per model: each word's summed n-gram weights (raw bytes, per label) and how many n-grams it has. */
interface WordGrams {
  /** Tells this store from another model's in the word table's notes (reply-words.ts). */
  id: number;
  index: Map<string, number>;
  /** STRIDE numbers per word: the four label sums, then the count. */
  sums: Int32Array;
  size: number;
}
const STRIDE = WIDTH + 1;
/** Enough for every word the corpus and the scenarios use, many times over; past it, words are summed each time. */
const MAX_WORDS = 50_000;
const byModel = new WeakMap<CompiledModel, WordGrams>();

// The call in progress (classifying is synchronous and never re-entered).
let table: Int8Array = new Int8Array(0);
let whole: Float64Array = new Float64Array(WIDTH);
let partScores: Float64Array | undefined;
let partMass = new Float64Array(16);
let mass = 0;
let grams: WordGrams = { id: -2, index: new Map(), sums: new Int32Array(0), size: 0 };
let stores = 0;
const scratch = new Int32Array(STRIDE);

function addWeights(slot: number, part: number, value: number): void {
  const base = slot * WIDTH;
  accumulate(
    (table[base] as number) * value,
    (table[base + 1] as number) * value,
    (table[base + 2] as number) * value,
    (table[base + 3] as number) * value,
    value,
    part,
  );
}

/** One feature's four label weights (and its mass) into the whole reply and its part. */
function accumulate(w0: number, w1: number, w2: number, w3: number, value: number, part: number): void {
  whole[0] = (whole[0] as number) + w0;
  whole[1] = (whole[1] as number) + w1;
  whole[2] = (whole[2] as number) + w2;
  whole[3] = (whole[3] as number) + w3;
  mass += value;
  if (partScores !== undefined && part >= 0) {
    const at = part * WIDTH;
    partScores[at] = (partScores[at] as number) + w0;
    partScores[at + 1] = (partScores[at + 1] as number) + w1;
    partScores[at + 2] = (partScores[at + 2] as number) + w2;
    partScores[at + 3] = (partScores[at + 3] as number) + w3;
    partMass[part] = (partMass[part] as number) + value;
  }
}

function sumGrams(text: string, from: number, to: number, into: Int32Array, at: number): void {
  into.fill(0, at, at + STRIDE);
  gramSlots(text, from, to, (slot) => {
    const base = slot * WIDTH;
    into[at] = (into[at] as number) + (table[base] as number);
    into[at + 1] = (into[at + 1] as number) + (table[base + 1] as number);
    into[at + 2] = (into[at + 2] as number) + (table[base + 2] as number);
    into[at + 3] = (into[at + 3] as number) + (table[base + 3] as number);
    into[at + 4] = (into[at + 4] as number) + 1;
  });
}

// Where the last gramsOf found the word's sums (a pair of variables, not a tuple to allocate).
let foundIn: Int32Array = scratch;
let foundAt = 0;

/**
 * Finds `word`'s n-gram sums: where the word table noted them, in the model's store (summed now if
 * new), or in scratch.
 */
function gramsOf(word: string, text: string, from: number, to: number, info: WordInfo | undefined): void {
  if (info !== undefined && info.gramsOf === grams.id) {
    foundIn = grams.sums;
    foundAt = info.gramsAt;
    return;
  }
  const known = grams.index.get(word);
  if (known !== undefined) {
    foundIn = grams.sums;
    foundAt = known;
    note(info, known);
    return;
  }
  if (grams.size >= MAX_WORDS) {
    sumGrams(text, from, to, scratch, 0);
    foundIn = scratch;
    foundAt = 0;
    return;
  }
  if ((grams.size + 1) * STRIDE > grams.sums.length) {
    const grown = new Int32Array(Math.min(MAX_WORDS, Math.max(1024, grams.size * 2)) * STRIDE);
    grown.set(grams.sums);
    grams.sums = grown;
  }
  const at = grams.size * STRIDE;
  sumGrams(text, from, to, grams.sums, at);
  grams.index.set(word, at);
  grams.size++;
  foundIn = grams.sums;
  foundAt = at;
  note(info, at);
}

function note(info: WordInfo | undefined, at: number): void {
  if (info === undefined) return;
  info.gramsOf = grams.id;
  info.gramsAt = at;
}

const scorer: FeatureScorer = {
  add: addWeights,
  addGrams(word, text, from, to, part, info) {
    gramsOf(word, text, from, to, info);
    const sums = foundIn;
    const at = foundAt;
    const n = sums[at + 4] as number;
    if (n === 0) return;
    // One term per label: (the bytes summed) * GRAM equals the bytes times GRAM summed (see the top).
    accumulate(
      (sums[at] as number) * GRAM,
      (sums[at + 1] as number) * GRAM,
      (sums[at + 2] as number) * GRAM,
      (sums[at + 3] as number) * GRAM,
      n * GRAM,
      part,
    );
  },
};

/**
 * Raw scores (logits) for the whole reply into `into`, and, when `parts` is given, for each sentence
 * alone into parts[p * 4 + label]: the same numbers as scoreFeatures over replyFeatures(reading).
 */
export function scoreReply(
  model: CompiledModel,
  reading: ReplyReading,
  into: Float64Array,
  parts?: Float64Array,
): void {
  let known = byModel.get(model);
  if (known === undefined) {
    known = { id: stores++, index: new Map(), sums: new Int32Array(0), size: 0 };
    byModel.set(model, known);
  }
  grams = known;
  table = model.table;
  whole = into;
  partScores = parts;
  const partCount = reading.parts.length;
  for (let k = 0; k < WIDTH; k++) whole[k] = 0;
  mass = 0;
  if (parts) {
    parts.fill(0, 0, partCount * WIDTH);
    if (partMass.length < partCount) partMass = new Float64Array(partCount);
    partMass.fill(0, 0, partCount);
  }
  scoreFeaturesOf(reading, scorer);
  const { scale, bias, perFeature: per } = model;
  for (let k = 0; k < WIDTH; k++)
    whole[k] = (whole[k] as number) * scale + (bias[k] as number) + (per[k] as number) * mass;
  if (parts) {
    for (let p = 0; p < partCount; p++) {
      const own = partMass[p] as number;
      for (let k = 0; k < WIDTH; k++) {
        const at = p * WIDTH + k;
        parts[at] = (parts[at] as number) * scale + (bias[k] as number) + (per[k] as number) * own;
      }
    }
  }
  partScores = undefined;
}
