// The line chooser: what the partner says after taking a reply in. In order: an ending; the
// question they were waiting on (taken in, asked again, or given up on); an earlier question
// answered late (taken in with its own answered line, then the pending question asked again, or its
// follow-up); a beat; the fact just told unasked; their answer when the reply asked about them
// ("What hurts most?", each said once); a reaction for their emotion and the kind of reply,
// high-intensity lines first. Then, if the line asks nothing, the next open question.
// Within a list the seeded generator picks a line not said yet, among those that fit the length of
// the reply when the scenario says which length a line answers; a used-up list says its least
// recently said line again, never another list's.
// (Their last line asked nothing, or they would be waiting on it: so a reaction may ask, except
// in the two lines after giving up on a question.)
import { drawInt, type RngState } from '../rng.js';
import { HIGH_INTENSITY, type ReplyLength } from '../scenario/scenario-schema.js';
import type { Emotion, Label, SessionStatus } from '../types.js';
import { type ConversationState, fired, isClosed, said, spoke } from './conversation-state.js';
import { fillLine } from './fill-line.js';
import type { Hearing } from './hear-reply.js';
import type { EndingKind, QuestionId } from './ids.js';
import type { BookBeat, BookLine, BookQuestion, ScenarioBook } from './scenario-book.js';

export interface LineMoment {
  /** The session's status after the reply (an ending when not active). */
  status: SessionStatus;
  emotion: Emotion;
  intensity: number;
  hearing: Hearing;
  /** How long the reply was, when it was short or long (see reply-length.ts). */
  replyLength?: ReplyLength;
  /** The reply, heard as validating, asked about them ("What hurts most right now?"). */
  askedAboutThem?: boolean;
  /** A beat due now, if any (see beats.ts). */
  beat?: BookBeat;
}

export interface Spoken {
  /** What the partner says, slots and quotes filled. */
  line: string;
  /** The question now pending, when the line asks (or asks again). */
  asks?: QuestionId;
}

export interface Chosen {
  spoken: Spoken;
  state: ConversationState;
  rng: RngState;
  /** The beat said, so its pull on the partner can be applied. */
  beat?: BookBeat;
}

interface Piece {
  line: BookLine;
  rng: RngState;
}

export function openingLine(book: ScenarioBook, state: ConversationState, rng: RngState): Chosen {
  const [index, next] = drawInt(rng, 0, book.opening.length - 1);
  const line = book.opening[index] as BookLine;
  return finish(book, state, [line], next);
}

export function chooseLine(book: ScenarioBook, state: ConversationState, moment: LineMoment, rng: RngState): Chosen {
  if (moment.status !== 'active' && moment.status !== 'ended') {
    const ending = pick(book.endings[moment.status as EndingKind], state, rng) as Piece;
    return finish(book, state, [ending.line], ending.rng);
  }
  const question = moment.hearing.question;
  const waited = question ? book.question.get(question.id) : undefined;
  if (question && waited) {
    if (question.outcome === 'answered') return takeIn(book, state, waited, question.how ?? 'honest', rng);
    if (question.outcome === 'dodged') {
      const again = pick(waited.dodged, state, rng) as Piece;
      return finish(book, state, [again.line], again.rng);
    }
    const givingUp = pick(book.givesUp, state, rng) ?? (pick(waited.dodged, state, rng) as Piece);
    const chosen = finish(book, state, [statement(givingUp.line)], givingUp.rng);
    // Having given up on a question, they let two lines pass before asking anything else.
    return { ...chosen, state: { ...chosen.state, sinceAsked: -1 } };
  }
  const late = moment.hearing.late;
  const answeredLate = late ? book.question.get(late.id) : undefined;
  if (late && answeredLate) return takeIn(book, state, answeredLate, late.how, rng);
  if (moment.beat) {
    const beat = moment.beat;
    return { ...finish(book, fired(state, beat.id), [beat.line], rng), beat };
  }
  return react(book, state, moment, rng);
}

/**
 * An answer taken in, and then what is still to ask: the question still pending when the answer was
 * to an earlier one (it was asked first), else the follow-up when it is still open.
 */
function takeIn(
  book: ScenarioBook,
  state: ConversationState,
  question: BookQuestion,
  how: 'honest' | 'excused',
  rng: RngState,
): Chosen {
  const takenIn = pick(question.answered[how], state, rng) as Piece;
  const waiting = state.pending && state.pending.question !== question.id ? state.pending.question : undefined;
  const followUp = question.followUp && isOpen(book, state, question.followUp) ? question.followUp : undefined;
  const next = waiting ?? followUp;
  const ask = next ? pick(book.question.get(next)?.ask ?? [], state, takenIn.rng) : undefined;
  return ask
    ? finish(book, state, [takenIn.line, ask.line], ask.rng)
    : finish(book, state, [takenIn.line], takenIn.rng);
}

function react(book: ScenarioBook, state: ConversationState, moment: LineMoment, rng: RngState): Chosen {
  const mayAsk = state.sinceAsked >= 1;
  const fitting = (line: BookLine) => !line.asks || (mayAsk && isOpen(book, state, line.asks));
  // "Say something." is no answer to a paragraph: a line written for one length of reply waits for it.
  const fitsTheReply = (line: BookLine) => fitting(line) && (!line.after || line.after === moment.replyLength);
  const first =
    heardLine(book, state, moment.hearing, rng) ??
    (moment.askedAboutThem ? pickFree(book.whenAsked[moment.emotion], state, rng) : undefined) ??
    reactionLine(book, state, moment, fitsTheReply, rng) ??
    reactionLine(book, state, moment, fitting, rng) ??
    // Every line of the cell asks something closed: the cell's least recent line, said as a statement.
    ({ line: statement(leastRecent(reactionCell(book, moment)[0] ?? [], state) as BookLine), rng } as Piece);
  if (first.line.asks || !mayAsk) return finish(book, state, [first.line], first.rng);
  const next = book.questions.find((q) => !q.followUpOnly && isOpen(book, state, q.id));
  const ask = next ? pick(next.ask, state, first.rng) : undefined;
  return ask ? finish(book, state, [first.line, ask.line], ask.rng) : finish(book, state, [first.line], first.rng);
}

/** The partner's answer to a fact told before they asked, when the scenario wrote one. */
function heardLine(book: ScenarioBook, state: ConversationState, hearing: Hearing, rng: RngState): Piece | undefined {
  for (const told of hearing.told) {
    const piece = pickFree(book.heard.get(told.fact) ?? [], state, rng);
    if (piece) return piece;
  }
  return undefined;
}

/** High-intensity lines first when intensity is high; a used-up cell repeats its least recent line. */
function reactionLine(
  book: ScenarioBook,
  state: ConversationState,
  moment: LineMoment,
  fitting: (line: BookLine) => boolean,
  rng: RngState,
): Piece | undefined {
  const bands = reactionCell(book, moment).map((lines) => lines.filter(fitting));
  for (const lines of bands) {
    const piece = pickFree(lines, state, rng);
    if (piece) return piece;
  }
  const again = leastRecent(bands[0] ?? [], state) ?? leastRecent(bands[1] ?? [], state);
  return again ? { line: again, rng } : undefined;
}

function reactionCell(book: ScenarioBook, moment: LineMoment): BookLine[][] {
  const cell = book.reactions[moment.emotion];
  const label: Label = moment.hearing.heardAs;
  const high = cell.high[label];
  if (moment.intensity >= HIGH_INTENSITY && high.length > 0) return [high, cell.normal[label]];
  return [cell.normal[label]];
}

/** The line without its question (the question is closed, or the partner has given up on it). */
function statement(line: BookLine): BookLine {
  const { asks: _closed, ...rest } = line;
  return rest;
}

function isOpen(book: ScenarioBook, state: ConversationState, id: QuestionId): boolean {
  const question = book.question.get(id);
  return question !== undefined && !isClosed(state, id, question.about);
}

function pick(lines: BookLine[], state: ConversationState, rng: RngState): Piece | undefined {
  const free = pickFree(lines, state, rng);
  if (free) return free;
  const again = leastRecent(lines, state);
  return again ? { line: again, rng } : undefined;
}

function pickFree(lines: BookLine[], state: ConversationState, rng: RngState): Piece | undefined {
  const free = lines.filter((line) => !state.usedLines.includes(line.id));
  if (free.length === 0) return undefined;
  const [index, next] = drawInt(rng, 0, free.length - 1);
  return { line: free[index] as BookLine, rng: next };
}

function leastRecent(lines: BookLine[], state: ConversationState): BookLine | undefined {
  let best: BookLine | undefined;
  let bestAt = Number.POSITIVE_INFINITY;
  for (const line of lines) {
    const at = state.usedLines.indexOf(line.id);
    if (at < bestAt) {
      bestAt = at;
      best = line;
    }
  }
  return best;
}

/** Says the pieces (one line, or a line and a question): marks them used, notes what is asked, fills slots. */
function finish(book: ScenarioBook, state: ConversationState, pieces: BookLine[], rng: RngState): Chosen {
  let next = state;
  for (const piece of pieces) next = said(next, piece.id);
  next = { ...next, lastSaid: pieces.map((piece) => piece.id) };
  const asks = pieces.at(-1)?.asks;
  next = spoke(next, asks);
  const line = pieces.map((piece) => fillLine(book, next, piece.text)).join(' ');
  return { spoken: { line, ...(asks ? { asks } : {}) }, state: next, rng };
}
