// What the statistical model sees of a reply: stemmed words and word pairs from natural's tokenizer
// and Porter stemmer, plus one token per signal that fired. Giving it the signals lets it learn from
// the corpus how much each cue really says about the label, instead of us guessing weights.
import { WordTokenizer } from 'natural/lib/natural/tokenizers/regexp_tokenizer.js';
import type { Signal } from '../types.js';
import type { CompiledModel } from './bayes-model.js';
import { stem } from './detect-signals.js';

const tokenizer = new WordTokenizer();
// Long replies add little after their first few hundred words; cap the work a 5,000-character paste costs.
const MAX_WORDS = 400;

/** The features as strings: what training sees, and the reference for `modelFeatureRows`. */
export function modelFeatures(canonicalText: string, signals: readonly Signal[]): string[] {
  const words = tokenizer.tokenize(canonicalText).slice(0, MAX_WORDS);
  const stems = words.map(stem);
  const features = new Set<string>(stems);
  for (let i = 1; i < stems.length; i++) features.add(`${stems[i - 1]}_${stems[i]}`);
  if (canonicalText.includes('?')) features.add('#question');
  if (stems.length <= 3) features.add('#short');
  for (const s of signals) features.add(`sig:${s}`);
  return [...features];
}

// Classifying needs only the model rows of the features, in the order modelFeatures lists them (the
// log-probability sums depend on it). Finding them by stem ids and id pairs saves building a string
// per word pair, a Set and a string Map lookup per feature on every call.
interface FeatureIndex {
  stemId: Map<string, number>;
  /** Per stem id, the row of the stem as a feature, or -1. */
  stemRow: Int32Array;
  /** Row of the pair "a_b" under the key a * stemCount + b. */
  pairRow: Map<number, number>;
  stemCount: number;
  questionRow: number;
  shortRow: number;
  signalRow: Map<string, number>;
  /** Word -> stem id (-1: the model has no feature with that stem). */
  wordStem: Map<string, number>;
  /** Per row, the call that last added it: a feature counts once per call, as in modelFeatures' Set. */
  addedIn: Uint32Array;
  call: number;
}

const INDEXES = new WeakMap<CompiledModel, FeatureIndex>();

/** Builds the lookup tables modelFeatureRows uses for this model (once; later calls are free). */
export function featureIndex(model: CompiledModel): FeatureIndex {
  let index = INDEXES.get(model);
  if (index) return index;
  const stemId = new Map<string, number>();
  const idOf = (s: string) => {
    let id = stemId.get(s);
    if (id === undefined) {
      id = stemId.size;
      stemId.set(s, id);
    }
    return id;
  };
  const stems: Array<[number, number]> = [];
  const pairs: Array<[number, number, number]> = [];
  for (const [feature, row] of model.featureRow) {
    if (feature.startsWith('#') || feature.startsWith('sig:')) continue;
    const cut = feature.indexOf('_');
    // Stems never hold '_' (see modelFeatureRows), so a feature with two cannot come up.
    if (cut === -1) stems.push([idOf(feature), row]);
    else if (feature.indexOf('_', cut + 1) === -1)
      pairs.push([idOf(feature.slice(0, cut)), idOf(feature.slice(cut + 1)), row]);
  }
  const stemCount = stemId.size;
  const stemRow = new Int32Array(stemCount).fill(-1);
  for (const [id, row] of stems) stemRow[id] = row;
  const pairRow = new Map<number, number>();
  for (const [a, b, row] of pairs) pairRow.set(a * stemCount + b, row);
  const signalRow = new Map<string, number>();
  for (const [feature, row] of model.featureRow) if (feature.startsWith('sig:')) signalRow.set(feature.slice(4), row);
  index = {
    stemId,
    stemRow,
    pairRow,
    stemCount,
    questionRow: model.featureRow.get('#question') ?? -1,
    shortRow: model.featureRow.get('#short') ?? -1,
    signalRow,
    wordStem: new Map(),
    addedIn: new Uint32Array(model.featureRow.size),
    call: 0,
  };
  INDEXES.set(model, index);
  return index;
}

// natural's WordTokenizer splits on /[^A-Za-zА-Яа-я0-9_]+/: a word is a run of these characters.
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (c >= 0x410 && c <= 0x44f)
  );
}

function wordStemId(index: FeatureIndex, word: string): number {
  let id = index.wordStem.get(word);
  if (id === undefined) {
    id = index.stemId.get(stem(word)) ?? -1;
    if (index.wordStem.size < 50_000) index.wordStem.set(word, id);
  }
  return id;
}

const wordIds = new Int32Array(MAX_WORDS);
let rows = new Int32Array(2 * MAX_WORDS + 64);

/**
 * The model rows of modelFeatures(canonicalText, signals) that the model knows, in the same order,
 * as rows[0..count). The buffer is reused by the next call.
 */
export function modelFeatureRows(
  model: CompiledModel,
  canonicalText: string,
  signals: readonly Signal[],
): { rows: Int32Array; count: number } {
  const index = featureIndex(model);
  // Canonical text has no '_' (normalizeReply keeps only letters, digits and punctuation), so no
  // stem has one and "a_b" names one pair only. Should one ever appear, take the plain path.
  if (canonicalText.includes('_')) {
    const known = modelFeatures(canonicalText, signals).filter((f) => model.featureRow.has(f));
    return { rows: Int32Array.from(known, (f) => model.featureRow.get(f) as number), count: known.length };
  }
  if (rows.length < 2 * MAX_WORDS + signals.length + 2) rows = new Int32Array(2 * MAX_WORDS + signals.length + 2);
  let words = 0;
  for (let i = 0; i < canonicalText.length && words < MAX_WORDS; ) {
    if (!isWordChar(canonicalText.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < canonicalText.length && isWordChar(canonicalText.charCodeAt(i))) i++;
    wordIds[words++] = wordStemId(index, canonicalText.slice(start, i));
  }
  index.call = index.call === 0xffffffff ? 1 : index.call + 1;
  if (index.call === 1) index.addedIn.fill(0);
  let count = 0;
  const add = (row: number) => {
    if (row < 0 || index.addedIn[row] === index.call) return;
    index.addedIn[row] = index.call;
    rows[count++] = row;
  };
  for (let w = 0; w < words; w++) {
    const id = wordIds[w] as number;
    if (id >= 0) add(index.stemRow[id] as number);
  }
  for (let w = 1; w < words; w++) {
    const a = wordIds[w - 1] as number;
    const b = wordIds[w] as number;
    if (a >= 0 && b >= 0) add(index.pairRow.get(a * index.stemCount + b) ?? -1);
  }
  if (canonicalText.includes('?')) add(index.questionRow);
  if (words <= 3) add(index.shortRow);
  for (const s of signals) add(index.signalRow.get(s) ?? -1);
  return { rows, count };
}
