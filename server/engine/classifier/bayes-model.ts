// The statistical half of the classifier: natural's BayesClassifier, trained by `npm run train` on the
// project's corpus. We evaluate the trained model ourselves, in log space, with the same formula as
// natural's probabilityOfClass: natural's classify() scans the whole vocabulary on every call
// (~V x n work) and multiplies raw probabilities, which underflow to 0 for long replies. Same model,
// same numbers, without those two problems.
import { LABELS, type Label } from '../types.js';

/** The shape of a trained natural BayesClassifier as JSON.stringify writes it (the parts we need). */
export interface NaturalBayesJson {
  features: Record<string, number>;
  classifier: {
    classFeatures: Record<string, Record<string, number>>;
    classTotals: Record<string, number>;
    totalExamples: number;
    smoothing: number;
  };
}

export interface ModelArtifact {
  format: 1;
  /** sha256 of the corpus it was trained on, so a stale model is easy to spot. */
  corpusHash: string;
  documents: number;
  bayes: NaturalBayesJson;
}

export interface CompiledModel {
  logPrior: Float64Array;
  /** Each feature's row in `logLikelihood`. */
  featureRow: Map<string, number>;
  /** Per row, log P(feature present | label) for each label in LABELS order, rows end to end. */
  logLikelihood: Float64Array;
  /** Used for features a label never saw in training (natural's smoothing). */
  logUnseen: Float64Array;
}

export function compileModel(artifact: ModelArtifact): CompiledModel {
  const { features, classifier } = artifact.bayes;
  const index = Object.keys(features);
  const totals = LABELS.map((l) => classifier.classTotals[l] ?? 1);
  const logPrior = Float64Array.from(totals, (t) => Math.log(t / classifier.totalExamples));
  const logUnseen = Float64Array.from(totals, (t) => Math.log(classifier.smoothing / t));
  const featureRow = new Map<string, number>();
  const logLikelihood = new Float64Array(index.length * LABELS.length);
  index.forEach((feature, i) => {
    featureRow.set(feature, i);
    LABELS.forEach((label, li) => {
      const count = classifier.classFeatures[label]?.[i] ?? classifier.smoothing;
      logLikelihood[i * LABELS.length + li] = Math.log(count / (totals[li] as number));
    });
  });
  return { logPrior, featureRow, logLikelihood, logUnseen };
}

/** Normalized probabilities per label (LABELS order). Unknown features carry no evidence, as in natural. */
export function labelProbabilities(model: CompiledModel, features: readonly string[]): Float64Array {
  const rows: number[] = [];
  for (const f of features) {
    const row = model.featureRow.get(f);
    if (row !== undefined) rows.push(row);
  }
  return probabilitiesOfRows(model, rows, rows.length);
}

/** labelProbabilities for the first `count` feature rows, added in that order (sums depend on order). */
export function probabilitiesOfRows(model: CompiledModel, rows: ArrayLike<number>, count: number): Float64Array {
  const score = Float64Array.from(model.logPrior);
  const width = score.length;
  const table = model.logLikelihood;
  for (let r = 0; r < count; r++) {
    const base = (rows[r] as number) * width;
    for (let i = 0; i < width; i++) score[i] = (score[i] as number) + (table[base + i] as number);
  }
  // Math.max folded one value at a time gives what Math.max(...score) does, without the spread.
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < width; i++) max = Math.max(max, score[i] as number);
  let total = 0;
  for (let i = 0; i < width; i++) {
    score[i] = Math.exp((score[i] as number) - max);
    total += score[i] as number;
  }
  for (let i = 0; i < width; i++) score[i] = (score[i] as number) / total;
  return score;
}

export function labelAt(i: number): Label {
  return LABELS[i] as Label;
}
