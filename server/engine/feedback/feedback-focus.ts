// What the feedback is about: the strongest signal on the label's own side (the classifier lists
// evidence strongest first), the exact words behind it, and, for a reply that was partly right, what
// it got right and whether that came before the words that hurt. A long reply judged part by part
// (`classification.parts`) is credited from its validating parts; otherwise from the validating
// evidence. A span is widened to its clause when that stays short: "but you were never home" says
// more than the cue "but you" alone. A question waiting for the reply changes what matters most: an
// answer is credited as one whatever label the words got, and a reply that did not answer is about
// that first.
import { polarityOf, tellsOtherwise } from '../conversation/read-answer.js';
import { type Classification, type Evidence, type Label, SIGNALS_BY_SIDE, type Signal } from '../types.js';
import type { FeedbackKey } from './principle-for.js';
import type { QuestionMoment } from './question-moment.js';

export interface FeedbackFocus {
  key: FeedbackKey;
  /** The words to quote, trimmed for reading; '' only when the reply is empty. */
  words: string;
  /** The key is a way of defending or minimizing: the words hurt. */
  hurt: boolean;
  /** What the reply got right besides, in order (validating signals); empty when nothing was. */
  credits: Signal[];
  /** Whether the credited words came before the ones that hurt. */
  creditFirst: boolean;
  /** The validating words to quote ("I'm sorry"), if any. */
  goodWords: string | null;
}

type Side = keyof typeof SIGNALS_BY_SIDE;
const SIDE_SETS: Readonly<Record<Side, ReadonlySet<Signal>>> = {
  validating: new Set(SIGNALS_BY_SIDE.validating),
  defensive: new Set(SIGNALS_BY_SIDE.defensive),
  minimizing: new Set(SIGNALS_BY_SIDE.minimizing),
  neutral: new Set(SIGNALS_BY_SIDE.neutral),
};
const HURTING: ReadonlySet<FeedbackKey> = new Set<FeedbackKey>([
  ...SIGNALS_BY_SIDE.defensive,
  ...SIGNALS_BY_SIDE.minimizing,
  'defensive',
  'minimizing',
]);

export function isValidatingSignal(signal: Signal): boolean {
  return SIDE_SETS.validating.has(signal);
}

/** A signal on the defensive or minimizing side: words a suggestion must not repeat. */
export function isHurtingSignal(signal: Signal): boolean {
  return SIDE_SETS.defensive.has(signal) || SIDE_SETS.minimizing.has(signal);
}

// Logistics that are also small acts of care ("I'll make dinner"): steady care, not yet listening.
const SMALL_CARE =
  /\b(?:dinner|breakfast|lunch|tea|coffee|food|cook|eat|kids?|children|bed|sleep|blanket|drive you|lift|pick (?:you|her|him|them) up|dishes|washing|laundry|walk the dog|glass of water|bath)\b/i;

const MAX_QUOTED_WORDS = 12;
const EDGE_QUOTES = ' "“”\'‘’';
const END_MARKS = ' .,;:!?…';
const SHORTENED_TO_WORDS = 10;
const CLAUSE_EDGES = '.,;:!?…\n()"“”—–';

export function focusOf(classification: Classification, reply: string, moment: QuestionMoment | null): FeedbackFocus {
  const answered = moment?.response === 'answered' && !moment.contradiction;
  const { label } = classification;
  if (moment?.contradiction) return plain('denial', toldOtherwiseIn(reply, moment));
  // An answer the engine heard, with nothing in it that defends or shrinks, is an honest answer
  // (taxonomy v2), whatever label the words got on their own.
  const hurtSeen =
    classification.evidence.some((e) => isHurtingSignal(e.signal)) || classification.signals.some(isHurtingSignal);
  if (answered && (label === 'validating' || label === 'neutral' || !hurtSeen)) {
    const answer = classification.evidence.find((e) => e.signal === 'honest-answer');
    return plain('honest-answer', (answer && clauseOf(answer, reply)) || excerpt(reply));
  }
  // An apology or a feeling named in place of the answer: the missing answer is what matters.
  if (!hurtIn(classification)) {
    const refused = classification.evidence.some((e) => e.signal === 'evasion');
    if (moment?.response === 'evaded' || (moment?.response === 'unanswered' && refused))
      return onSignal(classification, reply, 'evasion');
    if (moment?.response === 'unanswered')
      return { ...plain('unanswered', excerpt(reply)), goodWords: good(classification, reply) };
  }
  if (label === 'neutral') return plain(SMALL_CARE.test(reply) ? 'care' : 'neutral', excerpt(reply));
  return onLabelSide(classification, reply, label);
}

function onLabelSide(classification: Classification, reply: string, label: Label): FeedbackFocus {
  const side = SIDE_SETS[label];
  // The label's own side first; a defensive reply whose only words shrink it is still about those words.
  const evidence =
    classification.evidence.find((e) => side.has(e.signal)) ??
    (label === 'validating' ? undefined : classification.evidence.find((e) => isHurtingSignal(e.signal)));
  const key: FeedbackKey = evidence?.signal ?? classification.signals.find((s) => side.has(s)) ?? label;
  // No words were marked, but a sentence was judged the label's own: that sentence is what to quote,
  // not the reply's first ("Twice, I think." had been quoted as "standing your ground" before
  // "But she's a nurse, she wasn't going to judge you").
  const part = evidence || label === 'validating' ? undefined : partJudged(classification, reply, label);
  const words = (evidence && clauseOf(evidence, reply)) || (part && quotable(part.text)) || excerpt(reply);
  const focus = plain(key, words);
  if (label === 'validating') return focus;
  return { ...focus, ...creditsOf(classification, reply, evidence ?? part, words) };
}

/** The first sentence of a long reply judged with the label (when it is not the first). */
function partJudged(
  classification: Classification,
  reply: string,
  label: Label,
): { text: string; start: number } | undefined {
  const parts = classification.parts ?? [];
  if (parts.length < 2 || parts[0]?.label === label) return undefined;
  const part = parts.find((p) => p.label === label);
  if (!part) return undefined;
  const text = reply.slice(part.start, part.end).trim();
  return text ? { text, start: reply.indexOf(text, part.start) } : undefined;
}

function onSignal(classification: Classification, reply: string, signal: Signal): FeedbackFocus {
  const evidence = classification.evidence.find((e) => e.signal === signal);
  return plain(signal, (evidence && clauseOf(evidence, reply)) || excerpt(reply));
}

function plain(key: FeedbackKey, words: string): FeedbackFocus {
  return { key, words, hurt: HURTING.has(key), credits: [], creditFirst: true, goodWords: null };
}

function hurtIn(classification: Classification): boolean {
  return classification.label === 'defensive' || classification.label === 'minimizing';
}

function good(classification: Classification, reply: string): string | null {
  const evidence = classification.evidence.find((e) => isValidatingSignal(e.signal));
  return evidence ? clauseOf(evidence, reply) || null : null;
}

/**
 * What was right besides the words that hurt: the validating signals of the reply's parts before the
 * part that hurt (or after it, when nothing came before), else of the validating evidence.
 */
function creditsOf(
  classification: Classification,
  reply: string,
  hurt: { start: number } | undefined,
  words: string,
): Pick<FeedbackFocus, 'credits' | 'creditFirst' | 'goodWords'> {
  const at = hurt?.start ?? reply.length;
  const goodEvidence = classification.evidence.filter((e) => isValidatingSignal(e.signal));
  const spans = classification.parts?.length
    ? classification.parts.map((part) => ({
        start: part.start,
        signals: part.signals.filter(isValidatingSignal),
        isGood: part.label === 'validating' || part.signals.some(isValidatingSignal),
        holdsHurt: part.start <= at && at < Math.max(part.end, part.start + 1),
      }))
    : goodEvidence.map((e) => ({ start: e.start, signals: [e.signal], isGood: true, holdsHurt: false }));
  const good = spans.filter((s) => s.isGood && !s.holdsHurt && s.signals.length > 0);
  const before = good.filter((s) => s.start < at);
  const chosen = before.length > 0 ? before : good;
  const credits = [...new Set(chosen.flatMap((s) => s.signals))];
  // The good words nearest the hurt: the last ones before it ("needed nothing after it"), or the first after.
  const byPlace = [...goodEvidence].sort((a, b) => a.start - b.start);
  const nearest = before.length > 0 ? byPlace.filter((e) => e.start < at).pop() : byPlace.find((e) => e.start >= at);
  const quoted = nearest ? clauseOf(nearest, reply) : '';
  return {
    credits,
    creditFirst: before.length > 0 || credits.length === 0,
    goodWords: quoted && quoted !== words && !words.includes(quoted) ? quoted : null,
  };
}

/** The evidence widened to the clause around it, or the evidence alone if that clause is long. */
export function clauseOf(evidence: Evidence, reply: string): string {
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
/** The sentence that tells it otherwise ("He kept texting me" after "I'd rather not get into it."). */
function toldOtherwiseIn(reply: string, moment: QuestionMoment): string {
  const { said } = moment.contradiction ?? {};
  const truth = moment.trueAnswer ?? '';
  const sentences = reply.trim().split(/(?<=[.!?])\s+/);
  const found = sentences.find((s) => (said ? polarityOf(s) === said : tellsOtherwise(moment.kind, truth, s)));
  return found ? quotable(found) : excerpt(reply);
}

// A lone "No." or "Okay." quoted on its own says nothing of what the reply did: the sentence after it goes with it.
const BARE_OPENING = /^(?:yes|yeah|yep|no|nope|nah|ok|okay|right|well|so|look)[.!?,]*$/i;

function excerpt(reply: string): string {
  const text = reply.trim();
  const sentences = text.split(/(?<=[.!?])\s+/);
  const first = sentences[0] ?? text;
  return quotable(BARE_OPENING.test(first) && sentences.length > 1 ? `${first} ${sentences[1]}` : first);
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
