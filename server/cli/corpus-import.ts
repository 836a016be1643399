// npm run corpus:import -- BATCH.jsonl [--name NAME] [--dry-run]
// npm run corpus:import -- CHALLENGE.jsonl --challenge [--name challenge-2]   a challenge file, kept apart from the corpus
// Brings a writer's batch into the corpus (server/engine/classifier/corpus/NAME.jsonl) after checking
// it: every field valid (format in server/engine/classifier/corpus/CORPUS.md), no reply already in
// the corpus or twice in the batch, and no line too close to a line of the shared measuring sets
// (those are dropped and counted; only their ids are printed). Prints what was kept, by label,
// question kind, betrayal and voice. Re-importing a batch replaces its file.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { asksForInformation } from '../engine/training.js';
import { EMOTIONS, LABELS, QUESTION_KINDS, SIGNALS } from '../engine/types.js';
import {
  CHALLENGE_DIR,
  CORPUS_DIR,
  challengeFiles,
  closeDevLineFinder,
  readCorpus,
  readJsonl,
  SHARED_EVAL_FILES,
} from './corpus-files.js';
import { parseArgsOrExit } from './run-cli.js';

const QUESTIONS: readonly string[] = [...QUESTION_KINDS, 'rhetorical', 'everyday', 'none'];
const FIELDS = [
  'partner',
  'question',
  'text',
  'label',
  'signals',
  'betrayal',
  'emotion',
  'voice',
  'parts',
  'hard',
] as const;

type Row = Record<string, unknown>;

function problemOf(row: Row): string | undefined {
  if (typeof row.partner !== 'string' || row.partner.trim() === '') return 'partner is missing';
  if (!QUESTIONS.includes(row.question as string)) return `question "${String(row.question)}" is not a known kind`;
  if (typeof row.text !== 'string' || row.text.trim() === '') return 'text is missing';
  if (!LABELS.includes(row.label as never)) return `label "${String(row.label)}" is not a label`;
  if (!Array.isArray(row.signals) || row.signals.some((s) => !SIGNALS.includes(s as never)))
    return 'a signal is unknown';
  if (typeof row.betrayal !== 'string' || !/^[a-z]+(?:-[a-z]+)*$/.test(row.betrayal)) return 'betrayal is missing';
  if (!EMOTIONS.includes(row.emotion as never)) return `emotion "${String(row.emotion)}" is not an emotion`;
  if (typeof row.voice !== 'string' || row.voice === '') return 'voice is missing';
  if (row.parts !== undefined) {
    const parts = row.parts as Array<{ text?: unknown; label?: unknown }>;
    if (!Array.isArray(parts) || parts.some((p) => typeof p.text !== 'string' || !LABELS.includes(p.label as never)))
      return 'a part needs text and a label';
    if (parts.map((p) => p.text).join(' ') !== row.text) return 'the parts joined with spaces are not the text';
  }
  for (const key of Object.keys(row)) if (!FIELDS.includes(key as never)) return `unknown field "${key}"`;
  return undefined;
}

/** Two replies are the same if their words are, whatever the case and punctuation. */
export function sameReplyKey(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
  // A reply of only emoji or dots is its own key.
  return words || text.trim();
}

export function contextKey(text: string, partner: string | undefined): string {
  return `${sameReplyKey(text)}\u0000${sameReplyKey(partner ?? '')}`;
}

function countBy(rows: Row[], key: string): string {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(String(r[key]), (counts.get(String(r[key])) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

function main(): number {
  const { values, positionals } = parseArgsOrExit({
    allowPositionals: true,
    options: { name: { type: 'string' }, 'dry-run': { type: 'boolean' }, challenge: { type: 'boolean' } },
  });
  const source = positionals[0];
  if (!source) {
    console.error('usage: npm run corpus:import -- BATCH.jsonl [--name NAME] [--dry-run]');
    return 2;
  }
  const name = values.name ?? (values.challenge ? 'challenge' : basename(source, '.jsonl'));
  if (!/^[a-z0-9-]+$/.test(name)) {
    console.error('the batch name is lowercase letters, digits and dashes');
    return 2;
  }
  if (!SHARED_EVAL_FILES.every((f) => existsSync(f))) {
    console.error(`the shared measuring sets are needed for the closeness check: ${SHARED_EVAL_FILES.join(', ')}`);
    return 2;
  }
  const target = join(values.challenge ? CHALLENGE_DIR : CORPUS_DIR, `${name}.jsonl`);
  // A challenge file shares no reply with any batch or other challenge file; a batch none with the
  // other batches.
  const others = [
    ...readCorpus().items.filter((i) => values.challenge || i.batch !== name),
    ...(values.challenge
      ? challengeFiles()
          .filter((f) => f !== target)
          .flatMap(readJsonl)
      : []),
  ];
  // The same short reply to a different partner line is a different example ("Yes." to a question
  // and to an accusation): a duplicate is the same reply to the same line.
  const seen = new Set(others.map((i) => contextKey(i.text, i.partner)));
  const closeTo = closeDevLineFinder();
  const kept: Row[] = [];
  const dropped = { invalid: 0, duplicate: 0, tooClose: 0 };
  readFileSync(source, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let row: Row;
      try {
        row = JSON.parse(line) as Row;
      } catch {
        console.error(`line ${i + 1}: not JSON`);
        dropped.invalid++;
        return;
      }
      const problem = problemOf(row);
      if (problem) {
        console.error(`line ${i + 1}: ${problem}`);
        dropped.invalid++;
        return;
      }
      const key = contextKey(row.text as string, row.partner as string);
      if (seen.has(key)) {
        dropped.duplicate++;
        return;
      }
      const near = closeTo(row.text as string);
      if (near) {
        console.error(`line ${i + 1}: too close to ${near}`);
        dropped.tooClose++;
        return;
      }
      seen.add(key);
      kept.push(Object.fromEntries(FIELDS.filter((f) => row[f] !== undefined).map((f) => [f, row[f]])));
    });
  const asked = kept.filter((r) => asksForInformation(r.question as never)).length;
  console.log(
    `${name}: kept ${kept.length}; dropped ${dropped.invalid} invalid, ${dropped.duplicate} duplicates, ${dropped.tooClose} too close to a dev line`,
  );
  console.log(`asks for information: ${asked} (${Math.round((100 * asked) / Math.max(1, kept.length))}%)`);
  for (const key of ['label', 'question', 'betrayal', 'voice']) console.log(`${key}: ${countBy(kept, key)}`);
  if (!values['dry-run']) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `${kept.map((r) => JSON.stringify(r)).join('\n')}\n`);
    console.log(`-> ${target}`);
  }
  return 0;
}

process.exitCode = main();
