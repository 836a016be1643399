// Which of a scenario's facts a reply tells. A fact lists `mentions:` (words and phrasings that
// count as telling it); a sentence tells a fact when it mentions it, is not a question, and is the
// user's own account: speaking of themselves ("I took it from the deposit"), or plainly of what
// happened ("There were no lates.", "It started in March.", "Ravi and Sophie knew the whole
// time."). Only a sentence that speaks of the partner and not of the user ("you're angry about the
// deposit") says their words back and tells nothing. A sentence answering the partner's question
// about that very fact needs no more: "About £7,700." is an answer. Two ways of saying a thing are
// one: a time of day ("half twelve" and "twelve thirty"); and a figure is read whole, so "three
// thousand" is not heard in "twenty-three thousand four hundred".
import type { Scenario } from '../scenario/scenario-schema.js';
import { sentencesOf } from '../sentences.js';
import { CLOCK_TIME, clockMinutes } from './calendar-and-clock.js';
import { type FactId, factId } from './ids.js';

export interface Disclosure {
  fact: FactId;
  /** The sentence that told it, as the user wrote it. */
  sentence: string;
}

interface FactPatterns {
  id: FactId;
  patterns: RegExp[];
  /** The times of day among its mentions, in minutes on a twelve-hour face: "half twelve" is 30. */
  clocks: number[];
}

const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|mine|myself|we|we're|we've|we'd|us|our|ours)\b/;
/**
 * Speaking to or of the partner. Without the user in it too, such a sentence says the partner's
 * own words back ("You found the statements."); with neither, it is the user's plain account ("It
 * started in March.", "Every work story was made up."), which had been heard as telling nothing.
 */
const SECOND_PERSON = /\b(?:you|your|yours|yourself|you're|you've|you'd|you'll|youre|u|ur)\b/;

/** Lowercase, straight apostrophes, thousands separators gone (`£7,700` and `7700` are one number). */
export function normalizeForMentions(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/(\d)[,\s](?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, ' ');
}

const patternCache = new WeakMap<Scenario, FactPatterns[]>();

/** One pattern per mention, built once per scenario. A mention ending in `*` matches any word ending. */
export function factPatterns(scenario: Scenario): FactPatterns[] {
  const cached = patternCache.get(scenario);
  if (cached) return cached;
  const built = scenario.facts.map((fact) => ({
    id: factId(fact.id),
    patterns: fact.mentions.map(mentionPattern),
    clocks: fact.mentions.flatMap(clockOfMention),
  }));
  patternCache.set(scenario, built);
  return built;
}

export function mentionPattern(mention: string): RegExp {
  const open = mention.trim().endsWith('*');
  const words = normalizeForMentions(mention.trim().replace(/\*$/, ''));
  const body = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^[\p{L}\p{N}]/u.test(words) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = open ? "[\\p{L}\\p{N}']*" : /[\p{L}\p{N}]$/u.test(words) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${wholeFigureBefore(words)}${body}${after}${wholeFigureAfter(words)}`, 'u');
}

const NUMBER_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million';
const STARTS_WITH_NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORD})\\b`);
const ENDS_WITH_NUMBER_WORD = new RegExp(`\\b(?:${NUMBER_WORD})$`);
const ENDS_WITH_TENS = /\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

/**
 * A figure in words is read whole: "three thousand" (Mark's loan) is not in "twenty-three thousand
 * four hundred" (the debt), nor "nine hundred" in "two thousand nine hundred". Its start must start
 * the figure said; it may be the leading part of a longer one ("twenty-three thousand" of 23,400).
 */
function wholeFigureBefore(words: string): string {
  return STARTS_WITH_NUMBER_WORD.test(words) ? `(?<!(?:\\b(?:${NUMBER_WORD})|\\d)[- ,]+(?:and )?)` : '';
}

/** ...and it does not stop short of a bigger unit ("nine hundred thousand") or a tens word's unit ("seventy-five"). */
function wholeFigureAfter(words: string): string {
  if (!ENDS_WITH_NUMBER_WORD.test(words)) return '';
  const units = ENDS_WITH_TENS.test(words) ? '|one|two|three|four|five|six|seven|eight|nine' : '';
  return `(?![- ](?:hundred|thousand|million|grand${units})\\b)`;
}

/** A mention that is a time of day ("half twelve", "12:30", "quarter to two"), in minutes; else none. */
function clockOfMention(mention: string): number[] {
  const said = `at ${normalizeForMentions(mention.trim())}`;
  const match = new RegExp(`^at (?:${CLOCK_TIME})$`).exec(said);
  const minutes = match ? clockMinutes(said.slice(3)) : undefined;
  return minutes === undefined ? [] : [minutes];
}

const CLOCK_ANYWHERE = new RegExp(`\\b(?:${CLOCK_TIME})`, 'g');

/** The times of day a text names, however said: "half twelve", "twelve thirty" and "12:30pm" are one. */
function clocksIn(normalized: string): number[] {
  return [...normalized.matchAll(CLOCK_ANYWHERE)].flatMap((m) => clockMinutes(m[0]) ?? []);
}

/** A mention's words, or a time of day among its mentions however the text says it. */
function namesFact(fact: FactPatterns, normalized: string): boolean {
  if (fact.patterns.some((pattern) => pattern.test(normalized))) return true;
  return fact.clocks.length > 0 && clocksIn(normalized).some((minutes) => fact.clocks.includes(minutes));
}

/** Does this text mention the fact at all (in any kind of sentence)? */
export function mentionsFact(patterns: FactPatterns, text: string): boolean {
  return namesFact(patterns, normalizeForMentions(text));
}

/**
 * The facts a reply tells, in the scenario's order, each with the first sentence that told it.
 * `answering` is the fact the pending question is about: a sentence needs no "I" to tell that one.
 */
export function disclosuresIn(scenario: Scenario, reply: string, answering?: FactId): Disclosure[] {
  const sentences = sentencesOf(reply).map((sentence) => ({
    text: sentence.text,
    normalized: normalizeForMentions(sentence.text),
  }));
  const out: Disclosure[] = [];
  for (const fact of factPatterns(scenario)) {
    const telling = sentences.find(
      ({ text, normalized }) =>
        !text.endsWith('?') && (fact.id === answering || ownAccount(normalized)) && namesFact(fact, normalized),
    );
    if (telling) out.push({ fact: fact.id, sentence: telling.text });
  }
  return out;
}

/**
 * The facts whose words the reply uses anywhere, told or not: "You'll have seen the deposit account
 * by now?" names the deposit without telling it.
 */
export function factsNamedIn(scenario: Scenario, reply: string): FactId[] {
  const text = normalizeForMentions(reply);
  return factPatterns(scenario)
    .filter((fact) => namesFact(fact, text))
    .map((fact) => fact.id);
}

/** The user speaking of themselves, or of what happened, not only of the partner. */
function ownAccount(normalized: string): boolean {
  return FIRST_PERSON.test(normalized) || !SECOND_PERSON.test(normalized);
}
