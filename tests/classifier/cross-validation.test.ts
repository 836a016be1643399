// The classifier's figures on its own corpus, re-measured in CI: 5-fold cross-validation (each fold
// judged by a model trained on the other four; the same split as npm run eval -- --cv 5). Bars sit
// 0.02 under the figures measured when the classifier last changed, so a real regression (a signal's
// cues gone, the model untrained, a broken feature) fails and noise does not.
import { describe, expect, it } from 'vitest';
import { crossValidate } from '../../server/cli/held-out.js';

const MEASURED = { macroF1: 0.89, falsePraise: 0.05, falseBlame: 0.045, answers: 0.894 };
const MARGIN = 0.02;

describe('5-fold cross-validation of the corpus', () => {
  const report = crossValidate(5);

  it(`keeps macro-F1 at or above ${MEASURED.macroF1 - MARGIN}`, () => {
    expect(report.macroF1).toBeGreaterThanOrEqual(MEASURED.macroF1 - MARGIN);
  });

  it(`praises at most ${MEASURED.falsePraise + MARGIN} of harmful replies and blames at most ${MEASURED.falseBlame + MARGIN} of validating ones`, () => {
    expect(report.falsePraiseRate).toBeLessThanOrEqual(MEASURED.falsePraise + MARGIN);
    expect(report.falseBlameRate).toBeLessThanOrEqual(MEASURED.falseBlame + MARGIN);
  });

  it(`labels at least ${MEASURED.answers - MARGIN} of replies to the partner's questions right`, () => {
    expect(report.answers.accuracy).toBeGreaterThanOrEqual(MEASURED.answers - MARGIN);
  });
}, 180_000);
