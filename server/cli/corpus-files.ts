// Reads the project's labeled corpus (server/engine/classifier/corpus/*.jsonl) in a fixed order.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LabeledReply, parseLabeledLines } from '../engine/training.js';

export const CORPUS_DIR = fileURLToPath(new URL('../engine/classifier/corpus/', import.meta.url));
export const MODEL_FILE = fileURLToPath(new URL('../engine/classifier/model.generated.json', import.meta.url));

export function readCorpus(dir = CORPUS_DIR): { items: LabeledReply[]; hash: string } {
  const hash = createHash('sha256');
  const items: LabeledReply[] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    hash.update(name).update(text);
    items.push(...parseLabeledLines(text, name));
  }
  return { items, hash: hash.digest('hex') };
}

export function readJsonl(file: string): LabeledReply[] {
  return parseLabeledLines(readFileSync(file, 'utf8'), file);
}
