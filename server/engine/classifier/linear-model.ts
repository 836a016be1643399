// The statistical half of the classifier: a multinomial logistic regression over hashed features
// (see reply-features.ts), trained by `npm run train` (train-model.ts). The artifact keeps only the
// slots training touched, each label's weight as a signed byte, and the calibration and settings
// chosen by cross-validation; compiled, it is one dense Int8Array that a reply's features index.
import { LABELS } from '../types.js';
import { HASH_BITS, type ReplyFeatures, SLOTS } from './reply-features.js';

/** Decisions made on cross-validation of the corpus, stored with the weights they were chosen for. */
export interface ModelSettings {
  /** A sentence the model calls defensive or minimizing at least this surely makes the reply so. */
  harmfulPart: number;
  /** Whether a harmful cue (weight >= 1, not negated) overrides a validating verdict (taxonomy rule 1). */
  harmfulCueOverrides: boolean;
  /** Blame needs a reason: below this probability, a harmful verdict with no harmful signal is not given. */
  blameNeedsSignal: number;
  /** Praise needs a reason: below this probability, a validating verdict with no validating signal is not given. */
  praiseNeedsSignal: number;
}

/** Maps a raw probability of the chosen label to how often such verdicts were right (out of fold). */
export interface Calibration {
  temperature: number;
  /** Upper edges of the raw-probability bins, ascending; the last is 1. */
  edges: number[];
  /** Calibrated confidence per bin (non-decreasing). */
  values: number[];
}

export interface ModelArtifact {
  format: 2;
  /** sha256 of the corpus it was trained on, so a stale model is easy to spot. */
  corpusHash: string;
  documents: number;
  hashBits: number;
  /** Per label (LABELS order). */
  bias: number[];
  /** Weight = byte * scale. */
  scale: number;
  /** Base64: the used slots, ascending, as LEB128 gaps from the previous one. */
  slots: string;
  /** Base64: per used slot, one signed byte per label (LABELS order). */
  weights: string;
  calibration: Calibration;
  settings: ModelSettings;
}

export interface CompiledModel {
  bias: Float64Array;
  /** Dense: slot * 4 + label. */
  table: Int8Array;
  scale: number;
  calibration: Calibration;
  settings: ModelSettings;
}

const WIDTH = LABELS.length;

export function compileModel(artifact: ModelArtifact): CompiledModel {
  if (artifact.format !== 2 || artifact.hashBits !== HASH_BITS) {
    throw new Error('The trained model is from another version of the classifier: run npm run train -- --force');
  }
  const table = new Int8Array(SLOTS * WIDTH);
  const gaps = Buffer.from(artifact.slots, 'base64');
  const packed = Buffer.from(artifact.weights, 'base64');
  const bytes = new Int8Array(packed.buffer, packed.byteOffset, packed.length);
  let slot = -1;
  let at = 0;
  for (let i = 0; i < gaps.length; ) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const b = gaps[i++] as number;
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
      shift += 7;
    }
    slot += gap;
    for (let k = 0; k < WIDTH; k++) table[slot * WIDTH + k] = bytes[at++] as number;
  }
  return {
    bias: Float64Array.from(artifact.bias),
    table,
    scale: artifact.scale,
    calibration: artifact.calibration,
    settings: artifact.settings,
  };
}

/** Packs trained float weights (slot * 4 + label) into an artifact's byte tables. */
export function packWeights(weights: Float64Array): { scale: number; slots: string; weights: string } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i] as number));
  const scale = max > 0 ? max / 127 : 1;
  const gaps: number[] = [];
  const bytes: number[] = [];
  let last = -1;
  for (let slot = 0; slot < weights.length / WIDTH; slot++) {
    const q = [0, 1, 2, 3].map((k) => Math.round((weights[slot * WIDTH + k] as number) / scale));
    if (q.every((x) => x === 0)) continue;
    let gap = slot - last;
    last = slot;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
    for (const x of q) bytes.push(x & 0xff);
  }
  return {
    scale,
    slots: Buffer.from(gaps).toString('base64'),
    weights: Buffer.from(bytes).toString('base64'),
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
  for (let k = 0; k < WIDTH; k++) whole[k] = (whole[k] as number) * scale + (bias[k] as number);
  if (partScores) {
    for (let i = 0; i < f.partCount * WIDTH; i++) {
      partScores[i] = (partScores[i] as number) * scale + (bias[i % WIDTH] as number);
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
