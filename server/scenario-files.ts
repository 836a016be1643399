// Adapter: reads scenario YAML files from disk and hands their text to the engine's pure parser.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  fieldLocator,
  formatPath,
  parseScenario,
  repetitionProblems,
  type Scenario,
  ScenarioError,
  type ScenarioProblem,
} from './engine/index.js';

/**
 * <repo>/scenarios, found from this file both when run from source (server/) and when built
 * (dist/server/).
 */
export const SCENARIO_DIR =
  [
    fileURLToPath(new URL('../scenarios/', import.meta.url)),
    fileURLToPath(new URL('../../scenarios/', import.meta.url)),
  ].find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('../scenarios/', import.meta.url));

export interface LoadedScenarios {
  scenarios: Map<string, Scenario>;
  /** Every problem in every file (empty when all loaded). */
  problems: ScenarioProblem[];
  /** Each loaded scenario's file (as shown) and YAML text, for checks across files. */
  sources: Map<string, { file: string; text: string }>;
}

/** The scenario files in a folder, sorted so every run sees them in the same order. */
export async function scenarioFilesIn(dir: string = SCENARIO_DIR): Promise<string[]> {
  const names = await readdir(dir);
  return names
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/**
 * Parses every file, collecting all problems rather than stopping at the first, and checks what
 * only the set can show: two files with the same id.
 */
export async function loadScenarioFiles(
  files: string[],
  options: { displayRoot?: string } = {},
): Promise<LoadedScenarios> {
  const scenarios = new Map<string, Scenario>();
  const problems: ScenarioProblem[] = [];
  const seenIn = new Map<string, string>();
  const sources = new Map<string, { file: string; text: string }>();
  for (const file of files) {
    const shown = options.displayRoot ? relative(options.displayRoot, file) : file;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      problems.push({
        file: shown,
        field: '',
        message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      });
      continue;
    }
    try {
      const scenario = parseScenario(text, shown);
      const earlier = seenIn.get(scenario.id);
      if (earlier) {
        problems.push({
          file: shown,
          field: 'id',
          line: lineOfId(text),
          message: `${scenario.id} is also the id of ${earlier}`,
        });
        continue;
      }
      seenIn.set(scenario.id, shown);
      scenarios.set(scenario.id, scenario);
      sources.set(scenario.id, { file: shown, text });
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      problems.push(...error.problems);
    }
  }
  return { scenarios, problems, sources };
}

/**
 * Lines two scenarios share and stock phrases worn across all of them, with file and line. Only
 * the checker asks: a worn phrase is for a writer to fix, not a reason to refuse to serve.
 */
export function repetitionReport(loaded: LoadedScenarios): ScenarioProblem[] {
  const list = [...loaded.scenarios.entries()].map(([id, scenario]) => {
    const source = loaded.sources.get(id) as { file: string; text: string };
    return { file: source.file, scenario, locate: fieldLocator(source.text) };
  });
  const locate = new Map(list.map((entry) => [entry.file, entry.locate]));
  return repetitionProblems(list).map((problem) => ({
    file: problem.file,
    field: formatPath(problem.path),
    line: locate.get(problem.file)?.(problem.path),
    message: problem.message,
  }));
}

/** Every scenario in the folder, by id; throws a ScenarioError naming every problem in every file. */
export async function loadScenarioDir(dir: string = SCENARIO_DIR): Promise<Map<string, Scenario>> {
  const { scenarios, problems } = await loadScenarioFiles(await scenarioFilesIn(dir), { displayRoot: join(dir, '..') });
  if (problems.length > 0) throw new ScenarioError(problems);
  return scenarios;
}

export function formatProblem(problem: ScenarioProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where} ${problem.field || '(file)'}: ${problem.message}`;
}

function lineOfId(text: string): number | undefined {
  const index = text.split('\n').findIndex((line) => /^id\s*:/.test(line));
  return index >= 0 ? index + 1 : undefined;
}
