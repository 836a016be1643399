// Checks a schema cannot express: ids that must exist, slots, repeated lines, beats that could
// never fire or contradict themselves, and true answers the engine would not recognise as answers.
// They run on the raw YAML data even when the schema failed, so every problem shows in one pass.
import type { FactId } from '../conversation/ids.js';
import { type Disclosure, disclosuresIn } from '../conversation/mentions.js';
import { polarityOf, readAnswer } from '../conversation/read-answer.js';
import {
  eachRecord,
  everyLineOf,
  formatPath,
  isRecord,
  type PathLine,
  type PathSegment,
  partnerLinesOf,
} from './scenario-lines.js';
import { BEAT_CONDITIONS, type Question, type Scenario } from './scenario-schema.js';

export type { PathSegment };

export interface PathProblem {
  path: PathSegment[];
  message: string;
}

/** The slots every scenario has without declaring them. */
const BUILT_IN_SLOTS = new Set(['partner']);
const SLOT_PATTERN = /\{([^{}\s]*)\}/g;
const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A line that demands a yes or a no is a question the partner must follow. */
const DEMANDS_AN_ANSWER = /\byes or no\b/i;

export function scenarioProblems(data: Record<string, unknown>, fileName: string): PathProblem[] {
  const out: PathProblem[] = [];
  const add = (path: PathSegment[], message: string) => out.push({ path, message });
  idAndStart(data, fileName, add);
  const ids = {
    facts: uniqueIds(data.facts, 'facts', 'fact', add),
    questions: uniqueIds(data.questions, 'questions', 'question', add),
  };
  uniqueIds(data.beats, 'beats', 'beat', add);
  const lines = everyLineOf(data);
  slotsAndRepeats(data, lines, add);
  questionRules(data, ids, add);
  lineRules(lines, ids.questions, add);
  beatRules(data, ids, add);
  mentionRules(data, add);
  trueAnswers(data, ids.facts, add);
  return out;
}

type Add = (path: PathSegment[], message: string) => void;

function idAndStart(data: Record<string, unknown>, fileName: string, add: Add): void {
  const expectedId = /([^/\\]+)\.ya?ml$/i.exec(fileName)?.[1];
  if (typeof data.id === 'string' && KEBAB_CASE.test(data.id) && expectedId && data.id !== expectedId)
    add(['id'], `must match the file name (expected ${expectedId})`);
  const start = isRecord(data.start) ? data.start : {};
  const tuning = isRecord(data.tuning) ? data.tuning : {};
  if (typeof start.trust === 'number' && typeof tuning.repair_trust === 'number' && start.trust >= tuning.repair_trust)
    add(['start', 'trust'], `must be below tuning.repair_trust (${tuning.repair_trust})`);
}

function uniqueIds(list: unknown, field: string, what: string, add: Add): Set<string> {
  const ids = new Set<string>();
  eachRecord(list, (item, index) => {
    if (typeof item.id !== 'string') return;
    if (ids.has(item.id)) add([field, index, 'id'], `${what} id ${item.id} is used twice`);
    ids.add(item.id);
  });
  return ids;
}

/** Every {slot} is defined; quotes of the user's words only where they are sure to exist; no line twice. */
function slotsAndRepeats(data: Record<string, unknown>, lines: PathLine[], add: Add): void {
  const slots = isRecord(data.slots) ? data.slots : {};
  for (const name of Object.keys(slots))
    if (BUILT_IN_SLOTS.has(name)) add(['slots', name], `{${name}} is built in (the partner's name): remove it here`);
  const quotable = quotableSlotsByBeat(data);
  const firstSeen = new Map<string, string>();
  const answers: PathLine[] = [];
  eachRecord(data.questions, (question, index) => {
    if (typeof question.answer === 'string')
      answers.push({ path: ['questions', index, 'answer'], text: question.answer });
  });
  eachRecord(data.facts, (fact, index) => {
    if (typeof fact.text === 'string') answers.push({ path: ['facts', index, 'text'], text: fact.text });
  });
  for (const { path, text } of [...lines, ...answers]) {
    for (const match of text.matchAll(SLOT_PATTERN)) {
      const slot = match[1] ?? '';
      if (BUILT_IN_SLOTS.has(slot) || slot in slots) continue;
      const quote = quoteSlot(slot);
      if (!quote) add(path, `uses {${slot}}, which is not defined under slots`);
      else if (!(path[0] === 'beats' && quotable.get(path[1] as number)?.has(slot)))
        add(path, quoteMisplaced(slot, quote));
    }
    if (path.at(-1) === 'answer' || path.at(-1) === 'text') continue;
    const key = text.trim().toLowerCase().replace(/\s+/g, ' ');
    const earlier = firstSeen.get(key);
    if (earlier) add(path, `repeats the line at ${earlier}: every line must be different`);
    else firstSeen.set(key, formatPath(path));
  }
}

/** `{told.fact-id}` quotes what the user said when they told that fact; `{promise}` their latest promise. */
function quoteSlot(slot: string): { kind: 'told'; fact: string } | { kind: 'promise' } | undefined {
  if (slot === 'promise') return { kind: 'promise' };
  const told = /^told\.([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(slot);
  return told ? { kind: 'told', fact: told[1] as string } : undefined;
}

function quoteMisplaced(slot: string, quote: NonNullable<ReturnType<typeof quoteSlot>>): string {
  return quote.kind === 'promise'
    ? `uses {${slot}}: only a beat with \`after_promise: true\` can quote a promise (it must have been made)`
    : `uses {${slot}}: only a beat with \`after_disclosed: ${quote.fact}\` can quote it (it must have been told)`;
}

function quotableSlotsByBeat(data: Record<string, unknown>): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  eachRecord(data.beats, (beat, index) => {
    const slots = new Set<string>();
    if (typeof beat.after_disclosed === 'string') slots.add(`told.${beat.after_disclosed}`);
    if (beat.after_promise === true) slots.add('promise');
    out.set(index, slots);
  });
  return out;
}

interface Ids {
  facts: Set<string>;
  questions: Set<string>;
}

function questionRules(data: Record<string, unknown>, ids: Ids, add: Add): void {
  const followUps = new Map<string, string>();
  eachRecord(data.questions, (question, index) => {
    const path: PathSegment[] = ['questions', index];
    if (typeof question.about === 'string' && !ids.facts.has(question.about))
      add([...path, 'about'], `names fact ${question.about}, which is not under facts`);
    if (typeof question.follow_up !== 'string') return;
    if (!ids.questions.has(question.follow_up))
      add([...path, 'follow_up'], `names question ${question.follow_up}, which is not under questions`);
    else if (question.follow_up === question.id) add([...path, 'follow_up'], 'cannot follow up on itself');
    else if (typeof question.id === 'string') followUps.set(question.id, question.follow_up);
  });
  // A chain of follow-ups that comes back on itself would ask forever.
  eachRecord(data.questions, (question, index) => {
    if (typeof question.id !== 'string') return;
    const seen = new Set([question.id]);
    for (let next = followUps.get(question.id); next; next = followUps.get(next)) {
      if (next === question.id) {
        add(
          ['questions', index, 'follow_up'],
          `follow-ups come back to ${question.id}: ${[...seen, next].join(' → ')}`,
        );
        return;
      }
      if (seen.has(next)) return;
      seen.add(next);
    }
  });
}

function lineRules(lines: PathLine[], questions: Set<string>, add: Add): void {
  for (const { path, text, asks, after } of lines) {
    const where = path.at(-1) === 'line' ? path.slice(0, -1) : path;
    if (asks !== undefined && !questions.has(asks))
      add([...where, 'asks'], `names question ${asks}, which is not under questions`);
    // Only a reaction is chosen by what it answers; elsewhere `after` would be silently ignored.
    if (after !== undefined && path[0] !== 'lines')
      add([...where, 'after'], 'is read on reaction lines (under `lines:`) only; remove it here');
    const asksAlready = asks !== undefined || path[0] === 'questions' || path[0] === 'beats';
    if (!asksAlready && DEMANDS_AN_ANSWER.test(text))
      add(path, 'demands an answer ("yes or no"): link it to its question with `{ line: ..., asks: question-id }`');
  }
}

function beatRules(data: Record<string, unknown>, ids: Ids, add: Add): void {
  const aboutOf = new Map<string, string>();
  eachRecord(data.questions, (question) => {
    if (typeof question.id === 'string' && typeof question.about === 'string') aboutOf.set(question.id, question.about);
  });
  eachRecord(data.beats, (beat, index) => {
    const path: PathSegment[] = ['beats', index];
    const triggers = ['at', 'when', 'after_disclosed', 'after_promise'].filter((key) => beat[key] !== undefined);
    if (triggers.length === 0)
      add(path, 'needs something that makes it fire: `at` (a turn), `when`, `after_disclosed` or `after_promise`');
    whenHasOneCondition(beat, path, add);
    for (const key of ['after_disclosed', 'unless_disclosed'] as const) {
      const fact = beat[key];
      if (typeof fact === 'string' && !ids.facts.has(fact))
        add([...path, key], `names fact ${fact}, which is not under facts`);
    }
    if (typeof beat.asks === 'string' && !ids.questions.has(beat.asks))
      add([...path, 'asks'], `names question ${beat.asks}, which is not under questions`);
    if (typeof beat.after_disclosed === 'string' && beat.after_disclosed === beat.unless_disclosed)
      add([...path, 'unless_disclosed'], 'can never fire: it waits for the same fact it must not follow');
    const asksAbout = typeof beat.asks === 'string' ? aboutOf.get(beat.asks) : undefined;
    if (asksAbout !== undefined && asksAbout === beat.after_disclosed)
      add([...path, 'asks'], `can never fire: it asks about ${asksAbout}, which must already be told`);
  });
}

function whenHasOneCondition(beat: Record<string, unknown>, path: PathSegment[], add: Add): void {
  if (!isRecord(beat.when)) return;
  const conditions = Object.keys(beat.when).filter((key) => (BEAT_CONDITIONS as readonly string[]).includes(key));
  if (conditions.length !== 1) add([...path, 'when'], `needs exactly one condition: ${BEAT_CONDITIONS.join(' | ')}`);
}

/** One mention in two facts would tell both at once. */
function mentionRules(data: Record<string, unknown>, add: Add): void {
  const owner = new Map<string, string>();
  eachRecord(data.facts, (fact, index) => {
    if (!Array.isArray(fact.mentions)) return;
    fact.mentions.forEach((mention, m) => {
      if (typeof mention !== 'string') return;
      const key = mention.trim().toLowerCase();
      const earlier = owner.get(key);
      if (earlier && earlier !== fact.id)
        add(['facts', index, 'mentions', m], `"${mention}" is also a mention of ${earlier}: one phrase, one fact`);
      else owner.set(key, String(fact.id));
    });
  });
}

/**
 * Each question's true answer must read, to the engine, as an answer to that question: it is what
 * a truthful user says, and what the suggestions and the honest autoplay say.
 */
function trueAnswers(data: Record<string, unknown>, facts: Set<string>, add: Add): void {
  if (!Array.isArray(data.facts) || !Array.isArray(data.questions)) return;
  const factsOnly = { facts: data.facts.filter(isUsableFact) } as unknown as Scenario;
  eachRecord(data.questions, (question, index) => {
    if (typeof question.answer !== 'string' || typeof question.kind !== 'string') return;
    const path: PathSegment[] = ['questions', index, 'answer'];
    const q = question as unknown as Question;
    const about = typeof q.about === 'string' && facts.has(q.about) ? (q.about as FactId) : undefined;
    let told: Disclosure[] = [];
    try {
      told = disclosuresIn(factsOnly, q.answer, about);
    } catch {
      return; // a broken mention is reported by the schema
    }
    if (q.kind === 'yes-no' && !polarityOf(q.answer))
      add(path, 'answers a yes-or-no question: start with "Yes" or "No"');
    else if (about && !told.some((d) => d.fact === about))
      add(path, `must tell fact ${about} in words from its mentions, so the engine hears it as the answer`);
    else if (
      readAnswer(
        q,
        q.answer,
        told.map((d) => d.fact),
      ).response !== 'answered'
    )
      add(path, `is not heard as an answer to a ${q.kind} question: give the question an \`about\` fact it tells`);
  });
}

function isUsableFact(fact: unknown): boolean {
  return (
    isRecord(fact) &&
    typeof fact.id === 'string' &&
    Array.isArray(fact.mentions) &&
    fact.mentions.every((mention) => typeof mention === 'string' && mention.trim().length > 1)
  );
}

export { partnerLinesOf };
