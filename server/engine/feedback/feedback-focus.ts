// What the feedback is about: the strongest signal on the label's own side (the classifier lists
// evidence strongest first), the exact words behind it, and, for a reply that began well and then
// defended or minimized, the words that were the good start. A span is widened to its clause when
// that stays short: "but you were never home" says more than the cue "but you" alone.
import { type Classification, type Evidence, SIGNALS_BY_SIDE, type Signal } from '../types.js';
import type { FeedbackKey } from './principle-for.js';

export interface FeedbackFocus {
  key: FeedbackKey;
  /** The words to quote, trimmed for reading; '' only when the reply is empty. */
  words: string;
  /** The validating words a defensive or minimizing reply started with, if any. */
  goodStart: string | null;
}

const SIDE_SETS: Readonly<Record<keyof typeof SIGNALS_BY_SIDE, ReadonlySet<Signal>>> = {
  validating: new Set(SIGNALS_BY_SIDE.validating),
  defensive: new Set(SIGNALS_BY_SIDE.defensive),
  minimizing: new Set(SIGNALS_BY_SIDE.minimizing),
  neutral: new Set(SIGNALS_BY_SIDE.neutral),
};

// Logistics that are also small acts of care ("I'll make dinner"): steady care, not yet listening.
const SMALL_CARE =
  /\b(?:dinner|breakfast|lunch|tea|coffee|food|cook|eat|kids?|children|bed|sleep|blanket|drive you|lift|pick (?:you|her|him|them) up|dishes|washing|laundry|walk the dog|glass of water|bath)\b/i;

const MAX_QUOTED_WORDS = 12;
const EDGE_QUOTES = ' "“”\'‘’';
const END_MARKS = ' .,;:!?…';
const SHORTENED_TO_WORDS = 10;
const CLAUSE_EDGES = '.,;:!?…\n()"“”—–';

export function focusOf(classification: Classification, reply: string): FeedbackFocus {
  const { label } = classification;
  if (label === 'neutral') {
    return {
      key: SMALL_CARE.test(reply) ? 'care' : 'neutral',
      words: excerpt(reply),
      goodStart: null,
    };
  }
  const side = SIDE_SETS[label];
  const evidence = classification.evidence.find((e) => side.has(e.signal));
  const key: FeedbackKey = evidence?.signal ?? classification.signals.find((s) => side.has(s)) ?? label;
  const words = (evidence && clauseOf(evidence, reply)) || excerpt(reply);
  return { key, words, goodStart: goodStartOf(classification, reply, words) };
}

function goodStartOf(classification: Classification, reply: string, words: string): string | null {
  if (classification.label === 'validating') return null;
  const good = classification.evidence.find((e) => SIDE_SETS.validating.has(e.signal));
  const quoted = good ? clauseOf(good, reply) : '';
  return quoted && quoted !== words && !words.includes(quoted) ? quoted : null;
}

/** The evidence widened to the clause around it, or the evidence alone if that clause is long. */
function clauseOf(evidence: Evidence, reply: string): string {
  let { start, end } = evidence;
  if (reply.slice(start, end) !== evidence.text) {
    start = reply.indexOf(evidence.text);
    if (start === -1) return quotable(evidence.text);
    end = start + evidence.text.length;
  }
  while (start > 0 && !CLAUSE_EDGES.includes(reply.charAt(start - 1))) start--;
  while (end < reply.length && !CLAUSE_EDGES.includes(reply.charAt(end))) end++;
  const clause = quotable(reply.slice(start, end));
  return clause.endsWith('…') ? quotable(evidence.text) : clause;
}

/** The reply itself, or its first sentence when it is long: the fallback when no span was given. */
function excerpt(reply: string): string {
  const text = reply.trim();
  const firstSentence = text.split(/(?<=[.!?])\s+/)[0] ?? text;
  return quotable(firstSentence);
}

/** Words fit to sit inside quote marks in a sentence: one line, no end punctuation, not too long. */
function quotable(text: string): string {
  const s = text.replace(/\s+/g, ' ');
  let start = 0;
  let end = s.length;
  while (start < end && EDGE_QUOTES.includes(s.charAt(start))) start++;
  while (end > start && (EDGE_QUOTES.includes(s.charAt(end - 1)) || END_MARKS.includes(s.charAt(end - 1)))) end--;
  const words = s.slice(start, end);
  let cut = -1;
  for (let n = 0, at = words.indexOf(' '); at !== -1; at = words.indexOf(' ', at + 1)) {
    if (++n === SHORTENED_TO_WORDS) cut = at;
    if (n === MAX_QUOTED_WORDS) return `${words.slice(0, cut).replace(/[,;:]$/, '')}…`;
  }
  return words;
}
