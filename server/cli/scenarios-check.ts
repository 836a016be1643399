// `npm run scenarios:check [files...]`: validates scenario files (default: every file in
// scenarios/) and prints `file:line field: message` for every problem. Exit 1 if there is any.
import { resolve } from 'node:path';
import { formatProblem, loadScenarioFiles, scenarioFilesIn } from '../scenario-files.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const files = args.length > 0 ? args.map((file) => resolve(file)) : await scenarioFilesIn();
  const { scenarios, problems } = await loadScenarioFiles(files, { displayRoot: process.cwd() });
  for (const problem of problems) console.log(formatProblem(problem));
  const failed = files.length - scenarios.size;
  if (problems.length > 0) {
    console.log(
      `\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${failed} of ${files.length} file${files.length === 1 ? '' : 's'}.`,
    );
    return 1;
  }
  console.log(`${files.length} scenario file${files.length === 1 ? '' : 's'} OK: ${[...scenarios.keys()].join(', ')}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
  },
);
