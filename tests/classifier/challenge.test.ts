// The project's challenge files: written apart from the corpus, never trained on, no setting chosen
// on them. They are the closest thing in the repo to text the classifier has never seen. Bars: the
// figures measured when the classifier last changed, minus 0.02 (so a real regression fails).
// challenge.jsonl has been read, error by error, over many changes, and flatters the classifier;
// challenge-2.jsonl (written later, labelled twice blind, its lines mostly unread) has since been
// used to choose batches; challenge-3.jsonl (replies in conversation, labelled twice blind, never
// read) and challenge-4.jsonl (the same kind, written at the sixth stop of 2026-12-07) are the honest
// ones: see server/engine/classifier/challenge/README.md.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { challengeFiles, readJsonl } from '../../server/cli/corpus-files.js';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import { evaluate } from '../../server/engine/classifier/evaluate.js';

interface Measured {
  size: number;
  macroF1: number;
  falsePraise: number;
  falseBlame: number;
  answers: number;
}

const MEASURED: Record<string, Measured> = {
  'challenge.jsonl': { size: 600, macroF1: 0.935, falsePraise: 0.036, falseBlame: 0.033, answers: 0.936 },
  'challenge-2.jsonl': { size: 400, macroF1: 0.881, falsePraise: 0.027, falseBlame: 0.034, answers: 0.886 },
  'challenge-3.jsonl': { size: 400, macroF1: 0.894, falsePraise: 0.018, falseBlame: 0.06, answers: 0.912 },
  'challenge-4.jsonl': { size: 400, macroF1: 0.917, falsePraise: 0.03, falseBlame: 0.029, answers: 0.944 },
};
const MARGIN = 0.02;

describe('the challenge files', () => {
  it('are the ones whose figures this test holds', () => {
    expect(challengeFiles().map((f) => basename(f))).toEqual(Object.keys(MEASURED).sort());
  });
});

for (const file of challengeFiles()) {
  const name = basename(file);
  const measured = MEASURED[name] as Measured;
  describe(`classifier on ${name}`, () => {
    const items = readJsonl(file);
    const report = evaluate(items, classifyReply);

    it(`holds at least ${measured.size} replies, and more than 75 of every label`, () => {
      expect(items.length).toBeGreaterThanOrEqual(measured.size);
      for (const label of ['validating', 'defensive', 'minimizing', 'neutral'] as const)
        expect(report.perLabel[label].support).toBeGreaterThan(75);
    });

    it(`keeps macro-F1 at or above ${(measured.macroF1 - MARGIN).toFixed(3)}`, () => {
      expect(report.macroF1).toBeGreaterThanOrEqual(measured.macroF1 - MARGIN);
    });

    it(`blames at most ${(measured.falseBlame + MARGIN).toFixed(3)} of validating replies, praises at most ${(measured.falsePraise + MARGIN).toFixed(3)} of harmful ones`, () => {
      expect(report.falseBlameRate).toBeLessThanOrEqual(measured.falseBlame + MARGIN);
      expect(report.falsePraiseRate).toBeLessThanOrEqual(measured.falsePraise + MARGIN);
    });

    it(`labels at least ${(measured.answers - MARGIN).toFixed(3)} of replies to the partner's questions right`, () => {
      expect(report.answers.accuracy).toBeGreaterThanOrEqual(measured.answers - MARGIN);
    });
  });
}
