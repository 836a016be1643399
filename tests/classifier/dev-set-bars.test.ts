// The bars the classifier must hold on words it was never trained on: ../shared/eval/*.jsonl are
// measuring sets only (never trained on, never tuned on, never copied). They exist beside the repo
// and in CI, not in a user's clone (MEND_SHARED_DIR points elsewhere, e.g. from a git worktree).
// Each bar is the figure measured when the classifier last changed (npm run eval), minus 0.02: a
// real regression fails, noise does not.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonl, SHARED_EVAL_FILES } from '../../server/cli/corpus-files.js';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import { evaluate } from '../../server/engine/classifier/evaluate.js';

const MEASURED: Record<string, { macroF1: number; falsePraise: number; falseBlame: number; answers: number }> = {
  'dev.jsonl': { macroF1: 0.97, falsePraise: 0.015, falseBlame: 0, answers: 0.976 },
  'dev-context.jsonl': { macroF1: 0.937, falsePraise: 0.067, falseBlame: 0.033, answers: 0.973 },
};
const MARGIN = 0.02;

for (const file of SHARED_EVAL_FILES) {
  const name = file.split('/').pop() as string;
  const missing = !existsSync(file);
  if (missing && process.env.MEND_REQUIRE_DEVSET === '1')
    throw new Error(`MEND_REQUIRE_DEVSET=1, but ${file} is missing`);
  if (missing) console.warn(`skipping the ${name} bars: ${file} is not here (it ships beside the repo, not in it)`);
  const bar = MEASURED[name] as (typeof MEASURED)[string];

  describe.skipIf(missing)(`classifier on the held-out ${name}`, () => {
    const report = missing ? undefined : evaluate(readJsonl(file), classifyReply);

    it(`keeps macro-F1 at or above ${bar.macroF1 - MARGIN}`, () => {
      expect(report?.macroF1).toBeGreaterThanOrEqual(bar.macroF1 - MARGIN);
    });

    it(`praises at most ${bar.falsePraise + MARGIN} of defensive and minimizing replies as validating`, () => {
      expect(report?.falsePraiseRate).toBeLessThanOrEqual(bar.falsePraise + MARGIN);
    });

    it(`blames at most ${bar.falseBlame + MARGIN} of validating replies as defensive or minimizing`, () => {
      expect(report?.falseBlameRate).toBeLessThanOrEqual(bar.falseBlame + MARGIN);
    });

    it(`labels at least ${bar.answers - MARGIN} of replies to the partner's questions right`, () => {
      expect(report?.answers.accuracy).toBeGreaterThanOrEqual(bar.answers - MARGIN);
    });
  });
}
