// Scores a classifier against labeled replies: per-label precision/recall/F1, macro-F1, the
// confusion matrix, and the two errors that hurt a user most: false praise (defensive or minimizing
// called validating: it tells them they listened when they did not) and false blame (validating
// called defensive or minimizing: it blames them for being honest). Also accuracy on replies to the
// partner's information-seeking questions, and the expected calibration error of the confidence.
import { type Classification, LABELS, type Label } from '../types.js';
import { asksForInformation, type LabeledReply } from './corpus.js';
import { readQuestion } from './question-reader.js';

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
  /** Defensive + minimizing replies called validating, over all defensive + minimizing replies. */
  falsePraiseRate: number;
  /** Validating replies called defensive or minimizing, over all validating replies. */
  falseBlameRate: number;
  /** Replies to an information-seeking question: how many, and the share labeled right. */
  answers: { items: number; accuracy: number };
  /** Expected calibration error of `confidence` (10 equal-width bins). */
  ece: number;
  perLabel: Record<Label, LabelScore>;
  /** confusion[expected][predicted] */
  confusion: Record<Label, Record<Label, number>>;
  errors: Misclassified[];
  /** Every verdict, so the reports of several folds add up to one. */
  scored: Scored[];
}

type Classify = (text: string, context: { partner?: string }) => Classification;

/** One verdict with what the report needs to know about it. */
export interface Scored {
  expected: Label;
  got: Label;
  confidence: number;
  asked: boolean;
}

export function evaluate(items: readonly LabeledReply[], classify: Classify): EvaluationReport {
  const scored: Scored[] = [];
  const errors: Misclassified[] = [];
  for (const item of items) {
    const result = classify(item.text, item.partner ? { partner: item.partner } : {});
    scored.push({ expected: item.label, got: result.label, confidence: result.confidence, asked: asks(item) });
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
  return summarize(scored, errors);
}

// A file that tags what the partner asked is taken at its word; otherwise the question reader decides.
function asks(item: LabeledReply): boolean {
  if (item.question) return asksForInformation(item.question);
  return readQuestion(item.partner).type === 'info';
}

export function summarize(scored: readonly Scored[], errors: Misclassified[]): EvaluationReport {
  const confusion = emptyConfusion();
  for (const s of scored) confusion[s.expected][s.got]++;
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
  const harmfulTotal = perLabel.defensive.support + perLabel.minimizing.support;
  const praised = confusion.defensive.validating + confusion.minimizing.validating;
  const blamed = confusion.validating.defensive + confusion.validating.minimizing;
  const asked = scored.filter((s) => s.asked);
  return {
    items: scored.length,
    accuracy: r(scored.length ? correct / scored.length : 0),
    macroF1: r(LABELS.reduce((s, l) => s + perLabel[l].f1, 0) / LABELS.length),
    falsePraiseRate: r(harmfulTotal ? praised / harmfulTotal : 0),
    falseBlameRate: r(perLabel.validating.support ? blamed / perLabel.validating.support : 0),
    answers: {
      items: asked.length,
      accuracy: r(asked.length ? asked.filter((s) => s.expected === s.got).length / asked.length : 0),
    },
    ece: r(expectedCalibrationError(scored)),
    perLabel,
    confusion,
    errors,
    scored: [...scored],
  };
}

const ECE_BINS = 10;

export function expectedCalibrationError(scored: readonly Scored[]): number {
  if (scored.length === 0) return 0;
  let ece = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    const inBin = scored.filter((s) => Math.min(ECE_BINS - 1, Math.floor(s.confidence * ECE_BINS)) === b);
    if (inBin.length === 0) continue;
    const accuracy = inBin.filter((s) => s.expected === s.got).length / inBin.length;
    const confidence = inBin.reduce((n, s) => n + s.confidence, 0) / inBin.length;
    ece += (inBin.length / scored.length) * Math.abs(accuracy - confidence);
  }
  return ece;
}

export function emptyConfusion(): Record<Label, Record<Label, number>> {
  const row = () => ({ validating: 0, defensive: 0, minimizing: 0, neutral: 0 });
  return { validating: row(), defensive: row(), minimizing: row(), neutral: row() };
}

function r(x: number): number {
  return Math.round(x * 10000) / 10000;
}
