// Scores a classifier against labeled replies: per-label precision/recall/F1, macro-F1, the
// confusion matrix and the false-praise rate (defensive + minimizing replies called validating,
// the error that hurts a user most: it tells them they listened when they did not).
import { type Classification, LABELS, type Label } from '../types.js';
import type { LabeledReply } from './corpus.js';

export interface LabelScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Misclassified {
  text: string;
  partner?: string;
  expected: Label;
  got: Label;
  confidence: number;
  signals: string[];
}

export interface EvaluationReport {
  items: number;
  accuracy: number;
  macroF1: number;
  falsePraiseRate: number;
  perLabel: Record<Label, LabelScore>;
  /** confusion[expected][predicted] */
  confusion: Record<Label, Record<Label, number>>;
  errors: Misclassified[];
}

type Classify = (text: string, context: { partner?: string }) => Classification;

export function evaluate(items: readonly LabeledReply[], classify: Classify): EvaluationReport {
  const confusion = emptyConfusion();
  const errors: Misclassified[] = [];
  for (const item of items) {
    const result = classify(item.text, item.partner ? { partner: item.partner } : {});
    confusion[item.label][result.label]++;
    if (result.label !== item.label) {
      errors.push({
        text: item.text,
        ...(item.partner ? { partner: item.partner } : {}),
        expected: item.label,
        got: result.label,
        confidence: result.confidence,
        signals: result.signals,
      });
    }
  }
  return summarize(confusion, errors, items.length);
}

export function summarize(
  confusion: Record<Label, Record<Label, number>>,
  errors: Misclassified[],
  items: number,
): EvaluationReport {
  const perLabel = {} as Record<Label, LabelScore>;
  for (const label of LABELS) {
    const tp = confusion[label][label];
    const support = LABELS.reduce((n, p) => n + confusion[label][p], 0);
    const predicted = LABELS.reduce((n, e) => n + confusion[e][label], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[label] = { precision: r(precision), recall: r(recall), f1: r(f1), support };
  }
  const correct = LABELS.reduce((n, l) => n + confusion[l][l], 0);
  const harmful = confusion.defensive;
  const minimizing = confusion.minimizing;
  const harmfulTotal = LABELS.reduce((n, p) => n + harmful[p] + minimizing[p], 0);
  const praised = harmful.validating + minimizing.validating;
  return {
    items,
    accuracy: r(items ? correct / items : 0),
    macroF1: r(LABELS.reduce((s, l) => s + perLabel[l].f1, 0) / LABELS.length),
    falsePraiseRate: r(harmfulTotal ? praised / harmfulTotal : 0),
    perLabel,
    confusion,
    errors,
  };
}

export function emptyConfusion(): Record<Label, Record<Label, number>> {
  const row = () => ({ validating: 0, defensive: 0, minimizing: 0, neutral: 0 });
  return { validating: row(), defensive: row(), minimizing: row(), neutral: row() };
}

/** Stratified folds: the i-th reply of each label goes to fold i mod k, so every fold has every label. */
export function stratifiedFolds(items: readonly LabeledReply[], k: number): number[] {
  const seen: Record<Label, number> = { validating: 0, defensive: 0, minimizing: 0, neutral: 0 };
  return items.map((item) => seen[item.label]++ % k);
}

function r(x: number): number {
  return Math.round(x * 10000) / 10000;
}
