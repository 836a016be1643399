// Held-out figures for the corpus itself: k-fold cross-validation and leave-one-batch-out (train
// without one writer's batch, judge that batch: the honest proxy for a voice never seen). Used by
// npm run eval and by the cross-validation test.

import {
  classifyWith,
  compileModel,
  type EvaluationReport,
  evaluate,
  type LabeledReply,
  type Misclassified,
  type Scored,
  stratifiedFolds,
  summarize,
  TRAINED_CALIBRATION,
  trainUncalibrated,
} from '../engine/index.js';
import { readCorpus } from './corpus-files.js';

export interface Named extends EvaluationReport {
  name: string;
}

// Each held-out group is judged by a model trained on the rest. Fold models take the shipped model's
// calibration (fitted on out-of-fold verdicts of the whole corpus), so their confidence reads alike.
function heldOut(items: readonly LabeledReply[], groupOf: (i: number) => number, groups: number): EvaluationReport {
  const calibration = TRAINED_CALIBRATION;
  const scored: Scored[] = [];
  const errors: Misclassified[] = [];
  for (let g = 0; g < groups; g++) {
    const held = items.filter((_, i) => groupOf(i) === g);
    if (held.length === 0) continue;
    const artifact = trainUncalibrated(items.filter((_, i) => groupOf(i) !== g));
    const model = compileModel({ ...artifact, calibration });
    const report = evaluate(held, (text, ctx) => classifyWith(model, text, ctx));
    scored.push(...report.scored);
    errors.push(...report.errors);
  }
  return summarize(scored, errors);
}

export function crossValidate(k: number): Named {
  const { items } = readCorpus();
  const folds = stratifiedFolds(items, k);
  return { name: `${k}-fold cross-validation of the corpus`, ...heldOut(items, (i) => folds[i] as number, k) };
}

export function leaveOneBatchOut(): Named[] {
  const { items } = readCorpus();
  const batches = [...new Set(items.map((i) => i.batch ?? ''))];
  const scored: Scored[] = [];
  const errors: Misclassified[] = [];
  const each: Named[] = [];
  batches.forEach((batch) => {
    const report = heldOut(items, (i) => (items[i]?.batch === batch ? 0 : -1), 1);
    each.push({ name: `batch ${batch} (trained on the others)`, ...report });
    scored.push(...report.scored);
    errors.push(...report.errors);
  });
  return [...each, { name: 'leave-one-batch-out, all batches', ...summarize(scored, errors) }];
}
