// The statistical half of the classifier: a multinomial logistic regression over hashed features
// (see reply-features.ts), trained by `npm run train` (train-model.ts). The artifact keeps only the
// slots training touched, each label's weight as a signed byte, and the calibration and settings
// chosen by cross-validation; compiled, it is one dense Int8Array that a reply's features index.
import { LABELS } from '../types.js';
import { type PackedTable, unpackTable } from './packed-table.js';
import { type CompiledQuestionModel, compileQuestionModel, type QuestionModelArtifact } from './question-model.js';
import { HASH_BITS, type ReplyFeatures, SLOTS } from './reply-features.js';

/** Decisions made on cross-validation of the corpus, stored with the weights they were chosen for. */
export interface ModelSettings {
  /**
   * Taxonomy rule 1 for long replies: a part the model calls defensive or minimizing at least this
   * surely, holding a cue of that side, makes the whole reply so.
   */
  harmfulPart: number;
}

/** Maps a raw probability of the chosen label to how often such verdicts were right (out of fold). */
export interface Calibration {
  temperature: number;
  /** Upper edges of the raw-probability bins, ascending; the last is 1. */
  edges: number[];
  /** Calibrated confidence per bin (non-decreasing). */
  values: number[];
}

export interface ModelArtifact extends PackedTable {
  format: 2;
  /** sha256 of the corpus and the classifier's code it was trained with, so a stale model is easy to spot. */
  corpusHash: string;
  documents: number;
  hashBits: number;
  /** Per label (LABELS order); the table has one column per label. */
  bias: number[];
  /** Per label, added once per unit of feature value (the Bayes view's unseen-feature term). */
  perFeature: number[];
  calibration: Calibration;
  settings: ModelSettings;
  /** What a partner's line asks, learned from the corpus's partner lines. */
  question: QuestionModelArtifact;
}

export interface CompiledModel {
  bias: Float64Array;
  perFeature: Float64Array;
  /** Dense: slot * 4 + label. */
  table: Int8Array;
  scale: number;
  calibration: Calibration;
  settings: ModelSettings;
  question: CompiledQuestionModel;
}

const WIDTH = LABELS.length;

export function compileModel(artifact: ModelArtifact): CompiledModel {
  if (artifact.format !== 2 || artifact.hashBits !== HASH_BITS || !artifact.question) {
    throw new Error('The trained model is from another version of the classifier: run npm run train -- --force');
  }
  return {
    bias: Float64Array.from(artifact.bias),
    perFeature: Float64Array.from(artifact.perFeature ?? [0, 0, 0, 0]),
    table: unpackTable(artifact, SLOTS, WIDTH),
    scale: artifact.scale,
    calibration: artifact.calibration,
    settings: artifact.settings,
    question: compileQuestionModel(artifact.question),
  };
}

/**
 * Raw scores (logits) for the whole reply into `whole`, and, when `partScores` is given, for each
 * sentence alone into partScores[p * 4 + label]. A feature of part -1 counts for the whole only.
 */
export function scoreFeatures(
  model: CompiledModel,
  f: ReplyFeatures,
  whole: Float64Array,
  partScores?: Float64Array,
): void {
  const { table, scale, bias } = model;
  for (let k = 0; k < WIDTH; k++) whole[k] = 0;
  if (partScores) partScores.fill(0, 0, f.partCount * WIDTH);
  for (let i = 0; i < f.count; i++) {
    const base = (f.slots[i] as number) * WIDTH;
    const v = f.values[i] as number;
    const w0 = (table[base] as number) * v;
    const w1 = (table[base + 1] as number) * v;
    const w2 = (table[base + 2] as number) * v;
    const w3 = (table[base + 3] as number) * v;
    whole[0] = (whole[0] as number) + w0;
    whole[1] = (whole[1] as number) + w1;
    whole[2] = (whole[2] as number) + w2;
    whole[3] = (whole[3] as number) + w3;
    const p = f.parts[i] as number;
    if (partScores && p >= 0) {
      const at = p * WIDTH;
      partScores[at] = (partScores[at] as number) + w0;
      partScores[at + 1] = (partScores[at + 1] as number) + w1;
      partScores[at + 2] = (partScores[at + 2] as number) + w2;
      partScores[at + 3] = (partScores[at + 3] as number) + w3;
    }
  }
  let mass = 0;
  for (let i = 0; i < f.count; i++) mass += f.values[i] as number;
  const per = model.perFeature;
  for (let k = 0; k < WIDTH; k++)
    whole[k] = (whole[k] as number) * scale + (bias[k] as number) + (per[k] as number) * mass;
  if (partScores) {
    // A part's own feature mass: its share of the reply's features.
    for (let p = 0; p < f.partCount; p++) {
      let partMass = 0;
      for (let i = 0; i < f.count; i++) if (f.parts[i] === p) partMass += f.values[i] as number;
      for (let k = 0; k < WIDTH; k++) {
        const at = p * WIDTH + k;
        partScores[at] = (partScores[at] as number) * scale + (bias[k] as number) + (per[k] as number) * partMass;
      }
    }
  }
}

/** Softmax of `scores[from..from+4)` divided by the temperature, into `out`. */
export function softmaxInto(scores: Float64Array, from: number, temperature: number, out: Float64Array): void {
  let max = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < WIDTH; k++) max = Math.max(max, (scores[from + k] as number) / temperature);
  let total = 0;
  for (let k = 0; k < WIDTH; k++) {
    const e = Math.exp((scores[from + k] as number) / temperature - max);
    out[k] = e;
    total += e;
  }
  for (let k = 0; k < WIDTH; k++) out[k] = (out[k] as number) / total;
}

/** The calibrated confidence for a raw probability of the chosen label. */
export function calibrated(c: Calibration, raw: number): number {
  for (let i = 0; i < c.edges.length; i++) if (raw <= (c.edges[i] as number)) return c.values[i] as number;
  return c.values[c.values.length - 1] as number;
}
