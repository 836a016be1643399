import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'server/cli/classify.ts', ...args], { input, encoding: 'utf8', timeout: 30_000 });

describe('npm run classify', () => {
  it('prints a readable verdict with the label, the words that triggered it and a better way to say it', () => {
    const out = run(["I'm sorry, but you were never home", '--emotion', 'anger']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^DEFENSIVE/);
    expect(out.stdout).toContain('but you');
    expect(out.stdout).toMatch(/try: /);
  });

  it('--jsonl answers every line in order, puts an error in place of a bad line, and exits non-zero at the end', () => {
    const input = [
      JSON.stringify({ text: 'it only happened once' }),
      'not json',
      JSON.stringify({ text: 'I lied to you and that was my choice', emotion: 'sadness' }),
      JSON.stringify({ text: 'ok', emotion: 'furious' }),
      JSON.stringify({ text: '' }),
    ].join('\n');
    const out = run(['--jsonl'], input);
    const lines = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ label: 'minimizing' });
    expect(lines[0].feedback).toHaveProperty('suggestion');
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toMatchObject({ label: 'validating' });
    expect(lines[3].error).toMatch(/emotion/);
    expect(lines[4]).toHaveProperty('error');
    expect(out.status).not.toBe(0);
  });

  it('--jsonl exits 0 when every line is fine', () => {
    const out = run(['--jsonl'], `${JSON.stringify({ text: 'hmm' })}\n`);
    expect(out.status).toBe(0);
  });
});
