// The learned half of the crisis check: a logistic regression over the hashed features of
// crisis-features.ts, trained by `npm run train` (train-crisis-model.ts) on the project's safety
// training files. One table serves two heads: column 0 says whether a reply is a crisis; columns 1-4
// say which kind (whose harm, and whether it is used as leverage) when no pattern has said it. The
// threshold was chosen by leave-one-writer-out cross-validation and is stored with the weights.

import { type PackedTable, unpackTable } from '../classifier/packed-table.js';
import type { SafetyKind } from '../types.js';
import { type CrisisFeatures, featureName, HASH_BITS, SLOTS } from './crisis-features.js';

/** The table's columns: the crisis head, then the kind head. */
export const COLUMNS = ['crisis', 'self-harm', 'harm-to-others', 'being-harmed', 'leverage'] as const;
export const WIDTH = COLUMNS.length;
/** The kind head's classes, in column order from column 1. */
export const KIND_CLASSES = ['self-harm', 'harm-to-others', 'being-harmed', 'leverage'] as const;
export type KindClass = (typeof KIND_CLASSES)[number];

/** How the threshold did on the writers left out, one at a time (the figures eval:safety prints). */
export interface HeldOutFigures {
  /** Per writer (training file) left out: recall and false alarms at the chosen threshold. */
  byWriter: Record<string, { recall: number; falseAlarms: number; crisis: number; near: number }>;
  /** Per kind ("crisis: plan", "near miss: idiom"): the share flagged, over the writers' files. */
  byKind: Record<string, { flagged: number; lines: number }>;
  recall: number;
  falseAlarms: number;
  /** Of the crisis lines flagged, the share whose kind (whose harm, or leverage) was named right. */
  kindNamed: number;
}

export interface CrisisModelArtifact extends PackedTable {
  format: 1;
  /** sha256 of the training files and of the code that reads them, so a stale model is easy to spot. */
  dataHash: string;
  hashBits: number;
  examples: number;
  /** Per column (COLUMNS order). */
  bias: number[];
  /** A reply is a crisis when the crisis head's probability reaches its threshold. */
  thresholds: Thresholds;
  /** Whether the recall target or the false-alarm ceiling decided them (train-crisis-model.ts). */
  thresholdRule: 'recall' | 'false-alarm-ceiling';
  heldOut: HeldOutFigures;
}

/** A reply is a crisis when its probability reaches the threshold for its kind of reply. */
export interface Thresholds {
  /** For a reply no crisis pattern matched. */
  plain: number;
  /** For a reply a crisis pattern matched (the model may still find it a figure of speech). */
  pattern: number;
}

export interface CompiledCrisisModel {
  table: Int8Array;
  scale: number;
  bias: Float64Array;
  thresholds: Thresholds;
}

export function compileCrisisModel(artifact: CrisisModelArtifact): CompiledCrisisModel {
  if (artifact.format !== 1 || artifact.hashBits !== HASH_BITS) {
    throw new Error('The crisis model is from another version of the safety check: run npm run train -- --force');
  }
  return {
    table: unpackTable(artifact, SLOTS, WIDTH),
    scale: artifact.scale,
    bias: Float64Array.from(artifact.bias),
    thresholds: artifact.thresholds,
  };
}

const logits = new Float64Array(WIDTH);
let partLogits = new Float64Array(64);

/**
 * The raw scores of every column for the whole reply (a buffer the next call reuses); and, in
 * `partLogits`, the crisis column's score for each sentence alone.
 */
export function crisisLogits(model: CompiledCrisisModel, f: CrisisFeatures): Float64Array {
  const { table, scale, bias } = model;
  if (partLogits.length < f.partCount) partLogits = new Float64Array(f.partCount * 2);
  partLogits.fill(0, 0, f.partCount);
  let l0 = 0;
  let l1 = 0;
  let l2 = 0;
  let l3 = 0;
  let l4 = 0;
  for (let i = 0; i < f.count; i++) {
    const base = (f.slots[i] as number) * WIDTH;
    const v = f.values[i] as number;
    const w0 = (table[base] as number) * v;
    if (f.inWhole[i] === 1) {
      l0 += w0;
      l1 += (table[base + 1] as number) * v;
      l2 += (table[base + 2] as number) * v;
      l3 += (table[base + 3] as number) * v;
      l4 += (table[base + 4] as number) * v;
    }
    const p = f.parts[i] as number;
    if (p >= 0) partLogits[p] = (partLogits[p] as number) + w0;
  }
  logits[0] = l0 * scale + (bias[0] as number);
  logits[1] = l1 * scale + (bias[1] as number);
  logits[2] = l2 * scale + (bias[2] as number);
  logits[3] = l3 * scale + (bias[3] as number);
  logits[4] = l4 * scale + (bias[4] as number);
  return logits;
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/**
 * The probability that the reply is a crisis: the whole reply's, or its most alarming sentence's
 * when a long reply carries it in one sentence. Also leaves the whole reply's logits for kindFromLogits.
 */
export function crisisProbability(model: CompiledCrisisModel, f: CrisisFeatures): number {
  let best = crisisLogits(model, f)[0] as number;
  if (f.partCount > 1) {
    for (let p = 0; p < f.partCount; p++) {
      best = Math.max(best, (partLogits[p] as number) * model.scale + (model.bias[0] as number));
    }
  }
  return sigmoid(best);
}

/** The logits of the last crisisLogits or crisisProbability call. */
export const lastLogits = (): Float64Array => logits;

/** Which kind the model reads, from the last crisisLogits call: whose harm, and whether it is leverage. */
export function kindFromLogits(scores: Float64Array): { kind: SafetyKind; leverage: boolean } {
  let best = 1;
  for (let k = 2; k <= 3; k++) if ((scores[k] as number) > (scores[best] as number)) best = k;
  const kind = KIND_CLASSES[best - 1] as SafetyKind;
  return { kind, leverage: (scores[4] as number) > (scores[best] as number) && kind !== 'being-harmed' };
}

/** The features that pushed the crisis head most, by word or concept, strongest first. */
export function strongestFeatures(
  model: CompiledCrisisModel,
  f: CrisisFeatures,
  most = 6,
): Array<{ feature: string; weight: number }> {
  const byName = new Map<string, number>();
  for (let i = 0; i < f.count; i++) {
    if (f.inWhole[i] !== 1) continue;
    const weight = (model.table[(f.slots[i] as number) * WIDTH] as number) * (f.values[i] as number) * model.scale;
    const name = featureName(f, i);
    byName.set(name, (byName.get(name) ?? 0) + weight);
  }
  return [...byName.entries()]
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, most)
    .map(([feature, weight]) => ({ feature, weight: Math.round(weight * 100) / 100 }));
}
