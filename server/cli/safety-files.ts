// The safety check's files: the evaluation file (eval/safety.jsonl, for measuring only), the crisis
// model's training files (server/engine/safety/training/*.jsonl, one per writer) and where the
// trained model goes. The hash covers every training line and the code that turns a reply into
// features, so a change to either retrains on the next `npm run train`.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CRISIS_PATTERNS, FIGURES_OF_SPEECH, parseSafetyLines, type TrainingLine } from '../engine/training.js';
import { jsonlFileNames } from './jsonl-files.js';

export const SAFETY_FILE = fileURLToPath(new URL('../../eval/safety.jsonl', import.meta.url));
const SAFETY_DIR = fileURLToPath(new URL('../engine/safety/', import.meta.url));
export const TRAINING_DIR = join(SAFETY_DIR, 'training');
export const CRISIS_MODEL_FILE = join(SAFETY_DIR, 'crisis-model.generated.json');
/**
 * Ordinary practice replies, none a crisis: the classifier's corpus, and the true answers the
 * scenarios give (what someone owning up says when asked). What most replies look like.
 */
export const PRACTICE_DIR = fileURLToPath(new URL('../engine/classifier/corpus/', import.meta.url));
const SCENARIO_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));
export const PRACTICE_SOURCE = 'practice-corpus';
/**
 * The corpus batches the crisis model learns ordinary replies from. Not every batch by default:
 * ordinary replies pull a confession's words toward "no crisis", so a batch joins only when
 * leave-one-writer-out recall and the corpus's own false pauses are measured with it (`npm run
 * train:safety` prints both). Three batches tried on 2026-12-07 took held-out recall from 0.591 to
 * 0.575 and the safety file from 302 to 290 of 414 crisis lines.
 */
export const CRISIS_ORDINARY_BATCHES: readonly string[] = [
  'formal-british',
  'hard-terse',
  'long-mixed',
  'non-native',
  'original',
  'own-repairs',
  'questions-us',
  'scenario-answers',
  'texting',
];

/** The code whose change changes the features or the training. */
const CODE = [
  'crisis-text.ts',
  'figures-of-speech.ts',
  'crisis-words.ts',
  'crisis-patterns.ts',
  'crisis-reading.ts',
  'crisis-concepts.ts',
  'crisis-features.ts',
  'crisis-model.ts',
  '../classifier/packed-table.ts', // shared with the classifier's models
  '../classifier/feature-hash.ts',
  '../rng.ts', // the order training visits the lines in
  'train-crisis-model.ts',
];

/**
 * Every training line, its `source` the file (writer) it comes from, files in name order; the
 * crisis patterns' and figures' own examples; then the ordinary practice replies (corpus and
 * scenario answers) as lines of kind `ordinary`.
 */
export function readTrainingLines(dir = TRAINING_DIR): { lines: TrainingLine[]; hash: string } {
  const hash = createHash('sha256');
  const lines: TrainingLine[] = [];
  for (const name of trainingFileNames(dir)) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const source = basename(name, '.jsonl');
    for (const line of parseSafetyLines(text, file)) lines.push({ ...line, source });
  }
  const seen = new Set(lines.map((line) => line.text.toLowerCase()));
  lines.push(...patternExamples().filter((line) => !seen.has(line.text.toLowerCase())));
  for (const name of trainingFileNames(PRACTICE_DIR).filter((n) =>
    CRISIS_ORDINARY_BATCHES.includes(basename(n, '.jsonl')),
  )) {
    const text = readFileSync(join(PRACTICE_DIR, name), 'utf8');
    for (const raw of text.split('\n')) {
      if (raw.trim() === '') continue;
      const reply = (JSON.parse(raw) as { text: string }).text;
      lines.push({ text: reply, crisis: false, kind: 'ordinary', source: PRACTICE_SOURCE });
    }
  }
  for (const name of readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const text = readFileSync(join(SCENARIO_DIR, name), 'utf8');
    for (const reply of answersIn(parse(text))) {
      lines.push({ text: reply, crisis: false, kind: 'ordinary', source: PRACTICE_SOURCE });
    }
  }
  for (const line of lines) hash.update(JSON.stringify(line)).update('\n');
  for (const name of CODE) hash.update(name).update(readFileSync(join(SAFETY_DIR, name), 'utf8'));
  return { lines, hash: hash.digest('hex') };
}

/**
 * The replies each crisis pattern must catch and must leave alone, and the figures of speech:
 * development examples by the writer of dev-examples.jsonl, and counted as that writer's.
 */
export function patternExamples(): TrainingLine[] {
  const source = 'dev-examples';
  return [
    ...CRISIS_PATTERNS.flatMap((p) => [
      ...p.fires.map((text) => ({ text, crisis: true, kind: p.leverage ? 'leverage' : p.kind, source })),
      ...(p.doesNotFire ?? []).map((text) => ({ text, crisis: false, kind: 'pattern-near-miss', source })),
    ]),
    ...FIGURES_OF_SPEECH.flatMap((f) => f.examples.map((text) => ({ text, crisis: false, kind: 'idiom', source }))),
  ];
}

/** Every `answer` of a scenario, wherever it sits. */
function answersIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(answersIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'answer' && typeof inner === 'string' ? [inner] : answersIn(inner),
  );
}

export function trainingFileNames(dir = TRAINING_DIR): string[] {
  return jsonlFileNames(dir);
}
