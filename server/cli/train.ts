// npm run train: builds the classifier's model from the corpus. Skips the work when the model on disk
// was already trained on this exact corpus by this exact code (pass --force to retrain anyway).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { trainModel } from '../engine/training.js';
import { MODEL_FILE, readCorpus, trainingHash } from './corpus-files.js';

const { items } = readCorpus();
const hash = trainingHash();
const force = process.argv.includes('--force');
if (!force && existsSync(MODEL_FILE)) {
  const current = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as { corpusHash?: string };
  if (current.corpusHash === hash) process.exit(0);
}
const started = performance.now();
const model = trainModel(items, hash);
writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
const ms = Math.round(performance.now() - started);
console.error(`trained on ${items.length} replies in ${ms} ms -> ${MODEL_FILE}`);
