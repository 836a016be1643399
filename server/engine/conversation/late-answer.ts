// A question answered late. The partner asked ("Have you slept with her?"), the user dodged until
// they gave up, and a turn or two later the user comes back to it: "Yes. Twice, at her flat in
// March." A reply that does not answer the pending question (or comes when none is pending) is read
// against the questions asked earlier and still open (given up on, not answered, fact untold),
// latest first, and only where it plainly answers one:
// - it tells the fact the question is about ("I've been sleeping with her since April."), and, to a
//   when, how long, how much, how many or where, gives that kind of fact ("I gambled" tells the
//   betting, but no sum);
// - to the latest open yes-or-no question, a plain yes or no (as true as the scenario's answer) with
//   the particulars of the act after it ("Yes. Twice, at her flat in March.": two of a count, a time
//   and a place, or one with words of the scenario's own) or said as the answer to it ("Yes, to what
//   you asked before."); a bare "Yes." answers only the question just asked, and "Yes, for lunch at
//   one." nothing asked before;
// - a fact of the kind asked for, said as the answer to it ("You asked when. In March."), or opening
//   the reply right after the partner gave up on it ("No answer. Noted." "Last April, after the
//   office sweepstake.").
// A refusal or a denial answers nothing, and a yes or no the opposite of the truth is never credited,
// nor is another person, time, sum or place than the true one (contradicts-truth.ts).
import type { Signal } from '../types.js';
import { type ConversationState, isAnswered, isDisclosed } from './conversation-state.js';
import { givesCount, givesPlace, givesSpan, givesSum, givesTime } from './fact-kinds.js';
import type { FactId } from './ids.js';
import { factPatterns, mentionsFact } from './mentions.js';
import { expectedByKind, polarityOf, readAnswer, tellsOtherwise } from './read-answer.js';
import type { BookQuestion, ScenarioBook } from './scenario-book.js';

export interface LateAnswer {
  question: BookQuestion;
  /** How it answers: by the question's fact, by a yes or a no, or by a fact of the kind asked for. */
  by: 'fact' | 'yes-no' | 'kind';
  /** A yes to a yes-or-no question whose true answer is yes: it tells the question's fact. */
  confirms: boolean;
}

/** Said as the answer to an earlier question: "you asked", "your question", "I didn't answer". */
const BACK_TO_IT =
  /\b(?:you asked|your question|what you asked|(?:asked|asking) me before|i (?:didn't|did not|never|couldn't|wouldn't) answer|i (?:dodged|ducked|avoided|skirted|went round) (?:it|that|the question|your question)|to answer (?:you|your question|that|it)|the answer(?:'s| is)|back to (?:it|that|what you|your question))\b/;
/**
 * A plain yes or no a reply opens with ("Yes.", "No,", "I did.", "I haven't,"), which "Nothing.", "All of
 * it." and "We do, mostly." are not, and a short "I did" after it: what follows are the particulars.
 */
const PLAIN_YES_OR_NO =
  /^\s*(?:(?:yes|yeah|yep|yup|no|nope|nah)\b|i (?:did|didn't|did not|have|haven't|have not|had|hadn't|was|wasn't)(?=\s*(?:[,.;:!\u2014-]|$)))/i;
const OPENING_YES_OR_NO =
  /^\s*(?:(?:yes|yeah|yep|yup|no|nope|nah)\b[\s,.;:!\u2014-]*)?(?:(?:i|we|he|she|they|it) (?:did|didn't|did not|have|haven't|have not|had|hadn't|was|wasn't|were|weren't)\b[\s,.;:!\u2014-]*)?/i;
/** How many times, said as a count of times: "twice", "three times", "every Thursday" ("one" alone is no count). */
const TIMES =
  /\b(?:once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|a few|several|many|a couple of|\d+) times|(?:every|most) (?:single )?(?:time|night|day|week|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?)\b/;
const TO_THE_PARTNER = /\b(?:you|your|yours|you're|you've|you'd|you'll)\b/;
/** The kinds of question a fact of their kind can answer late (who and what need the fact itself). */
const BY_KIND: ReadonlySet<string> = new Set(['when', 'how-long', 'how-much', 'how-many', 'where', 'why']);

/** Questions the partner asked earlier and still has no answer to, the latest first. */
export function openEarlier(book: ScenarioBook, state: ConversationState): BookQuestion[] {
  const open: BookQuestion[] = [];
  for (const id of [...state.givenUp].reverse()) {
    const question = book.question.get(id);
    if (!question || state.pending?.question === id || isAnswered(state, id)) continue;
    if (question.about && isDisclosed(state, question.about)) continue;
    open.push(question);
  }
  return open;
}

/**
 * The earlier question this reply answers, if it plainly answers one. `told`: the facts the reply
 * tells by their own words; `signals`: the classifier's (a refusal or a denial answers nothing).
 */
export function lateAnswerIn(
  book: ScenarioBook,
  state: ConversationState,
  reply: string,
  told: readonly FactId[],
  signals: readonly Signal[],
): LateAnswer | undefined {
  if (signals.includes('evasion') || signals.includes('denial')) return undefined;
  const open = openEarlier(book, state);
  if (open.length === 0) return undefined;
  const heard = { signals: [...signals] };
  for (const question of open) {
    if (!question.about || !told.includes(question.about)) continue;
    if (BY_KIND.has(question.source.kind) && question.source.kind !== 'why' && !expectedByKind(question.source, reply))
      continue;
    const reading = readAnswer(question.source, reply, told, heard);
    if (reading.response === 'answered' && !reading.contradicts) return { question, by: 'fact', confirms: false };
  }
  const lower = normalize(reply);
  const backToIt = BACK_TO_IT.test(lower);
  if (polarityOf(reply)) {
    const yesNo = open.find((question) => question.source.kind === 'yes-no');
    if (!yesNo || !PLAIN_YES_OR_NO.test(lower) || !(backToIt || givesParticulars(book, reply))) return undefined;
    const reading = readAnswer(yesNo.source, reply, told, heard);
    if (reading.response !== 'answered' || reading.contradicts) return undefined;
    return { question: yesNo, by: 'yes-no', confirms: reading.confirms };
  }
  const opening = openingAnswer(state, open[0] as BookQuestion, reply);
  if (opening) return opening;
  if (!backToIt) return undefined;
  const byKind = open.find((question) => {
    const reading = readAnswer(question.source, reply, told, heard);
    return BY_KIND.has(question.source.kind) && reading.response === 'answered' && !reading.contradicts;
  });
  return byKind ? { question: byKind, by: 'kind', confirms: false } : undefined;
}

/**
 * Right after the partner gave up on a question (their give-up line, or the one after it), a reply
 * that opens with the fact it asked for is the answer that took a moment to come: "Just a second, I
 * need to think." ... "No answer. Noted." ... "Last April, after the office sweepstake." The opening
 * clause must be the fact alone ("Last April", "About £31,000", "Because I was ashamed"), so "Last
 * night I couldn't sleep" is not taken for the month it started.
 */
function openingAnswer(state: ConversationState, latest: BookQuestion, reply: string): LateAnswer | undefined {
  if (state.sinceAsked > 0 || !BY_KIND.has(latest.source.kind)) return undefined;
  const clause = (OPENING_CLAUSE.exec(reply.trim())?.[1] ?? '').trim();
  if (clause === '' || !expectedByKind(latest.source, clause)) return undefined;
  if (tellsOtherwise(latest.source.kind, latest.source.answer, reply)) return undefined;
  const words = normalize(clause).split(/\s+/);
  if (latest.source.kind !== 'why' && (words.length > 6 || words.some((w) => SUBJECT.has(w)))) return undefined;
  return { question: latest, by: 'kind', confirms: false };
}

/** The reply up to its first comma, dash or sentence end. */
const OPENING_CLAUSE = /^([^,.;:!?\u2014]+)/;
const SUBJECT = new Set(['i', "i'm", "i'd", "i've", 'you', 'we', 'he', 'she', 'they', 'it', "it's", 'im', 'ive']);

/**
 * The facts a reply denies: a "No." to the latest open yes-or-no question whose truth is yes tells
 * nothing of its fact, whatever else the reply mentions ("No. I never slept with her."); nor does
 * another person, time, sum or place than an open question's true one ("He got in touch first.").
 */
export function deniedEarlier(book: ScenarioBook, state: ConversationState, reply: string): FactId[] {
  const open = openEarlier(book, state);
  const yesNo = open.find((question) => question.source.kind === 'yes-no');
  const denied = yesNo?.about && readAnswer(yesNo.source, reply, []).contradicts ? [yesNo.about] : [];
  for (const question of open)
    if (question.about && tellsOtherwise(question.source.kind, question.source.answer, reply))
      denied.push(question.about);
  return denied;
}

/**
 * After the opening yes or no, the particulars of what happened, in words about the act rather than
 * to the partner: two of a count of times, a time and a place ("Twice, at her flat in March."), or
 * one such detail (or a number, a span or a sum) with words the scenario's facts are told in. "Yes,
 * for lunch at one." and "Yes, I checked two times." have one, and nothing of the scenario.
 */
function givesParticulars(book: ScenarioBook, reply: string): boolean {
  const rest = reply.replace(OPENING_YES_OR_NO, '').trim();
  if (!/[\p{L}\p{N}]/u.test(rest) || TO_THE_PARTNER.test(normalize(rest))) return false;
  const act = [TIMES.test(normalize(rest)), givesTime(rest), givesPlace(rest)].filter(Boolean).length;
  if (act >= 2) return true;
  if (act === 0 && !givesCount(rest) && !givesSpan(rest) && !givesSum(rest)) return false;
  return factPatterns(book.scenario).some((fact) => mentionsFact(fact, rest));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}
