// Reads the project's labeled corpus (server/engine/classifier/corpus/*.jsonl, one file per writer's
// batch) in a fixed order, and the challenge file kept apart from it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LabeledReply, parseLabeledLines } from '../engine/training.js';
import { jsonlFileNames } from './jsonl-files.js';

export const CORPUS_DIR = fileURLToPath(new URL('../engine/classifier/corpus/', import.meta.url));
export const MODEL_FILE = fileURLToPath(new URL('../engine/classifier/model.generated.json', import.meta.url));
/** Written apart from the corpus: never trained on, never used to choose a setting. */
export const CHALLENGE_DIR = fileURLToPath(new URL('../engine/classifier/challenge/', import.meta.url));
export const CHALLENGE_FILE = join(CHALLENGE_DIR, 'challenge.jsonl');

/**
 * Every challenge file, in name order: challenge.jsonl (the first), and any written later. A new one
 * is written when the old one has been read too often to stay unseen (see its README).
 */
export function challengeFiles(): string[] {
  return jsonlFileNames(CHALLENGE_DIR).map((f) => join(CHALLENGE_DIR, f));
}
/**
 * The shared measuring sets: ../shared beside the repo (not in a user's clone), or wherever
 * MEND_SHARED_DIR points (a git worktree has no ../shared of its own).
 */
export const SHARED_DIR = process.env.MEND_SHARED_DIR ?? fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SHARED_EVAL_FILES = ['dev.jsonl', 'dev-context.jsonl'].map((f) => join(SHARED_DIR, 'eval', f));

export function readCorpus(dir = CORPUS_DIR): { items: LabeledReply[]; hash: string } {
  const hash = createHash('sha256');
  const items: LabeledReply[] = [];
  for (const name of jsonlFileNames(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    hash.update(name).update(text);
    const batch = basename(name, '.jsonl');
    for (const item of parseLabeledLines(text, name)) items.push({ ...item, batch });
  }
  return { items, hash: hash.digest('hex') };
}

/** Every corpus reply's words, in the corpus's fixed order (what the autoplay's corpus player says). */
export function corpusTexts(): string[] {
  return readCorpus().items.map((item) => item.text);
}

export function readJsonl(file: string): LabeledReply[] {
  return parseLabeledLines(readFileSync(file, 'utf8'), file);
}

/** The files `npm run eval` scores when given none: the challenge files, and the shared sets if present. */
export function defaultEvalFiles(): string[] {
  return [...challengeFiles(), ...SHARED_EVAL_FILES].filter((f) => existsSync(f));
}

// The code that turns a reply into features and a model (every source file of the classifier): a
// change to any of it makes the model stale.
const CLASSIFIER_DIR = fileURLToPath(new URL('../engine/classifier/', import.meta.url));

/** The corpus and the classifier's code, hashed together: what the trained model file records. */
export function trainingHash(): string {
  const hash = createHash('sha256').update(readCorpus().hash);
  const files = readdirSync(CLASSIFIER_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort();
  for (const file of files) hash.update(file).update(readFileSync(join(CLASSIFIER_DIR, file)));
  // The order training visits the replies in comes from the engine's seeded order.
  hash.update(readFileSync(fileURLToPath(new URL('../engine/rng.ts', import.meta.url))));
  return hash.digest('hex');
}

// ---- closeness to the shared measuring sets -----------------------------------------------------
// A corpus line must not copy or paraphrase a dev line. "Too close" is any of: the same words (four
// or more), a run of six words in common (three of them not function words), or most (four in
// five) of the shorter line's content words, six or more, in the other.
const FUNCTION_WORDS = new Set(
  (
    'i me my you your it its a an the and or but so to of in on at for with is am are was were be been do did does have has had not no that this just im dont didnt ' +
    'we us our he she him her they them their what when where why how who which there here then than if as by from up out about into over again all any some ' +
    'can could will would should shall may might must want wanted know knew tell told ask asked say said said get got go went come make made let ' +
    'ill ive id youre youve its thats theres whats cant wont isnt wasnt arent werent doesnt havent hasnt wouldnt couldnt shouldnt ' +
    'yes yeah ok okay really very too only even still ever never now one please sorry'
  ).split(' '),
);

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export interface Closeness {
  words: string[];
  shingles: Set<string>;
  content: Set<string>;
}

export function closenessOf(text: string): Closeness {
  const words = wordsOf(text);
  const shingles = new Set<string>();
  for (let i = 0; i + 6 <= words.length; i++) {
    const run = words.slice(i, i + 6);
    // Six words of stock phrase ("what was i supposed to do") are not a copy; six with substance are.
    if (run.filter((w) => !FUNCTION_WORDS.has(w)).length >= 3) shingles.add(run.join(' '));
  }
  return { words, shingles, content: new Set(words.filter((w) => !FUNCTION_WORDS.has(w))) };
}

export function tooClose(a: Closeness, b: Closeness): boolean {
  if (a.words.length >= 4 && a.words.join(' ') === b.words.join(' ')) return true;
  for (const s of a.shingles) if (b.shingles.has(s)) return true;
  const [small, large] = a.content.size <= b.content.size ? [a.content, b.content] : [b.content, a.content];
  if (small.size < 6) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.8;
}

/** The shared measuring sets' lines by id (never their text: callers report ids only). */
export function sharedEvalLines(): Array<{ id: string; closeness: Closeness }> {
  const lines: Array<{ id: string; closeness: Closeness }> = [];
  for (const file of SHARED_EVAL_FILES.filter((f) => existsSync(f))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .forEach((l, i) => {
        const row = JSON.parse(l) as { id?: string; text: string };
        lines.push({ id: `${basename(file)}:${row.id ?? i + 1}`, closeness: closenessOf(row.text) });
      });
  }
  return lines;
}

/**
 * A finder for the first dev line too close to a text: only the dev lines that share a content word
 * or a six-word run with it are compared (thousands of corpus lines against hundreds of dev lines).
 */
export function closeDevLineFinder(): (text: string) => string | undefined {
  const lines = sharedEvalLines();
  const byWord = new Map<string, number[]>();
  lines.forEach((line, i) => {
    for (const key of [...line.closeness.content, ...line.closeness.shingles, line.closeness.words.join(' ')]) {
      const list = byWord.get(key) ?? [];
      list.push(i);
      byWord.set(key, list);
    }
  });
  return (text) => {
    const c = closenessOf(text);
    const candidates = new Set<number>();
    for (const key of [...c.content, ...c.shingles, c.words.join(' ')])
      for (const i of byWord.get(key) ?? []) candidates.add(i);
    for (const i of [...candidates].sort((a, b) => a - b)) {
      const line = lines[i] as (typeof lines)[number];
      if (tooClose(c, line.closeness)) return line.id;
    }
    return undefined;
  };
}
