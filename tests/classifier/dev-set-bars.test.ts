// The bars the classifier must hold on words it was never trained on: ../shared/eval/dev.jsonl is a
// measuring set only (never trained on, never copied). It exists here and in CI, not in a user's clone.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../server/cli/corpus-files.js';
import { classifyReply } from '../../server/engine/classifier/classify-reply.js';
import { evaluate } from '../../server/engine/classifier/evaluate.js';
import { LABELS } from '../../server/engine/types.js';

const DEV = fileURLToPath(new URL('../../../shared/eval/dev.jsonl', import.meta.url));
const missing = !existsSync(DEV);
if (missing && process.env.MEND_REQUIRE_DEVSET === '1') throw new Error(`MEND_REQUIRE_DEVSET=1, but ${DEV} is missing`);
if (missing) console.warn(`skipping the dev-set bars: ${DEV} is not here (it ships beside the repo, not in it)`);

describe.skipIf(missing)('classifier on the held-out dev set', () => {
  const report = missing ? undefined : evaluate(readJsonl(DEV), classifyReply);

  it('keeps macro-F1 at or above 0.85', () => {
    expect(report?.macroF1).toBeGreaterThanOrEqual(0.85);
  });

  it('recalls at least 75% of every label', () => {
    for (const label of LABELS) expect(report?.perLabel[label].recall, label).toBeGreaterThanOrEqual(0.75);
  });

  it('praises at most 5% of defensive and minimizing replies as validating', () => {
    expect(report?.falsePraiseRate).toBeLessThanOrEqual(0.05);
  });
});
