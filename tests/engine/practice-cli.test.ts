// `npm run practice` without a terminal: replies piped on stdin, one per line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAR_REPLIES, loadScenarios, REPO } from './engine-test-kit.js';

const TSX = join(REPO, 'node_modules/.bin/tsx');
const PRACTICE = join(REPO, 'server/cli/practice.ts');

function practice(args: string[], stdin = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [PRACTICE, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const scenarios = loadScenarios();
const scenario = scenarios[0];
const replies = [
  CLEAR_REPLIES.validating[0],
  CLEAR_REPLIES.defensive[0],
  CLEAR_REPLIES.minimizing[0],
  CLEAR_REPLIES.neutral[0],
  '/hint',
  CLEAR_REPLIES.validating[1],
  '/rewind 2',
  CLEAR_REPLIES.validating[2],
  '/report',
  CLEAR_REPLIES.validating[3],
].join('\n');

// Each test starts tsx processes: on a loaded machine that alone can take several seconds.
describe.skipIf(!scenario)('npm run practice with piped replies', { timeout: 60_000 }, () => {
  it('prints the same transcript every time for the same seed, naming each reply’s label', async () => {
    const args = ['--scenario', scenario?.id ?? '', '--seed', '42'];
    const [first, second, otherSeed] = await Promise.all([
      practice(args, replies),
      practice(args, replies),
      practice(['--scenario', scenario?.id ?? '', '--seed', '43'], replies),
    ]);
    // A different seed can change the conversation; the same seed never does.
    expect(otherSeed.stdout).not.toBe(first.stdout);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(second.stdout).toBe(first.stdout);
    // Before the partner speaks, what the user did: the facts the questions are about.
    const before = first.stdout.slice(0, first.stdout.indexOf(`${scenario?.partner.name} (`));
    expect(before).toContain(`What you did (${scenario?.partner.name} may ask about any of it):`);
    expect(before.split('\n').filter((line) => line.startsWith('  - ')).length).toBe(scenario?.facts.length);
    const feedback = first.stdout.split('\n').filter((line) => line.startsWith('  ['));
    // The opening asks a question: an apology in place of the answer is neutral (taxonomy v2).
    expect(feedback.map((line) => /^ {2}\[(\w+) /.exec(line)?.[1])).toEqual([
      'neutral',
      'defensive',
      'minimizing',
      'neutral',
      'validating',
      'validating',
      'validating',
    ]);
    expect(first.stdout).toContain('(rewound to turn 2)');
    expect(first.stdout).toContain('  hint: ');
    expect(first.stdout).toContain('── Report:');
    expect(first.stdout).toMatch(/turn {2}emotion {5}intensity/);
  });

  it('--list prints one scenario a line, its id first', async () => {
    const { code, stdout } = await practice(['--list']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.map((line) => line.split(' ')[0])).toEqual(scenarios.map((s) => s.id));
  });

  it('--autoplay honest prints a seeded conversation in which every question is answered and heard', async () => {
    const args = ['--scenario', 'hidden-debt', '--seed', '4', '--autoplay', 'honest'];
    const [first, second] = await Promise.all([practice(args), practice(args)]);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    const asked = first.stdout.split('\n').filter((line) => / · asks \([a-z-]+\)\): /.test(line)).length;
    const answered = first.stdout.split('\n').filter((line) => line.includes("heard: answered Jo's question")).length;
    expect(asked).toBeGreaterThan(2);
    expect(answered).toBeGreaterThanOrEqual(asked - 1);
    expect(first.stdout).not.toContain('did not answer');
    expect(first.stdout).toContain('(Jo is still hurt, but willing to keep talking.)');
  });

  it('names an unknown scenario and exits with an error', async () => {
    const { code, stderr } = await practice(['--scenario', 'no-such-scenario']);
    expect(code).toBe(2);
    expect(stderr).toContain('No scenario no-such-scenario');
  });
});
