// A better way to say it, for this moment. With a question waiting and not answered straight, it
// answers first with the scenario's true answer. It keeps the user's own good words (their facts,
// their answer, their apology), adds a repair for the part that hurt or the next step after what
// worked, and ends with a close that fits how the partner feels. When nothing of the reply can be
// kept, it opens by saying the partner's words back (or naming the feeling).

import { sentencesOf } from '../sentences.js';
import type { Emotion } from '../types.js';
import { givesAnotherAccount } from './another-account.js';
import type { FeedbackFocus } from './feedback-focus.js';
import { fill, lowerFirst } from './fill-words.js';
import type { OwnWords } from './own-words.js';
import { pickVariant } from './pick-variant.js';
import type { QuestionMoment } from './question-moment.js';
import { reflectPartner } from './reflect-partner.js';
import { saysAgain } from './says-again.js';
import {
  AFTER_ANSWER,
  ANY_EMOTION_CLOSES,
  type Close,
  MOVES,
  type SuggestedLine,
  type Theme,
  VOICES,
} from './suggestion-lines.js';

export interface SuggestionInput {
  focus: FeedbackFocus;
  moment: QuestionMoment | null;
  own: OwnWords;
  emotion: Emotion | undefined;
  partnerLine: string | undefined;
  /** The partner's name and the other person's, or null. */
  names: { partner: string | null; other: string | null };
  reasonsAsked: boolean;
  /** Every fact of the scenario has been told: only then may a suggestion say nothing is left out. */
  allTold: boolean;
  /** The answer to a question the partner gave up on, still owed: volunteered first. */
  owedAnswer?: string;
  seed: number;
}

const BARE_YES_NO = /^(?:yes|yeah|yep|no|nope)[.!]*$/i;
/** A suggestion this long already says enough: no close after it. */
const ENOUGH_SENTENCES = 3;
/** Kept words this short ("I'm sorry.") leave room for the partner's words said back before them. */
const SHORT_REPLY_WORDS = 6;
const VALIDATING_KEYS: ReadonlySet<string> = new Set([
  'honest-answer',
  'responsibility',
  'apology',
  'reflection',
  'feeling-named',
  'open-question',
  'patience',
  'transparency',
  'growth',
  'validating',
]);

export function suggestionFor(input: SuggestionInput): string {
  const { moment, own, names } = input;
  const voice = VOICES[input.emotion ?? 'unspecified'];
  const answer = answerFirst(moment, own) ? (moment?.trueAnswer as string) : owedFirst(input);
  // The answer's own words, without the way back to an owed question ("I left your question hanging before.").
  const truth = answer === null ? null : answer === moment?.trueAnswer ? answer : (input.owedAnswer as string);
  const kept = truth
    ? own.sentences.filter(
        (s) => !BARE_YES_NO.test(s) && !truth.includes(s.replace(/[.!?…]+$/, '')) && !givesAnotherAccount(s, truth),
      )
    : own.sentences;
  const pieces: string[] = [];
  if (answer) pieces.push(answer);
  // With little of their own kept ("I'm sorry."), the partner's words said back come first.
  const reflection = reflectPartner(input.partnerLine);
  const short = wordCount(kept) <= SHORT_REPLY_WORDS;
  if (!answer && (kept.length === 0 || (reflection && short))) {
    const opening = openingFor(input, reflection);
    // A quiet partner is addressed gently by name; the user's own words are left as they wrote them.
    if (opening)
      pieces.push(voice.addressByName && names.partner ? `${names.partner}, ${lowerFirst(opening)}` : opening);
  }
  pieces.push(...kept);
  // What the suggestion already says in the user's (or the answer's) words: no line added says it again.
  const said = answer ? [answer, ...kept] : kept;
  const move = moveFor(input, answer !== null, kept.length > 0, said);
  if (move) pieces.push(textOf(move.line, names.other));
  // A confused partner is always offered answers, whatever else was said.
  if (sentenceCount(pieces) < ENOUGH_SENTENCES + (input.emotion === 'confusion' ? 1 : 0)) {
    const close = closeFor(input, move?.theme, answer !== null, said);
    if (close) pieces.push(textOf(close, names.other));
  }
  return fill(pieces.filter(Boolean).join(' '), { other: names.other ?? '' });
}

/**
 * The true answer leads unless the user already answered it straight: their own answer is kept, and
 * a bare "Yes." is kept as the true answer's own "Yes." with the rest of it.
 */
function answerFirst(moment: QuestionMoment | null, own: OwnWords): boolean {
  if (!moment?.trueAnswer) return false;
  if (moment.contradiction) return true;
  return moment.response !== 'answered' || own.sentences.every((s) => BARE_YES_NO.test(s));
}

/**
 * Ways to go back to a question the partner stopped asking. Being open without being asked twice is
 * the principle: the suggestion brings the answer back unasked.
 */
const BACK_TO_IT = [
  "I didn't answer you before, and I should have.",
  'You asked me earlier and I went round it.',
  'I want to go back to what you asked.',
  'You stopped asking, and you are still owed the answer.',
  'Earlier I dodged your question.',
  'I left your question hanging before.',
  "You shouldn't have had to give up on that question.",
  'Let me answer what you asked me before.',
  "I'm going back to your question, because I ducked it.",
  'You asked, and I never gave you a straight answer.',
];

function owedFirst(input: SuggestionInput): string | null {
  if (input.moment || !input.owedAnswer) return null;
  // A reply that already tells it keeps its own words.
  if (input.own.sentences.some((s) => input.owedAnswer?.includes(s.replace(/[.!?…]+$/, '')))) return null;
  return `${pickVariant(BACK_TO_IT, input.seed, 'owed')} ${input.owedAnswer}`;
}

function openingFor(input: SuggestionInput, reflection: string | null): string {
  const voice = VOICES[input.emotion ?? 'unspecified'];
  return reflection
    ? fill(pickVariant(voice.withReflection, input.seed, 'open'), { R: reflection })
    : pickVariant(voice.withoutReflection, input.seed, 'open');
}

/**
 * The repair for what hurt; the next step after what worked (only when the user's words are kept, so
 * it follows them); for a reply that did not answer, nothing when the true answer already leads.
 */
function moveFor(
  input: SuggestionInput,
  answered: boolean,
  keptAny: boolean,
  said: readonly string[],
): { theme: Theme; line: SuggestedLine } | null {
  const { key, hurt } = input.focus;
  // "I'm sorry you feel that way" already turned into "I'm sorry I hurt you": that was the repair.
  if (key === 'non-apology' && input.own.apologyTurned) return null;
  const wanted = hurt || (VALIDATING_KEYS.has(key) ? keptAny || !answered : !answered || key === 'denial');
  if (!wanted) return null;
  const move = MOVES[key];
  // After a straight answer, "that's the whole of it" is as good a next step as an offer of more.
  const candidates = key === 'honest-answer' ? [...move.lines, ...AFTER_ANSWER] : move.lines;
  const lines = candidates.filter(
    (l) => !(input.reasonsAsked && l.holdsBack) && !(answered && l.notAfterAnswer) && fresh(l, input, said),
  );
  if (lines.length === 0) return null;
  return { theme: move.theme, line: pickVariant(lines, input.seed, 'move') };
}

function closeFor(
  input: SuggestionInput,
  moveTheme: Theme | undefined,
  answered: boolean,
  said: readonly string[],
): SuggestedLine | null {
  const own = VOICES[input.emotion ?? 'unspecified'].closes;
  const closes: readonly Close[] = input.emotion === 'confusion' ? own : [...own, ...ANY_EMOTION_CLOSES];
  const fitting = closes.filter((c) => c.theme !== moveTheme);
  const pool = (answered ? [...AFTER_ANSWER, ...fitting] : fitting).filter((line) => fresh(line, input, said));
  return pool.length > 0 ? pickVariant(pool, input.seed, 'close') : null;
}

/**
 * A reassurance that nothing is hidden is only true once everything has been told, and a line about
 * "your question" only fits when the partner asked one.
 */
function truthful(line: SuggestedLine, input: SuggestionInput): boolean {
  return (!line.claimsAllTold || input.allTold) && (!line.needsQuestion || input.moment !== null);
}

/** A line fit to add: true here, and not a second saying of what the suggestion already says. */
function fresh(line: SuggestedLine, input: SuggestionInput, said: readonly string[]): boolean {
  return truthful(line, input) && !saysAgain(textOf(line, input.names.other), said);
}

function textOf(line: SuggestedLine, other: string | null): string {
  return other && line.withOther ? line.withOther : line.text;
}

function wordCount(sentences: readonly string[]): number {
  return sentences.reduce((n, s) => n + s.split(/\s+/).filter(Boolean).length, 0);
}

function sentenceCount(pieces: readonly string[]): number {
  return pieces.reduce((n, piece) => n + sentencesOf(piece, true).length, 0);
}
