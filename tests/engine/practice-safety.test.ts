// The terminal's safety check-in (`npm run practice`, replies piped on stdin): a crisis reply pauses
// the practice, prints the notice with the region's lines, and asks the same check-in as every
// client; "1" goes on, "2" shows the lines again and ends the practice. Anything else is asked again.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAR_REPLIES, loadScenarios, REPO } from './engine-test-kit.js';

const TSX = join(REPO, 'node_modules/.bin/tsx');
const PRACTICE = join(REPO, 'server/cli/practice.ts');

function practice(args: string[], lines: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(TSX, [PRACTICE, ...args], {
      cwd: REPO,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    });
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
    child.stdin.end(lines.join('\n'));
  });
}

const scenario = loadScenarios()[0];
const CRISIS = 'honestly i dont know if i want to be here anymore';
const SORRY = CLEAR_REPLIES.validating[0] as string;
const QUESTION =
  /how are you\? Type the number:\n {3}1 {2}I'm safe and want to keep practising\n {3}2 {2}I need help now/;

// Each case starts one or two practice processes (tsx, then the engine and its model): under a
// full parallel run on two shared cores one start has taken over 10 s, past the 20 s default.
describe.skipIf(!scenario)('npm run practice: the safety check-in', { timeout: 60_000 }, () => {
  const base = ['--scenario', scenario?.id ?? '', '--seed', '5'];

  it("flag -> pause -> notice with the region's lines -> check-in 1 -> the practice resumes", async () => {
    const { code, stdout, stderr } = await practice([...base, '--region', 'GB'], [CRISIS, SORRY, 'maybe', '1', SORRY]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const [beforeCheckIn = '', afterCheckIn = ''] = stdout.split('(Going on.');
    expect(beforeCheckIn).toMatch(/The practice is paused\./);
    expect(beforeCheckIn).toContain('Samaritans: call 116 123.');
    expect(beforeCheckIn).toContain('Emergency services: call 999.');
    // The replies sent while paused were not taken: the question came back each time.
    expect(beforeCheckIn.match(new RegExp(QUESTION.source, 'g'))?.length).toBe(3);
    expect(beforeCheckIn).not.toMatch(/\[(?:validating|defensive|minimizing|neutral) /);
    // After the check-in the next reply is answered and graded (an apology to Owen's yes-or-no
    // question, so neutral: taxonomy v2).
    expect(afterCheckIn).toMatch(/\[(?:validating|neutral) \d/);
    expect(afterCheckIn).toMatch(/turns? · listening score/);
  });

  it('flag -> check-in 2 ("I need help now") -> the lines again -> the practice has ended', async () => {
    const { stdout } = await practice([...base, '--region', 'nz'], ['i want to die', '2', SORRY]);
    const [, afterHelp = ''] = stdout.split('Please reach out now:');
    expect(afterHelp).toContain('Emergency services: call 111.');
    expect(afterHelp).toContain('Need to talk (1737): call 1737, or text 1737. Talk with a trained counsellor');
    expect(afterHelp).toContain('The practice has ended.');
    expect(afterHelp).toMatch(/status ended · 1 turn/);
    expect(afterHelp).toContain('the conversation has ended');
    expect(afterHelp).not.toMatch(/\[validating/);
  });

  it("takes the region from the terminal's locale, and names general help where it has no lines", async () => {
    const fromLocale = await practice(base, [CRISIS, '1'], { LANG: 'en_AU.UTF-8' });
    expect(fromLocale.stdout).toContain('Lifeline: call 13 11 14.');
    const elsewhere = await practice([...base, '--region', 'FR'], [CRISIS, '1']);
    expect(elsewhere.stdout).toContain('Your local emergency number');
    expect(elsewhere.stdout).not.toMatch(/call \d/);
  });

  it('names a threat used as leverage, calmly', async () => {
    const { stdout } = await practice(base, ["if you leave me i'll kill myself", '1']);
    expect(stdout).toMatch(/reads as a threat/);
    expect(stdout).toMatch(/threat, even when the pain behind it is real/);
  });
});
