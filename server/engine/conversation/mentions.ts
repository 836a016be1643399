// Which of a scenario's facts a reply tells. A fact lists `mentions:` (words and phrasings that
// count as telling it); a sentence tells a fact when it mentions it, is not a question, and is the
// user speaking of themselves ("I took it from the deposit", or plainly "There were no lates."), so a reflection of the partner's own
// words ("you're angry about the deposit") tells nothing. A sentence answering the partner's
// question about that very fact needs no "I": "About £7,700." is an answer.
import type { Scenario } from '../scenario/scenario-schema.js';
import { sentencesOf } from '../sentences.js';
import { type FactId, factId } from './ids.js';

export interface Disclosure {
  fact: FactId;
  /** The sentence that told it, as the user wrote it. */
  sentence: string;
}

interface FactPatterns {
  id: FactId;
  patterns: RegExp[];
}

const FIRST_PERSON = /\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|mine|myself|we|we're|we've|we'd|us|our|ours)\b/;
/** "There were no lates." is the user's own statement too, unless it is about what the partner said. */
const OWN_STATEMENT =
  /^(?:(?:no|yes|and|so|but|honestly)[, ]+)*there(?: (?:was|were|is|are)|'s)\b(?!.*\b(?:you|your)\b)/;

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
  const built = scenario.facts.map((fact) => ({ id: factId(fact.id), patterns: fact.mentions.map(mentionPattern) }));
  patternCache.set(scenario, built);
  return built;
}

export function mentionPattern(mention: string): RegExp {
  const open = mention.trim().endsWith('*');
  const words = normalizeForMentions(mention.trim().replace(/\*$/, ''));
  const body = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const before = /^[\p{L}\p{N}]/u.test(words) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = open ? "[\\p{L}\\p{N}']*" : /[\p{L}\p{N}]$/u.test(words) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${body}${after}`, 'u');
}

/** Does this text mention the fact at all (in any kind of sentence)? */
export function mentionsFact(patterns: FactPatterns, text: string): boolean {
  const normalized = normalizeForMentions(text);
  return patterns.patterns.some((pattern) => pattern.test(normalized));
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
        !text.endsWith('?') &&
        (fact.id === answering || FIRST_PERSON.test(normalized) || OWN_STATEMENT.test(normalized)) &&
        fact.patterns.some((pattern) => pattern.test(normalized)),
    );
    if (telling) out.push({ fact: fact.id, sentence: telling.text });
  }
  return out;
}

/**
 * The facts whose words the reply uses anywhere, told in the first person or not: "Seven thousand
 * seven hundred, in four goes since March." names the deposit without telling it.
 */
export function factsNamedIn(scenario: Scenario, reply: string): FactId[] {
  const text = normalizeForMentions(reply);
  return factPatterns(scenario)
    .filter((fact) => fact.patterns.some((pattern) => pattern.test(text)))
    .map((fact) => fact.id);
}
