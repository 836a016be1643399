// One pass over a reply that everything else reads from: the canonical text, the cues found in it
// (with negation and questions handled), its sentences, what the partner's line asked and whether
// the reply answered it. Training and classifying share it, so the model sees at run time exactly
// what it was trained on.
import type { QuestionKind, Signal } from '../types.js';
import { type AnswerReading, readAnswer } from './answer-reader.js';
import { detectSignals, type SignalHit, turnAround, yesButHits } from './detect-signals.js';
import { type NormalizedReply, normalizeReply } from './normalize-reply.js';
import { correctsNothingOfTheirs } from './nothing-to-correct.js';
import { type PartnerEcho, partnerCanonical, partnerEcho } from './partner-echo.js';
import { type CompiledQuestionModel, readQuestionWith } from './question-model.js';
import type { PartnerQuestion } from './question-reader.js';
import { wordsSaidBack } from './said-back.js';
import { sideOf } from './signal-sides.js';

export interface ReplyReading {
  normalized: NormalizedReply;
  hits: SignalHit[];
  negated: SignalHit[];
  /** Sentences as [start, end) offsets of the canonical text, in order; at least one. */
  parts: Array<{ start: number; end: number }>;
  question: PartnerQuestion;
  /** Present when the partner's line asks for information. */
  answer?: AnswerReading;
  echo: PartnerEcho;
  /** Whether there was a partner's line to read the reply against. */
  partnerSaid: boolean;
}

/**
 * Signals that, said in place of an answer, go round the question: turning it back on the partner
 * (an evasion), or shrinking it or saying it just happened (the question left unanswered). A reason with an excuse (`justification`) or a flat
 * "no" (`denial`) still answers; so does making the account exact (`detail-correction`).
 */
const DEFLECTING: ReadonlySet<Signal> = new Set([
  'blame-shift',
  'counter-attack',
  'self-pity',
  'stonewall',
  'dismissal',
  'downplay',
  'generalizing',
  'rushing',
  'agency-removal',
  'intent-excuse',
  'non-apology',
]);

/** Past this many sentences the rest of a long paste is read as one last part. */
const MAX_PARTS = 12;

export function readReply(
  text: string,
  partner: string | undefined,
  given?: { kind: QuestionKind },
  questions?: CompiledQuestionModel,
  options: { noPrefilter?: boolean; normalized?: NormalizedReply } = {},
): ReplyReading {
  const normalized = options.normalized ?? normalizeReply(text);
  // A question the caller marked (a scenario knows its own questions) is taken as given.
  const question: PartnerQuestion = given
    ? givenQuestion(given.kind, partner, questions)
    : readQuestionWith(questions, partner, partnerCanonical);
  const askedQuantity = question.kinds.some((k) => k === 'how-many' || k === 'how-much' || k === 'how-long');
  const { hits, negated } = detectSignals(normalized, partner, { noPrefilter: options.noPrefilter, askedQuantity });
  const evasion = hits.find((h) => h.signal === 'evasion');
  const deflections = hits
    .filter((h) => DEFLECTING.has(h.signal))
    .map((h) => ({ start: h.start, end: h.end, evades: sideOf(h.signal) === 'defensive' }));
  const answer =
    question.type === 'info'
      ? readAnswer(normalized, question.kinds, evasion, question.auxiliary, deflections)
      : undefined;
  // Answering a yes/no question in its own words ("Did you say it was private?" "No. I never said it
  // was private.") is the answer, not a correction or a denial of the partner's account.
  if (answer?.response === 'answered' && question.kinds[0] === 'yes-no' && partner) {
    turnAround(
      hits,
      negated,
      (hit) =>
        (hit.signal === 'detail-correction' || hit.signal === 'denial') &&
        restatesQuestion(normalized.text, hit, partner),
    );
  }
  // Nothing of theirs to correct: "Not since March." to "When did you last speak to him?" is the answer.
  if (question.type === 'info' && partner) {
    turnAround(
      hits,
      negated,
      (hit) =>
        hit.signal === 'detail-correction' && correctsNothingOfTheirs(normalized.text, hit.start, hit.end, partner),
    );
  }
  // Rule 1 after an answer too: "Yes, but only because you were never home."
  if (answer?.response === 'answered' && answer.end !== undefined) {
    for (const hit of yesButHits(normalized.text, hits, answer.end)) {
      if (!hits.some((h) => h.start === hit.start && h.signal === hit.signal)) hits.push(hit);
    }
  }
  const echo = partnerEcho(normalized.text, partner);
  return {
    normalized,
    hits,
    negated,
    parts: sentencesOf(normalized.text),
    question,
    ...(answer ? { answer } : {}),
    echo,
    partnerSaid: partner !== undefined && partner.trim() !== '',
  };
}

// The clause of a hit shares two or more of the partner's content words: it says their question back.
function restatesQuestion(text: string, hit: SignalHit, partner: string): boolean {
  const start = Math.max(text.lastIndexOf(' . ', hit.start), text.lastIndexOf(' , ', hit.start)) + 1;
  const stop = text.slice(hit.end).search(/ [.,?!;]/);
  const clause = text.slice(start, stop === -1 ? text.length : hit.end + stop);
  return wordsSaidBack(clause, partner) >= 2;
}

// A question the scenario marked: its kind is given; the line still says which auxiliary it asks with.
function givenQuestion(
  kind: QuestionKind,
  partner: string | undefined,
  questions?: CompiledQuestionModel,
): PartnerQuestion {
  const read = readQuestionWith(questions, partner, partnerCanonical);
  const auxiliary = kind === 'yes-no' ? read.auxiliary : undefined;
  return { type: 'info', kinds: [kind], ...(auxiliary ? { auxiliary } : {}) };
}

// Sentence ends are the canonical tokens ".", "!" and "?" (normalizeReply spaces them out). A
// contrast inside a sentence ("I'm sorry, but you were never home") starts a part of its own: the
// taxonomy judges the clause after the "but", and feedback credits the one before it.
const CONTRAST = / (?:, )?(?:but|though|although|except|however) (?=\S)/g;

export function sentencesOf(text: string): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  for (const sentence of sentenceSpans(text)) {
    let start = sentence.start;
    CONTRAST.lastIndex = start;
    for (let m = CONTRAST.exec(text); m !== null && m.index < sentence.end; m = CONTRAST.exec(text)) {
      const cut = m.index + (m[0].startsWith(' , ') ? 3 : 1);
      // Three words at least on each side: "but" in "not once but twice" is no clause.
      if (
        wordCount(text, start, m.index) >= 3 &&
        wordCount(text, cut, sentence.end) >= 3 &&
        parts.length < MAX_PARTS - 1
      ) {
        parts.push({ start, end: m.index });
        start = cut;
      }
    }
    parts.push({ start, end: sentence.end });
  }
  return parts;
}

function wordCount(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const w = text.charCodeAt(i) !== 32;
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

function sentenceSpans(text: string): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    // Runs of marks ("?!", ". . .") end one sentence.
    let end = i + 1;
    while (end + 1 < text.length && text.charCodeAt(end) === 32 && isMark(text.charCodeAt(end + 1))) end += 2;
    if (hasWord(text, start, end) && parts.length < MAX_PARTS - 1) {
      parts.push({ start, end });
      start = end + 1;
    }
    i = end;
  }
  if (start < text.length && hasWord(text, start, text.length)) parts.push({ start, end: text.length });
  else if (parts.length > 0) (parts[parts.length - 1] as { end: number }).end = text.length;
  if (parts.length === 0) parts.push({ start: 0, end: text.length });
  return parts;
}

function isMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63;
}

function hasWord(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127) return true;
  }
  return false;
}
