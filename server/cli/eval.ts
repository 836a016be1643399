// npm run eval                                 the challenge file and ../shared/eval/*.jsonl (if present)
// npm run eval -- FILE.jsonl [FILE...]         those files
// npm run eval -- --cv 5                       5-fold cross-validation of the corpus
// npm run eval -- --lobo                       leave-one-batch-out: train without one writer's batch, test on it
//   --json                                     one JSON object per report, for machines
//   --errors OUT.jsonl                         the misjudged replies (of every report), one per line
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';

import { classifyReply, evaluate, LABELS } from '../engine/index.js';
import { defaultEvalFiles, readJsonl } from './corpus-files.js';
import { crossValidate, leaveOneBatchOut, type Named } from './held-out.js';
import { endQuietlyOnClosedPipe, parseArgsOrExit } from './run-cli.js';

endQuietlyOnClosedPipe();

const { values, positionals } = parseArgsOrExit({
  allowPositionals: true,
  options: {
    json: { type: 'boolean' },
    errors: { type: 'string' },
    cv: { type: 'string' },
    lobo: { type: 'boolean' },
  },
});

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(report: Named): void {
  console.log(`${report.name}: ${report.items} replies`);
  console.log(
    `macro-F1 ${report.macroF1.toFixed(3)}   accuracy ${pct(report.accuracy)}   false praise ${pct(report.falsePraiseRate)}   false blame ${pct(report.falseBlameRate)}`,
  );
  console.log(
    `answers to questions ${pct(report.answers.accuracy)} right (${report.answers.items} replies)   calibration error (ECE) ${report.ece.toFixed(3)}`,
  );
  console.log('');
  console.log('label        precision  recall   F1      n');
  for (const l of LABELS) {
    const s = report.perLabel[l];
    console.log(
      `${l.padEnd(12)} ${s.precision.toFixed(3).padStart(9)} ${s.recall.toFixed(3).padStart(7)} ${s.f1.toFixed(3).padStart(6)} ${String(s.support).padStart(6)}`,
    );
  }
  console.log('');
  console.log('confusion (rows: expected, columns: predicted)');
  console.log(`${''.padEnd(12)} ${LABELS.map((l) => l.slice(0, 10).padStart(10)).join(' ')}`);
  for (const e of LABELS)
    console.log(`${e.padEnd(12)} ${LABELS.map((p) => String(report.confusion[e][p]).padStart(10)).join(' ')}`);
  console.log('');
}

function main(): number {
  const cv = values.cv === undefined ? undefined : Number(values.cv);
  if (cv !== undefined && !(Number.isInteger(cv) && cv >= 2)) {
    console.error('--cv needs a whole number of folds, 2 or more');
    return 2;
  }
  const reports: Named[] = [];
  if (cv !== undefined) reports.push(crossValidate(cv));
  if (values.lobo) reports.push(...leaveOneBatchOut());
  const files = positionals.length > 0 ? positionals : cv === undefined && !values.lobo ? defaultEvalFiles() : [];
  for (const file of files) reports.push({ name: basename(file), ...evaluate(readJsonl(file), classifyReply) });
  if (reports.length === 0) {
    console.error('nothing to score: no challenge file and no ../shared/eval; pass FILE.jsonl, --cv 5 or --lobo');
    return 2;
  }
  if (values.errors) {
    const lines = reports.flatMap((r) => r.errors.map((e) => JSON.stringify({ report: r.name, ...e })));
    writeFileSync(values.errors, `${lines.join('\n')}\n`);
  }
  for (const report of reports) {
    if (values.json) {
      const { errors, scored, ...rest } = report;
      console.log(JSON.stringify({ ...rest, errors: errors.length }));
    } else print(report);
  }
  return 0;
}

process.exitCode = main();
