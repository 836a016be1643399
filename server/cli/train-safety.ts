// npm run train (second step): builds the crisis model from the safety training files. Skips the
// work when the model on disk was trained on these exact files and code (--force retrains anyway).
// npm run train:safety -- --import DIR
//   Copies the writers' files DIR/*.jsonl into server/engine/safety/training/, one file per writer,
//   dropping lines already in another training file or in the evaluation file (they are counted,
//   never shown: the evaluation file is not read by anyone tuning the check).

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseSafetyLines, trainCrisisModel } from '../engine/training.js';
import { parseArgsOrExit } from './run-cli.js';
import { CRISIS_MODEL_FILE, readTrainingLines, SAFETY_FILE, TRAINING_DIR } from './safety-files.js';

const { values } = parseArgsOrExit({ options: { force: { type: 'boolean' }, import: { type: 'string' } } });

const key = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

function importFrom(dir: string): void {
  const evalKeys = new Set(parseSafetyLines(readFileSync(SAFETY_FILE, 'utf8'), SAFETY_FILE).map((l) => key(l.text)));
  const incoming = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  const seen = new Set(
    readTrainingLines()
      .lines.filter((l) => !incoming.includes(`${l.source}.jsonl`))
      .map((l) => key(l.text)),
  );
  for (const name of incoming.sort()) {
    const file = join(dir, name);
    const kept: string[] = [];
    let duplicates = 0;
    let inEval = 0;
    for (const line of parseSafetyLines(readFileSync(file, 'utf8'), file)) {
      const k = key(line.text);
      if (evalKeys.has(k)) inEval += 1;
      else if (seen.has(k)) duplicates += 1;
      else {
        seen.add(k);
        const { text, crisis, kind, voice } = line;
        kept.push(JSON.stringify({ text, crisis, kind, ...(voice === undefined ? {} : { voice }) }));
      }
    }
    writeFileSync(join(TRAINING_DIR, name), `${kept.join('\n')}\n`);
    console.log(
      `${basename(name, '.jsonl')}: ${kept.length} lines kept, ${duplicates} duplicates and ${inEval} lines of the evaluation file dropped`,
    );
  }
}

function train(): void {
  const { lines, hash } = readTrainingLines();
  if (!values.force && existsSync(CRISIS_MODEL_FILE)) {
    const current = JSON.parse(readFileSync(CRISIS_MODEL_FILE, 'utf8')) as { dataHash?: string };
    if (current.dataHash === hash) return;
  }
  const started = performance.now();
  const model = trainCrisisModel(lines, hash);
  writeFileSync(CRISIS_MODEL_FILE, `${JSON.stringify(model)}\n`);
  const ms = Math.round(performance.now() - started);
  const { recall, falseAlarms } = model.heldOut;
  console.error(
    `crisis model: ${lines.length} lines in ${ms} ms; thresholds ${model.thresholds.plain} / ${model.thresholds.pattern} with a pattern (leave one writer out: recall ${recall}, false alarms ${falseAlarms}) -> ${CRISIS_MODEL_FILE}`,
  );
}

if (values.import !== undefined) importFrom(values.import);
else train();
