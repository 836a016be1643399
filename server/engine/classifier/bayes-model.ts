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
  /** Per feature, log P(feature present | label) for each label in LABELS order. */
  logLikelihood: Map<string, Float64Array>;
  /** Used for features a label never saw in training (natural's smoothing). */
  logUnseen: Float64Array;
}

export function compileModel(artifact: ModelArtifact): CompiledModel {
  const { features, classifier } = artifact.bayes;
  const index = Object.keys(features);
  const totals = LABELS.map((l) => classifier.classTotals[l] ?? 1);
  const logPrior = Float64Array.from(totals, (t) => Math.log(t / classifier.totalExamples));
  const logUnseen = Float64Array.from(totals, (t) => Math.log(classifier.smoothing / t));
  const logLikelihood = new Map<string, Float64Array>();
  index.forEach((feature, i) => {
    const row = Float64Array.from(LABELS, (label, li) => {
      const count = classifier.classFeatures[label]?.[i] ?? classifier.smoothing;
      return Math.log(count / (totals[li] as number));
    });
    logLikelihood.set(feature, row);
  });
  return { logPrior, logLikelihood, logUnseen };
}

/** Normalized probabilities per label (LABELS order). Unknown features carry no evidence, as in natural. */
export function labelProbabilities(model: CompiledModel, features: readonly string[]): Float64Array {
  const score = Float64Array.from(model.logPrior);
  for (const f of features) {
    const row = model.logLikelihood.get(f);
    if (!row) continue;
    for (let i = 0; i < score.length; i++) score[i] = (score[i] as number) + (row[i] as number);
  }
  const max = Math.max(...score);
  let total = 0;
  for (let i = 0; i < score.length; i++) {
    score[i] = Math.exp((score[i] as number) - max);
    total += score[i] as number;
  }
  for (let i = 0; i < score.length; i++) score[i] = (score[i] as number) / total;
  return score;
}

export function labelAt(i: number): Label {
  return LABELS[i] as Label;
}
