// The scenario files and their checker: content writers rely on `npm run scenarios:check` to say
// exactly where a problem is.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EMOTIONS, LABELS, parseScenario, ScenarioError } from '../../server/engine/index.js';
import { loadScenarioDir } from '../../server/scenario-files.js';
import { FIXTURE_DIR, REPO, scenarioFiles } from './engine-test-kit.js';

const run = promisify(execFile);
const TSX = join(REPO, 'node_modules/.bin/tsx');
const CHECK = join(REPO, 'server/cli/scenarios-check.ts');
const BROKEN = 'tests/fixtures/broken-scenarios/broken-partner.yaml';

describe('the scenarios in scenarios/', () => {
  const files = scenarioFiles();

  it('there are at least six of them', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files.map((file) => [file.split('/').pop() as string, file]))('%s validates', (_name, file) => {
    const scenario = parseScenario(readFileSync(file, 'utf8'), file);
    for (const emotion of EMOTIONS)
      for (const label of LABELS)
        expect(scenario.lines[emotion][label].length, `${emotion} x ${label}`).toBeGreaterThanOrEqual(3);
  });

  it('load together with distinct ids through the file adapter', async () => {
    const scenarios = await loadScenarioDir();
    expect(scenarios.size).toBe(files.length);
  });
});

describe('npm run scenarios:check', () => {
  it('passes on the fixture and exits 0', async () => {
    const { stdout } = await run(TSX, [CHECK, join(FIXTURE_DIR, 'fixture-partner.yaml')], { cwd: REPO });
    expect(stdout).toContain('1 scenario file OK: fixture-partner');
  });

  it('names the file, field and line of every problem in a broken file and exits 1', async () => {
    const failure = await run(TSX, [CHECK, BROKEN], { cwd: REPO }).then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const lines = failure?.stdout.split('\n') ?? [];
    const expected = [
      `${BROKEN}:4 id: must be kebab-case`,
      `${BROKEN}:9 mood: is not a field this format knows`,
      `${BROKEN}:16 start.emotion: must be one of: anger, sadness, numbness, confusion (got "furious")`,
      `${BROKEN}:29 lines.anger.validating: needs at least 3 entries (has 2)`,
      `${BROKEN}:29 lines.anger.validating[0]: uses {pet}, which is not defined under slots`,
      `${BROKEN}:37 lines.sadness.neutral[4]: repeats the line at lines.sadness.neutral[0]`,
      `${BROKEN}:55 beats[1]: needs exactly one of \`at\` (a turn) or \`when\` (a condition)`,
    ];
    for (const start of expected)
      expect(
        lines.some((line) => line.startsWith(start)),
        start,
      ).toBe(true);
    expect(failure?.stdout).toContain('7 problems in 1 of 1 file.');
  });
});

describe('parseScenario', () => {
  const fixture = readFileSync(join(FIXTURE_DIR, 'fixture-partner.yaml'), 'utf8');

  function problemsOf(text: string, file = 'fixture-partner.yaml') {
    try {
      parseScenario(text, file);
    } catch (error) {
      if (error instanceof ScenarioError) return error.problems;
      throw error;
    }
    return [];
  }

  it('refuses a format it does not know, naming the field and line', () => {
    const problems = problemsOf(fixture.replace('format: 1', 'format: 2'));
    expect(problems).toEqual([
      {
        file: 'fixture-partner.yaml',
        field: 'format',
        line: 3,
        message: expect.stringContaining('format 2 is not known'),
      },
    ]);
  });

  it('reports a missing field at its parent', () => {
    const problems = problemsOf(fixture.replace(/^ {2}repair_trust: 65\n/m, ''));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'tuning.repair_trust', line: 18, message: 'is missing' }),
    );
  });

  it('reports a YAML syntax error with its line', () => {
    const problems = problemsOf(fixture.replace('title: The fixture', 'title: [The fixture'));
    expect(problems[0]?.message).toMatch(/^YAML syntax/);
    expect(problems[0]?.line).toBeGreaterThanOrEqual(5);
  });

  it('asks the id to match the file name', () => {
    const problems = problemsOf(fixture, 'scenarios/another-name.yaml');
    expect(problems).toEqual([
      expect.objectContaining({ field: 'id', line: 4, message: 'must match the file name (expected another-name)' }),
    ]);
  });

  it('finds an undefined slot in a beat and a numeric field out of range', () => {
    const text = fixture
      .replace('strain_limit: 6', 'strain_limit: 40')
      .replace('[beat at 4] I keep seeing', '[beat at 4] {who} keeps seeing');
    const problems = problemsOf(text);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['19 tuning.strain_limit', '50 beats[0].line']);
  });
});
