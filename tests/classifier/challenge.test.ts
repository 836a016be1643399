// The project's challenge file: written apart from the corpus, never trained on, no setting chosen on
// it. It is the closest thing in the repo to text the classifier has never seen. Bars: the figures
// measured when the classifier last changed, minus 0.02.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHALLENGE_FILE, readJsonl } from '../../server/cli/corpus-files.js';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import { evaluate } from '../../server/engine/classifier/evaluate.js';

const MEASURED = { macroF1: 0.92, falsePraise: 0.052, falseBlame: 0.038, answers: 0.908 };
const MARGIN = 0.02;

describe.skipIf(!existsSync(CHALLENGE_FILE))('classifier on the challenge file', () => {
  const items = readJsonl(CHALLENGE_FILE);
  const report = evaluate(items, classifyReply);

  it('holds at least 600 replies of every label', () => {
    expect(items.length).toBeGreaterThanOrEqual(600);
    for (const label of ['validating', 'defensive', 'minimizing', 'neutral'] as const)
      expect(report.perLabel[label].support).toBeGreaterThan(100);
  });

  it(`keeps macro-F1 at or above ${MEASURED.macroF1 - MARGIN}`, () => {
    expect(report.macroF1).toBeGreaterThanOrEqual(MEASURED.macroF1 - MARGIN);
  });

  it(`blames at most ${MEASURED.falseBlame + MARGIN} of validating replies, praises at most ${MEASURED.falsePraise + MARGIN} of harmful ones`, () => {
    expect(report.falseBlameRate).toBeLessThanOrEqual(MEASURED.falseBlame + MARGIN);
    expect(report.falsePraiseRate).toBeLessThanOrEqual(MEASURED.falsePraise + MARGIN);
  });

  it(`labels at least ${MEASURED.answers - MARGIN} of replies to the partner's questions right`, () => {
    expect(report.answers.accuracy).toBeGreaterThanOrEqual(MEASURED.answers - MARGIN);
  });
});
