// npm run eval -- FILE.jsonl [--json] [--errors OUT.jsonl]   scores the classifier on a labeled file
// npm run eval -- --cv 5 [--json]                              k-fold cross-validation of the own corpus
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  classifyReply,
  classifyWith,
  compileModel,
  type EvaluationReport,
  emptyConfusion,
  evaluate,
  LABELS,
  type Misclassified,
  stratifiedFolds,
  summarize,
  trainModel,
} from '../engine/index.js';
import { readCorpus, readJsonl } from './corpus-files.js';

// `npm run eval ... | head` closes the pipe early: that is the reader being done, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean' }, errors: { type: 'string' }, cv: { type: 'string' } },
});

function crossValidate(k: number): EvaluationReport {
  const { items } = readCorpus();
  const folds = stratifiedFolds(items, k);
  const confusion = emptyConfusion();
  const errors: Misclassified[] = [];
  for (let fold = 0; fold < k; fold++) {
    const model = compileModel(
      trainModel(
        items.filter((_, i) => folds[i] !== fold),
        `fold-${fold}`,
      ),
    );
    const held = items.filter((_, i) => folds[i] === fold);
    const report = evaluate(held, (text, ctx) => classifyWith(model, text, ctx));
    for (const e of LABELS) for (const p of LABELS) confusion[e][p] += report.confusion[e][p];
    errors.push(...report.errors);
  }
  return summarize(confusion, errors, items.length);
}

function print(report: EvaluationReport, title: string): void {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(`${title}: ${report.items} replies`);
  console.log(
    `macro-F1 ${report.macroF1.toFixed(3)}   accuracy ${pct(report.accuracy)}   false praise ${pct(report.falsePraiseRate)}`,
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
  console.log(`confusion (rows: expected, columns: predicted)`);
  console.log(`${''.padEnd(12)} ${LABELS.map((l) => l.slice(0, 10).padStart(10)).join(' ')}`);
  for (const e of LABELS)
    console.log(`${e.padEnd(12)} ${LABELS.map((p) => String(report.confusion[e][p]).padStart(10)).join(' ')}`);
}

const cv = values.cv ? Number(values.cv) : undefined;
const file = positionals[0];
if (cv === undefined && !file) {
  console.error('usage: npm run eval -- FILE.jsonl [--json] [--errors OUT.jsonl]  |  npm run eval -- --cv 5');
  process.exit(2);
}
if (cv !== undefined && !(Number.isInteger(cv) && cv >= 2)) {
  console.error('--cv needs a whole number of folds, 2 or more');
  process.exit(2);
}
const report = cv ? crossValidate(cv) : evaluate(readJsonl(file as string), classifyReply);
if (values.errors) writeFileSync(values.errors, `${report.errors.map((e) => JSON.stringify(e)).join('\n')}\n`);
if (values.json) {
  const { errors, ...rest } = report;
  console.log(JSON.stringify({ ...rest, errors: errors.length }));
} else {
  print(report, cv ? `${cv}-fold cross-validation of the corpus` : (file as string));
}
