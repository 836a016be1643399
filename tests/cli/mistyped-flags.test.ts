import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// A mistyped flag is one line that names it and exit code 2, never a stack trace.
const COMMANDS = [
  'server/cli/eval.ts',
  'server/cli/eval-safety.ts',
  'server/cli/corpus-import.ts',
  'server/cli/train-safety.ts',
  'server/cli/classify.ts',
  'server/cli/autoplay.ts',
  'bench/bench.ts',
];

describe('every command, given a flag it does not know', () => {
  it.each(COMMANDS)(
    '%s says which flag and exits 2',
    (file) => {
      const out = spawnSync('npx', ['tsx', file, '--no-such-flag'], { encoding: 'utf8', timeout: 60_000, input: '' });
      expect(out.status).toBe(2);
      expect(out.stderr).toContain("'--no-such-flag'");
      expect(out.stderr).not.toMatch(/\n\s+at /);
    },
    70_000,
  );
});
