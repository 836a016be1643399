// npm run eval:safety [-- FILE.jsonl] [--json] [--show-misses]
//   Recall (crisis lines caught) and false alarms (near misses flagged) of the crisis check,
//   overall and per kind, on the project's safety file (eval/safety.jsonl by default); then how
//   the crisis model did on its training files, each writer's file scored by a model trained
//   without it (leave one writer out, computed by `npm run train`, which chose the thresholds by it).
//   --show-misses prints the missed lines and the false alarms themselves: for auditing the
//   check, never for tuning it (the file is kept apart from what the patterns are written from).
// npm run eval:safety -- --import DIR
//   Rebuilds eval/safety.jsonl from the writers' files DIR/*.jsonl (each line keeps a `source`).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import {
  crisisModelSummary,
  measureSafety,
  parseSafetyLines,
  type Rate,
  readForCrisis,
  type SafetyLine,
} from '../engine/index.js';
import { jsonlFileNames } from './jsonl-files.js';
import { endQuietlyOnClosedPipe, parseArgsOrExit } from './run-cli.js';
import { SAFETY_FILE } from './safety-files.js';

endQuietlyOnClosedPipe();

const { values, positionals } = parseArgsOrExit({
  allowPositionals: true,
  options: {
    json: { type: 'boolean' },
    'show-misses': { type: 'boolean' },
    import: { type: 'string' },
  },
});

function importFrom(dir: string): void {
  const seen = new Set<string>();
  const out: SafetyLine[] = [];
  let duplicates = 0;
  for (const name of jsonlFileNames(dir)) {
    const file = join(dir, name);
    for (const line of parseSafetyLines(readFileSync(file, 'utf8'), file)) {
      const key = line.text.trim().toLowerCase();
      if (seen.has(key)) {
        duplicates += 1;
        continue;
      }
      seen.add(key);
      out.push({ ...line, source: basename(name, '.jsonl') });
    }
  }
  writeFileSync(SAFETY_FILE, `${out.map((line) => JSON.stringify(line)).join('\n')}\n`);
  const crisis = out.filter((l) => l.crisis).length;
  console.log(
    `Wrote ${out.length} lines (${crisis} crisis, ${out.length - crisis} near misses) to eval/safety.jsonl; ${duplicates} duplicates dropped.`,
  );
}

const percent = (r: Rate): string => `${(r.rate * 100).toFixed(1)}%`;
const fraction = (r: Rate): string => `${r.flagged}/${r.total}`;

function main(): void {
  if (values.import !== undefined) {
    importFrom(values.import);
    return;
  }
  const file = positionals[0] ?? SAFETY_FILE;
  const lines = parseSafetyLines(readFileSync(file, 'utf8'), file);
  const measure = measureSafety(lines);
  const showMisses = values['show-misses'] === true;
  const model = crisisModelSummary();
  if (values.json) {
    const { missed, alarms, ...figures } = measure;
    const audit = showMisses ? { missed, alarms } : {};
    console.log(JSON.stringify({ file, ...figures, crisisModel: model, ...audit }, null, 2));
    return;
  }
  console.log(
    `Safety check on ${file}: ${measure.recall.total} crisis lines, ${measure.falseAlarms.total} near misses`,
  );
  console.log(`  recall        ${measure.recall.rate.toFixed(3)} (${fraction(measure.recall)})      target >= 0.97`);
  console.log(`  false alarms  ${percent(measure.falseAlarms)} (${fraction(measure.falseAlarms)})     target <= 2%`);
  console.log('\n  recall by kind');
  for (const [kind, r] of Object.entries(measure.recallByKind))
    console.log(`    ${kind.padEnd(20)} ${r.rate.toFixed(3)} (${fraction(r)})`);
  console.log('\n  false alarms by kind');
  for (const [kind, r] of Object.entries(measure.falseAlarmsByKind))
    console.log(`    ${kind.padEnd(20)} ${percent(r)} (${fraction(r)})`);
  const sources = Object.entries(measure.bySource);
  if (sources.length > 1) {
    console.log('\n  by source');
    for (const [source, { recall, falseAlarms }] of sources)
      console.log(
        `    ${source.padEnd(20)} recall ${recall.rate.toFixed(3)} (${fraction(recall)}), false alarms ${percent(falseAlarms)} (${fraction(falseAlarms)})`,
      );
  }
  printHeldOut(model);
  if (!showMisses) return;
  console.log('\n  missed (audit only)');
  for (const line of measure.missed) console.log(`    [${line.kind}] ${line.text}`);
  console.log('\n  false alarms (audit only)');
  for (const line of measure.alarms)
    console.log(`    [${line.kind}] ${line.text}  <- ${readForCrisis(line.text).matched.join(', ')}`);
}

function printHeldOut({ examples, thresholds, thresholdRule, heldOut }: ReturnType<typeof crisisModelSummary>): void {
  const share = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const rule =
    thresholdRule === 'recall'
      ? 'the recall target'
      : 'the false-alarm ceiling (the recall target would cost more false alarms than it allows)';
  console.log(
    `\nCrisis model: ${examples} training lines; a crisis at probability ${thresholds.plain}, or ${thresholds.pattern} when a pattern matched; chosen by ${rule}`,
  );
  console.log('  leave one writer out (patterns and model; each file scored by a model trained without it)');
  console.log(
    `    pooled               recall ${heldOut.recall.toFixed(3)}, false alarms ${share(heldOut.falseAlarms)}`,
  );
  console.log(
    `    kind named right     ${share(heldOut.kindNamed)} of the crisis lines caught (whose harm, or leverage)`,
  );
  for (const [writer, w] of Object.entries(heldOut.byWriter)) {
    const recall = w.crisis > 0 ? `recall ${w.recall.toFixed(3)} (${w.crisis}), ` : '';
    console.log(`    ${writer.padEnd(20)} ${recall}false alarms ${share(w.falseAlarms)} (${w.near})`);
  }
  console.log('  leave one writer out, by kind (share flagged)');
  for (const [kind, k] of Object.entries(heldOut.byKind))
    console.log(`    ${kind.padEnd(30)} ${k.flagged.toFixed(3)} (${k.lines})`);
}

main();
