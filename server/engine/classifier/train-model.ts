// Trains the model half of the classifier: multinomial logistic regression over the hashed features
// of reply-features.ts, by AdaGrad with L2, on every corpus reply and on the labeled sentences of the
// long ones. Deterministic: features in a fixed order, a seeded shuffle, fixed epochs, so the same
// corpus gives the same model byte for byte. The confidence is calibrated on out-of-fold verdicts.

import { seededOrder } from '../rng.js';
import { LABELS, type Label } from '../types.js';
import type { LabeledReply } from './corpus.js';
import { decide } from './judge.js';
import {
  type Calibration,
  type CompiledModel,
  compileModel,
  type ModelArtifact,
  type ModelSettings,
} from './linear-model.js';
import { originalSpan } from './normalize-reply.js';
import { packTable } from './packed-table.js';
import { type CompiledQuestionModel, compileQuestionModel, trainQuestionModel } from './question-model.js';
import { type ReplyReading, readReply } from './read-reply.js';
import { HASH_BITS, replyFeatures, SLOTS } from './reply-features.js';

export interface TrainOptions {
  /** How much the naive Bayes view of the same features counts in the blend (0: none). */
  bayesWeight: number;
  epochs: number;
  /** AdaGrad's base step. */
  rate: number;
  /** L2 penalty, applied to the weights an example touches. */
  l2: number;
  seed: number;
  /** How much a labeled sentence of a long reply counts, against 1 for a whole reply. */
  partWeight: number;
  /** Average the weights of the last this-many epochs (1: the last epoch's weights alone). */
  averageEpochs: number;
  /** Folds for the out-of-fold verdicts the confidence is calibrated on (0: no calibration). */
  calibrationFolds: number;
  settings: ModelSettings;
}

// Chosen by 5-fold and leave-one-batch-out cross-validation of the corpus (npm run eval -- --cv 5,
// npm run eval -- --lobo), never on the dev files.
export const TRAINING: TrainOptions = {
  bayesWeight: 0.05,
  epochs: 12,
  rate: 0.03,
  l2: 1e-4,
  seed: 13,
  partWeight: 0.5,
  averageEpochs: 6,
  calibrationFolds: 5,
  settings: { harmfulPart: 0.6 },
};

const WIDTH = LABELS.length;

export interface Example {
  /** The corpus reply it comes from. */
  item: number;
  slots: Int32Array;
  values: Float32Array;
  label: number;
  weight: number;
}

/** How the reader sees a corpus reply (the same reading classifyReply makes). */
export function readingOf(
  item: Pick<LabeledReply, 'text' | 'partner'>,
  questions: CompiledQuestionModel,
): ReplyReading {
  return readReply(item.text, item.partner, undefined, questions);
}

export function examplesOf(
  items: readonly LabeledReply[],
  partWeight: number,
  questions: CompiledQuestionModel,
): Example[] {
  const examples: Example[] = [];
  items.forEach((item, index) => {
    const reading = readingOf(item, questions);
    const f = replyFeatures(reading);
    examples.push({
      item: index,
      slots: f.slots.slice(0, f.count),
      values: f.values.slice(0, f.count),
      label: LABELS.indexOf(item.label),
      weight: 1,
    });
    if (!item.parts || partWeight === 0 || f.partCount < 2) return;
    const labels = partLabels(item, reading);
    for (let p = 0; p < f.partCount; p++) {
      const slots: number[] = [];
      const values: number[] = [];
      for (let i = 0; i < f.count; i++) {
        if (f.parts[i] !== p) continue;
        slots.push(f.slots[i] as number);
        values.push(f.values[i] as number);
      }
      examples.push({
        item: index,
        slots: Int32Array.from(slots),
        values: Float32Array.from(values),
        label: LABELS.indexOf(labels[p] as Label),
        weight: partWeight,
      });
    }
  });
  return examples;
}

// Which labeled part each sentence the reader found falls in (by where it starts in the text).
function partLabels(item: LabeledReply, reading: ReplyReading): Label[] {
  const ranges: Array<{ end: number; label: Label }> = [];
  let at = 0;
  for (const part of item.parts ?? []) {
    at += part.text.length;
    ranges.push({ end: at, label: part.label });
    at += 1;
  }
  return reading.parts.map((part) => {
    const [start] = originalSpan(reading.normalized, part.start, part.end);
    return (ranges.find((r) => start < r.end) ?? ranges[ranges.length - 1])?.label ?? item.label;
  });
}

export function fitWeights(
  examples: readonly Example[],
  o: TrainOptions,
): { weights: Float64Array; bias: Float64Array } {
  const weights = new Float64Array(SLOTS * WIDTH);
  const squares = new Float64Array(SLOTS * WIDTH);
  const bias = new Float64Array(WIDTH);
  const biasSquares = new Float64Array(WIDTH);
  const z = new Float64Array(WIDTH);
  const g = new Float64Array(WIDTH);
  // Averaging the last epochs' weights (Polyak averaging) steadies the verdicts near a boundary:
  // one more writer's batch no longer flips short replies that sit between two labels.
  const averaged = o.averageEpochs > 1 ? new Float64Array(SLOTS * WIDTH) : undefined;
  const averagedBias = new Float64Array(WIDTH);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const order = seededOrder(examples.length, o.seed + epoch);
    for (let e = 0; e < order.length; e++) {
      const ex = examples[order[e] as number] as Example;
      for (let k = 0; k < WIDTH; k++) z[k] = bias[k] as number;
      for (let i = 0; i < ex.slots.length; i++) {
        const base = (ex.slots[i] as number) * WIDTH;
        const v = ex.values[i] as number;
        for (let k = 0; k < WIDTH; k++) z[k] = (z[k] as number) + (weights[base + k] as number) * v;
      }
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < WIDTH; k++) max = Math.max(max, z[k] as number);
      let total = 0;
      for (let k = 0; k < WIDTH; k++) {
        z[k] = Math.exp((z[k] as number) - max);
        total += z[k] as number;
      }
      for (let k = 0; k < WIDTH; k++) g[k] = ex.weight * ((z[k] as number) / total - (k === ex.label ? 1 : 0));
      for (let i = 0; i < ex.slots.length; i++) {
        const base = (ex.slots[i] as number) * WIDTH;
        const v = ex.values[i] as number;
        for (let k = 0; k < WIDTH; k++) {
          const at = base + k;
          const w = weights[at] as number;
          const grad = (g[k] as number) * v + o.l2 * w;
          squares[at] = (squares[at] as number) + grad * grad;
          weights[at] = w - (o.rate * grad) / Math.sqrt((squares[at] as number) + 1e-8);
        }
      }
      for (let k = 0; k < WIDTH; k++) {
        const grad = g[k] as number;
        biasSquares[k] = (biasSquares[k] as number) + grad * grad;
        bias[k] = (bias[k] as number) - (o.rate * grad) / Math.sqrt((biasSquares[k] as number) + 1e-8);
      }
    }
    if (averaged && epoch >= o.epochs - o.averageEpochs) {
      for (let i = 0; i < weights.length; i++) averaged[i] = (averaged[i] as number) + (weights[i] as number);
      for (let k = 0; k < WIDTH; k++) averagedBias[k] = (averagedBias[k] as number) + (bias[k] as number);
    }
  }
  if (!averaged) return { weights, bias };
  const n = Math.min(o.averageEpochs, o.epochs);
  for (let i = 0; i < averaged.length; i++) averaged[i] = (averaged[i] as number) / n;
  for (let k = 0; k < WIDTH; k++) averagedBias[k] = (averagedBias[k] as number) / n;
  return { weights: averaged, bias: averagedBias };
}

const UNCALIBRATED: Calibration = { temperature: 1, edges: [1], values: [0.5] };

// The question model first: the reply model is trained on how it reads the partner's lines.
function fitArtifact(
  items: readonly LabeledReply[],
  o: TrainOptions,
  corpusHash: string,
  calibration: Calibration,
): ModelArtifact {
  const question = trainQuestionModel(items);
  const examples = examplesOf(items, o.partWeight, compileQuestionModel(question));
  const { weights, bias } = fitWeights(examples, o);
  const perFeature = o.bayesWeight > 0 ? addBayes(weights, bias, examples, o.bayesWeight) : [0, 0, 0, 0];
  return {
    format: 2,
    corpusHash,
    documents: items.length,
    hashBits: HASH_BITS,
    bias: [...bias].map((b) => Math.round(b * 1e6) / 1e6),
    perFeature: perFeature.map((b) => Math.round(b * 1e6) / 1e6),
    ...packTable(weights, WIDTH),
    calibration,
    settings: o.settings,
    question,
  };
}

const BAYES_SMOOTHING = 0.1;

/**
 * Naive Bayes over the same features, folded into the logistic regression's table with a small
 * weight: it generalizes differently (each feature counted, none fitted against the others), and
 * the blend judges an unseen writer's replies better than either (leave-one-batch-out). Slots Bayes
 * never saw get no table entry: their log-probability, the same for every slot, is kept per label
 * as `perFeature` and added once per unit of feature value when scoring.
 */
function addBayes(weights: Float64Array, bias: Float64Array, examples: readonly Example[], weight: number): number[] {
  const counts = new Float64Array(SLOTS * WIDTH);
  const totals = new Float64Array(WIDTH);
  const documents = new Float64Array(WIDTH);
  for (const ex of examples) {
    if (ex.weight !== 1) continue;
    documents[ex.label] = (documents[ex.label] as number) + 1;
    for (let i = 0; i < ex.slots.length; i++) {
      const at = (ex.slots[i] as number) * WIDTH + ex.label;
      counts[at] = (counts[at] as number) + (ex.values[i] as number);
      totals[ex.label] = (totals[ex.label] as number) + (ex.values[i] as number);
    }
  }
  let seen = 0;
  for (let slot = 0; slot < SLOTS; slot++) {
    const base = slot * WIDTH;
    if (counts[base] || counts[base + 1] || counts[base + 2] || counts[base + 3]) seen++;
  }
  const all = documents.reduce((a, b) => a + b, 0);
  const unseen = Array.from(totals, (t) => Math.log(BAYES_SMOOTHING / (t + BAYES_SMOOTHING * seen)));
  for (let k = 0; k < WIDTH; k++) bias[k] = (bias[k] as number) + weight * Math.log((documents[k] as number) / all);
  for (let slot = 0; slot < SLOTS; slot++) {
    const base = slot * WIDTH;
    if (!(counts[base] || counts[base + 1] || counts[base + 2] || counts[base + 3])) continue;
    for (let k = 0; k < WIDTH; k++) {
      const p = ((counts[base + k] as number) + BAYES_SMOOTHING) / ((totals[k] as number) + BAYES_SMOOTHING * seen);
      weights[base + k] = (weights[base + k] as number) + weight * (Math.log(p) - (unseen[k] as number));
    }
  }
  return unseen.map((u) => weight * u);
}

/** A model from these replies with its confidence uncalibrated (cross-validation folds use it). */
export function trainUncalibrated(items: readonly LabeledReply[], o: TrainOptions = TRAINING): ModelArtifact {
  return fitArtifact(items, o, 'fold', UNCALIBRATED);
}

export function trainModel(
  items: readonly LabeledReply[],
  corpusHash: string,
  o: TrainOptions = TRAINING,
): ModelArtifact {
  const calibration = o.calibrationFolds >= 2 ? calibrate(items, o) : UNCALIBRATED;
  return fitArtifact(items, o, corpusHash, calibration);
}

/** Stratified folds: the i-th reply of each label goes to fold i mod k, so every fold has every label. */
export function stratifiedFolds(items: readonly LabeledReply[], k: number): number[] {
  const seen: Record<Label, number> = { validating: 0, defensive: 0, minimizing: 0, neutral: 0 };
  return items.map((item) => seen[item.label]++ % k);
}

interface OutOfFold {
  logits: Float64Array;
  label: number;
  model: CompiledModel;
  reading: ReplyReading;
}

// Temperature first (the one that makes the out-of-fold probabilities most likely), then bins of the
// chosen label's probability mapped to how often such verdicts were right (pooled to be non-decreasing).
function calibrate(items: readonly LabeledReply[], o: TrainOptions): Calibration {
  const folds = stratifiedFolds(items, o.calibrationFolds);
  const held: OutOfFold[] = [];
  for (let fold = 0; fold < o.calibrationFolds; fold++) {
    const model = compileModel(
      trainUncalibrated(
        items.filter((_, i) => folds[i] !== fold),
        { ...o, calibrationFolds: 0 },
      ),
    );
    items.forEach((item, i) => {
      if (folds[i] !== fold) return;
      const reading = readingOf(item, model.question);
      const verdict = decide(model, reading);
      // decide() at temperature 1 leaves the raw logits recoverable from the probabilities.
      const logits = Float64Array.from(verdict.probs, (p) => Math.log(Math.max(p, 1e-12)));
      held.push({ logits, label: LABELS.indexOf(item.label), model, reading });
    });
  }
  const temperature = bestTemperature(held);
  const pairs = held.map((h) => {
    h.model.calibration = { ...UNCALIBRATED, temperature };
    const verdict = decide(h.model, h.reading);
    return { raw: verdict.raw, right: LABELS.indexOf(verdict.label) === h.label };
  });
  return { temperature, ...binned(pairs) };
}

function bestTemperature(held: readonly OutOfFold[]): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.5; t <= 4.0001; t += 0.05) {
    let loss = 0;
    for (const h of held) {
      let max = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < WIDTH; k++) max = Math.max(max, (h.logits[k] as number) / t);
      let total = 0;
      for (let k = 0; k < WIDTH; k++) total += Math.exp((h.logits[k] as number) / t - max);
      loss -= (h.logits[h.label] as number) / t - max - Math.log(total);
    }
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

const BINS = 10;

function binned(pairs: ReadonlyArray<{ raw: number; right: boolean }>): { edges: number[]; values: number[] } {
  const sorted = [...pairs].sort((a, b) => a.raw - b.raw);
  // Equal-count bins, then adjacent bins pooled while a later one is less accurate (isotonic).
  const bins: Array<{ edge: number; right: number; n: number }> = [];
  for (let b = 0; b < BINS; b++) {
    const slice = sorted.slice(Math.floor((b * sorted.length) / BINS), Math.floor(((b + 1) * sorted.length) / BINS));
    if (slice.length === 0) continue;
    bins.push({
      edge: (slice[slice.length - 1] as { raw: number }).raw,
      right: slice.filter((p) => p.right).length,
      n: slice.length,
    });
  }
  const pooled: typeof bins = [];
  for (const bin of bins) {
    pooled.push({ ...bin });
    while (pooled.length > 1) {
      const last = pooled[pooled.length - 1] as (typeof bins)[number];
      const prev = pooled[pooled.length - 2] as (typeof bins)[number];
      if (prev.right / prev.n <= last.right / last.n) break;
      pooled.splice(pooled.length - 2, 2, { edge: last.edge, right: prev.right + last.right, n: prev.n + last.n });
    }
  }
  const edges = pooled.map((b, i) => (i === pooled.length - 1 ? 1 : Math.round(b.edge * 1e4) / 1e4));
  // Never certain, never below a coin toss between the two likeliest labels.
  const values = pooled.map((b) => Math.round(Math.min(0.97, Math.max(0.3, b.right / b.n)) * 1000) / 1000);
  return { edges, values };
}
