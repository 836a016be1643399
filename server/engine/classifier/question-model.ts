// Whether a partner's question asks for information, is rhetorical, or is everyday logistics: the
// rules in question-reader.ts find the question and its kind well, but "Are you coming to the big
// shop?" (everyday) and "How many more chances do you think you get?" (rhetorical) differ from
// "How many times?" by what they are about, which a small logistic regression learns from the
// corpus's partner lines (each tagged by its writer) better than a word list can.
import type { QuestionTag } from './corpus.js';
import { type PackedTable, packTable, unpackTable } from './packed-table.js';
import {
  type AskingSentence,
  askingSentences,
  kindsAsked,
  type PartnerQuestion,
  type QuestionType,
  questionByRules,
  withAuxiliary,
} from './question-reader.js';

export const QUESTION_TYPES: readonly QuestionType[] = ['info', 'rhetorical', 'everyday', 'none'];
const WIDTH = QUESTION_TYPES.length;
const BITS = 15;
const SLOTS = 1 << BITS;

export interface QuestionModelArtifact extends PackedTable {
  bias: number[];
}

export interface CompiledQuestionModel {
  table: Int8Array;
  scale: number;
  bias: Float64Array;
  /** The engine asks about the same line on every reply until the partner speaks again. */
  cache: Map<string, PartnerQuestion>;
}

const NONE: PartnerQuestion = Object.freeze({ type: 'none', kinds: [] }) as PartnerQuestion;

export function compileQuestionModel(artifact: QuestionModelArtifact): CompiledQuestionModel {
  return {
    table: unpackTable(artifact, SLOTS, WIDTH),
    scale: artifact.scale,
    bias: Float64Array.from(artifact.bias),
    cache: new Map(),
  };
}

function hash(s: string): number {
  return slotOfHash(fnv(0x811c9dc5, s));
}

function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

function slotOfHash(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> (32 - BITS);
}

// hash(`${prefix}${a}`) or hash(`${prefix}${a} ${b}`), without building the string: a line read for
// the first time makes dozens of these.
function hashOf(prefix: string, a: string, b?: string): number {
  let h = fnv(fnv(0x811c9dc5, prefix), a);
  if (b !== undefined) h = fnv(Math.imul(h ^ 32, 0x01000193), b);
  return slotOfHash(h);
}

const NAMED = new Map<string, number>();
function named(name: string): number {
  let slot = NAMED.get(name);
  if (slot === undefined) {
    slot = hash(name);
    NAMED.set(name, slot);
  }
  return slot;
}

// The words of the asking sentences, their pairs and openings, and what the rules made of them, in
// this order (the scores are summed in it): n, then per sentence f, f2, k, r, and w / b per word.
function featuresOf(sentences: readonly AskingSentence[]): number[] {
  const slots: number[] = [named(`n:${Math.min(sentences.length, 3)}`)];
  for (const s of sentences) {
    const words = s.text.split(' ').filter((w) => w !== '?');
    // As a template string would print them: a missing word is "undefined".
    const first = String(words[0]);
    slots.push(hashOf('f:', first), hashOf('f2:', first, String(words[1])), named(`k:${s.kind ?? '-'}`));
    if (s.rhetorical) slots.push(named('r:rhetorical'));
    if (s.everyday) slots.push(named('r:everyday'));
    for (let i = 0; i < words.length; i++) {
      slots.push(hashOf('w:', words[i] as string));
      if (i > 0) slots.push(hashOf('b:', words[i - 1] as string, words[i] as string));
    }
  }
  return slots;
}

function typeScores(model: CompiledQuestionModel, slots: readonly number[]): number[] {
  const z = [...model.bias];
  for (const slot of slots)
    for (let k = 0; k < WIDTH; k++) z[k] = (z[k] as number) + (model.table[slot * WIDTH + k] as number) * model.scale;
  return z;
}

function readWith(
  model: CompiledQuestionModel,
  partner: string,
  canonicalOf: ((line: string) => string) | undefined,
): PartnerQuestion {
  const sentences = askingSentences(partner, canonicalOf?.(partner));
  if (sentences.length === 0) return NONE;
  // Asked in so many words ("I want to know why...", "Yes or no."), it asks: the model is for the rest.
  if (sentences.some((s) => s.explicit && !s.rhetorical && !s.everyday))
    return withAuxiliary({ type: 'info', kinds: kindsAsked(sentences) }, sentences);
  const z = typeScores(model, featuresOf(sentences));
  let best = 0;
  for (let k = 1; k < WIDTH; k++) if ((z[k] as number) > (z[best] as number)) best = k;
  const type = QUESTION_TYPES[best] as QuestionType;
  return type === 'info' ? withAuxiliary({ type, kinds: kindsAsked(sentences) }, sentences) : { type, kinds: [] };
}

// A few scenarios' worth of lines (a scenario has a few hundred).
const CACHE_SIZE = 4096;

/**
 * What the partner's line asks; without a model, by the rules alone. `canonicalOf` gives the line's
 * canonical text when the caller keeps it (the partner's words are kept per line for partner-echo.ts:
 * a line read for the first time here need not be normalized twice).
 */
export function readQuestionWith(
  model: CompiledQuestionModel | undefined,
  partner: string | undefined,
  canonicalOf?: (line: string) => string,
): PartnerQuestion {
  if (!partner) return NONE;
  if (!model) return questionByRules(askingSentences(partner, canonicalOf?.(partner)));
  const hit = model.cache.get(partner);
  if (hit) {
    // Least recently used goes first: re-inserting moves a hit to the end.
    model.cache.delete(partner);
    model.cache.set(partner, hit);
    return hit;
  }
  const read = readWith(model, partner, canonicalOf);
  if (model.cache.size >= CACHE_SIZE) model.cache.delete(model.cache.keys().next().value as string);
  model.cache.set(partner, read);
  return read;
}

function typeOfTag(tag: QuestionTag): QuestionType {
  return tag === 'rhetorical' || tag === 'everyday' || tag === 'none' ? tag : 'info';
}

/** Trains on the partner lines whose writers tagged what they ask (deterministic: fixed order and epochs). */
export function trainQuestionModel(
  lines: ReadonlyArray<{ partner?: string; question?: QuestionTag }>,
): QuestionModelArtifact {
  const examples: Array<{ slots: number[]; type: number }> = [];
  const seen = new Set<string>();
  for (const line of lines) {
    if (!line.partner || !line.question || seen.has(line.partner)) continue;
    seen.add(line.partner);
    const sentences = askingSentences(line.partner);
    if (sentences.length === 0) continue;
    examples.push({ slots: featuresOf(sentences), type: QUESTION_TYPES.indexOf(typeOfTag(line.question)) });
  }
  const weights = new Float64Array(SLOTS * WIDTH);
  const squares = new Float64Array(SLOTS * WIDTH);
  const bias = new Float64Array(WIDTH);
  const rate = 0.1;
  const l2 = 1e-4;
  for (let epoch = 0; epoch < 10; epoch++) {
    for (let e = 0; e < examples.length; e++) {
      // A fixed stride through the examples: a different order each epoch, the same on every run.
      const ex = examples[(e * 7919 + epoch * 104729) % examples.length] as (typeof examples)[number];
      const z = [...bias];
      for (const slot of ex.slots)
        for (let k = 0; k < WIDTH; k++) z[k] = (z[k] as number) + (weights[slot * WIDTH + k] as number);
      const max = Math.max(...z);
      const exps = z.map((x) => Math.exp(x - max));
      const total = exps.reduce((a, b) => a + b, 0);
      const g = exps.map((x, k) => x / total - (k === ex.type ? 1 : 0));
      for (const slot of ex.slots) {
        for (let k = 0; k < WIDTH; k++) {
          const at = slot * WIDTH + k;
          const grad = (g[k] as number) + l2 * (weights[at] as number);
          squares[at] = (squares[at] as number) + grad * grad;
          weights[at] = (weights[at] as number) - (rate * grad) / Math.sqrt((squares[at] as number) + 1e-8);
        }
      }
      for (let k = 0; k < WIDTH; k++) bias[k] = (bias[k] as number) - 0.01 * (g[k] as number);
    }
  }
  return { ...packTable(weights, WIDTH), bias: [...bias].map((b) => Math.round(b * 1e6) / 1e6) };
}
