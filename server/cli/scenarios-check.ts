// `npm run scenarios:check [files...]`: validates scenario files (default: every file in
// scenarios/) and prints `file:line field: message` for every problem. Across the files it checks
// also that no partner line is in two scenarios and no phrase is worn thin (repetition-report.ts).
// Exit 1 if there is any problem.
import { resolve } from 'node:path';
import { formatProblem, loadScenarioFiles, repetitionReport, scenarioFilesIn } from '../scenario-files.js';
import { runCli } from './run-cli.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== '--');
  const files = args.length > 0 ? args.map((file) => resolve(file)) : await scenarioFilesIn();
  const loaded = await loadScenarioFiles(files, { displayRoot: process.cwd() });
  const { scenarios, problems } = loaded;
  for (const problem of problems) console.log(formatProblem(problem));
  const failed = files.length - scenarios.size;
  const repeated = repetitionReport(loaded);
  for (const problem of repeated) console.log(formatProblem(problem));
  if (problems.length > 0 || repeated.length > 0) {
    const summary = [];
    if (problems.length > 0)
      summary.push(
        `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${failed} of ${files.length} file${files.length === 1 ? '' : 's'}`,
      );
    if (repeated.length > 0)
      summary.push(
        `${repeated.length} line${repeated.length === 1 ? '' : 's'} or phrase${repeated.length === 1 ? '' : 's'} repeated across the files`,
      );
    console.log(`\n${summary.join('; ')}.`);
    return 1;
  }
  console.log(`${files.length} scenario file${files.length === 1 ? '' : 's'} OK: ${[...scenarios.keys()].join(', ')}`);
  return 0;
}

runCli(main);
