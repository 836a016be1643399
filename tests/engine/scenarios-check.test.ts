// The scenario files and their checker: content writers rely on `npm run scenarios:check` to say
// exactly where a problem is.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { EMOTIONS, LABELS, parseScenario, repetitionProblems, ScenarioError } from '../../server/engine/index.js';
import { formatProblem, loadScenarioDir, loadScenarioFiles, repetitionReport } from '../../server/scenario-files.js';
import { FIXTURE_DIR, REPO, scenarioFiles } from './engine-test-kit.js';

const run = promisify(execFile);
const TSX = join(REPO, 'node_modules/.bin/tsx');
const CHECK = join(REPO, 'server/cli/scenarios-check.ts');
const BROKEN = 'tests/fixtures/broken-scenarios/broken-partner.yaml';

describe('the scenarios in scenarios/', () => {
  const files = scenarioFiles();

  it('there are at least eight of them, in format 2', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files.map((file) => [file.split('/').pop() as string, file]))('%s validates', (_name, file) => {
    const scenario = parseScenario(readFileSync(file, 'utf8'), file);
    for (const emotion of EMOTIONS)
      for (const label of LABELS)
        expect(scenario.lines[emotion][label].length, `${emotion} x ${label}`).toBeGreaterThanOrEqual(5);
    expect(scenario.facts.length).toBeGreaterThanOrEqual(6);
    expect(scenario.questions.length).toBeGreaterThanOrEqual(8);
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
      `${BROKEN}:70 questions[2].about: names fact since-july, which is not under facts`,
      `${BROKEN}:133 lines.anger.validating: needs at least 5 entries (has 4)`,
      `${BROKEN}:133 lines.anger.validating[0]: uses {pet}, which is not defined under slots`,
      `${BROKEN}:146 lines.sadness.neutral[4]: repeats the line at lines.sadness.neutral[0]`,
      `${BROKEN}:164 beats[1]: needs something that makes it fire`,
    ];
    for (const start of expected)
      expect(
        lines.some((line) => line.startsWith(start)),
        start,
      ).toBe(true);
    expect(failure?.stdout).toContain('8 problems in 1 of 1 file.');
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
    const problems = problemsOf(fixture.replace('format: 2', 'format: 3'));
    expect(problems).toEqual([
      {
        file: 'fixture-partner.yaml',
        field: 'format',
        line: 4,
        message: expect.stringContaining('format 3 is not known'),
      },
    ]);
  });

  it('refuses format 1, saying what changed and where to read how to move a file on', () => {
    const problems = problemsOf(fixture.replace('format: 2', 'format: 1'));
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'format',
        line: 4,
        message: expect.stringMatching(/^format 1 is no longer read: .*From format 1/),
      }),
    ]);
  });

  it('reports a missing field at its parent', () => {
    const problems = problemsOf(fixture.replace(/^ {2}repair_trust: 65\n/m, ''));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'tuning.repair_trust', line: 19, message: 'is missing' }),
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
      expect.objectContaining({ field: 'id', line: 5, message: 'must match the file name (expected another-name)' }),
    ]);
  });

  it('finds an undefined slot in a beat and a numeric field out of range', () => {
    const text = fixture
      .replace('strain_limit: 6', 'strain_limit: 40')
      .replace('[beat at 4] I keep seeing', '[beat at 4] {who} keeps seeing');
    const problems = problemsOf(text);
    expect(problems.map((p) => `${p.line} ${p.field}`)).toEqual(['20 tuning.strain_limit', '160 beats[0].line']);
  });
});

describe('format 2 rules', () => {
  const example = readFileSync(join(REPO, 'scenarios/hidden-debt.yaml'), 'utf8');

  function problemsIn(text: string) {
    try {
      parseScenario(text, 'scenarios/hidden-debt.yaml');
    } catch (error) {
      if (error instanceof ScenarioError) return error.problems.map((p) => `${p.field}: ${p.message}`);
      throw error;
    }
    return [];
  }

  it('the example, hidden-debt, is a complete format-2 scenario', () => {
    const scenario = parseScenario(example, 'scenarios/hidden-debt.yaml');
    expect(scenario.format).toBe(2);
    expect(scenario.facts.length).toBeGreaterThanOrEqual(6);
    expect(scenario.questions.length).toBeGreaterThanOrEqual(8);
    expect(scenario.lines.anger.high).toBeDefined();
    expect(scenario.lines.sadness.high).toBeDefined();
  });

  it('a true answer the engine would not hear as the answer is named at its line', () => {
    const text = example.replace(
      'answer: "To my work address. I had them redirected there and kept them in my desk drawer."',
      'answer: "Somewhere else."',
    );
    expect(problemsIn(text)).toEqual([
      'questions[4].answer: must tell fact the-letters in words from its mentions, so the engine hears it as the answer',
    ]);
  });

  it('a yes-or-no true answer must start with yes or no', () => {
    const text = example.replace(
      'answer: "Yes. I took £7,700 out of the deposit account',
      'answer: "I took £7,700 out of the deposit account',
    );
    expect(problemsIn(text)).toEqual(['questions[2].answer: answers a yes-or-no question: start with "Yes" or "No"']);
  });

  it('names unknown questions and facts, follow-up loops and a mention shared by two facts', () => {
    const text = example
      .replace('asks: thursday-cash', 'asks: thursday-money')
      .replace('follow_up: any-more', 'follow_up: took-the-deposit')
      .replace('unless_disclosed: the-deposit', 'unless_disclosed: the-savings')
      .replace('[tuesday,', '[tuesday, the debt,');
    expect(problemsIn(text)).toEqual([
      'facts[9].mentions[1]: "the debt" is also a mention of the-debt: one phrase, one fact',
      'questions[2].follow_up: cannot follow up on itself',
      'lines.confusion.validating[4].asks: names question thursday-money, which is not under questions',
      'beats[1].unless_disclosed: names fact the-savings, which is not under facts',
    ]);
  });

  it('quotes of the user only where the beat guarantees them, and "yes or no" lines must ask', () => {
    const text = example
      .replace('"If you say so."', '"If you say so. {told.the-debt}"')
      .replace('    after_promise: true\n', '    at: 9\n')
      .replace('"Sure."', '"Sure. Yes or no."');
    expect(problemsIn(text)).toEqual([
      'lines.numbness.minimizing[1]: uses {told.the-debt}: only a beat with `after_disclosed: the-debt` can quote it (it must have been told)',
      'lines.numbness.minimizing[4]: demands an answer ("yes or no"): link it to its question with `{ line: ..., asks: question-id }`',
      'beats[7].line: uses {promise}: only a beat with `after_promise: true` can quote a promise (it must have been made)',
    ]);
  });

  it('a line that is none of text, { line, asks } and { line, after } gets one plain message', () => {
    const forms = '`{ line: "...", asks: question-id }` or `{ line: "...", after: short | long }`';
    const bare = example.replace('      - "Mm."\n', '      - { line: "Mm." }\n');
    expect(problemsIn(bare)).toEqual([`lines.numbness.neutral[1]: must be a line of text, ${forms} (got a mapping)`]);
    const medium = example.replace('      - "Mm."\n', '      - { line: "Mm.", after: medium }\n');
    expect(problemsIn(medium)).toEqual([`lines.numbness.neutral[1]: must be a line of text, ${forms} (got a mapping)`]);
  });

  it('`after` is read on reaction lines only, and said so where it would be ignored', () => {
    const text = example.replace(/^( {2}- )"([^"\n]+)"$/m, '$1line: "$2"\n    after: short');
    expect(text).not.toBe(example);
    expect(problemsIn(text)).toEqual([
      'opening[0].after: is read on reaction lines (under `lines:`) only; remove it here',
    ]);
  });
});

describe('the repetition report across scenarios', () => {
  const example = readFileSync(join(REPO, 'scenarios/hidden-debt.yaml'), 'utf8');
  const hiddenDebt = parseScenario(example, 'scenarios/hidden-debt.yaml');

  it('names a partner line that a second scenario also says', () => {
    const copy = parseScenario(example.replace('id: hidden-debt', 'id: copy-debt'), 'copy-debt.yaml');
    const problems = repetitionProblems([
      { file: 'hidden-debt.yaml', scenario: hiddenDebt },
      { file: 'copy-debt.yaml', scenario: { ...copy, lines: { ...hiddenDebt.lines } } },
    ]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({
      file: 'copy-debt.yaml',
      message: expect.stringContaining('is also a line in hidden-debt.yaml'),
    });
  });

  it('names a phrase of four words worn into more than three lines, once, as the longest phrase', () => {
    const worn = example
      .replace('"Okay. Noted."', '"Look at me over the kettle. Noted."')
      .replace('"Fine. That\'s one thing that adds up."', '"Look at me over the kettle, and add it up."')
      .replace('"Right. Put it on the list."', '"Look at me over the kettle. Put it on the list."')
      .replace('"Okay. Whatever."', '"Look at me over the kettle. Whatever."');
    const problems = repetitionProblems([
      { file: 'hidden-debt.yaml', scenario: parseScenario(worn, 'hidden-debt.yaml') },
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/^"look at me over the kettle" is in 4 partner lines/);
    expect(problems[0]?.path).toEqual(['lines', 'numbness', 'defensive', 0]);
  });

  it('the scenarios in the repo share no line and wear no phrase thin', async () => {
    const loaded = await loadScenarioFiles(scenarioFiles(), { displayRoot: REPO });
    expect(repetitionReport(loaded).map(formatProblem)).toEqual([]);
  });
});
