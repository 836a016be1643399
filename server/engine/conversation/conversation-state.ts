// What the partner remembers of the conversation, beside the partner machine (which holds how they
// feel): the question they are waiting on, what they have been told and by which words, what was
// promised, which beats and lines are spent. Plain JSON in the session snapshot, changed only by the
// pure functions here, so a rewound or restored session remembers exactly what the original did.
import type { AnswerKind, BeatId, FactId, LineId, QuestionId } from './ids.js';

export interface PendingQuestion {
  question: QuestionId;
  /** Times the reply did not answer it so far (a second dodge and the partner gives up). */
  dodges: number;
}

export interface ToldFact {
  fact: FactId;
  turn: number;
  /** The sentence that told it, in the user's words (at most 200 characters). */
  words: string;
}

export interface AnsweredQuestion {
  question: QuestionId;
  turn: number;
  how: AnswerKind;
  /** The reply that answered it, in the user's words (at most 200 characters). */
  words: string;
  /** Answered after the partner had given up on it (absent in snapshots saved before there were late answers). */
  late?: true;
}

export interface MadePromise {
  turn: number;
  words: string;
}

export interface ConversationState {
  pending?: PendingQuestion;
  disclosed: ToldFact[];
  answered: AnsweredQuestion[];
  /** Questions dodged twice: the partner stopped asking them. */
  givenUp: QuestionId[];
  /** The latest few promises, oldest first. */
  promises: MadePromise[];
  firedBeats: BeatId[];
  /** Lines said, least recent first (a line said again moves to the end). */
  usedLines: LineId[];
  /** The line (or line and question) said last, so tests and tools can tell where it came from. */
  lastSaid: LineId[];
  /** Partner lines since one last asked a question (the opening counts); -1 right after giving up on one. */
  sinceAsked: number;
}

/** Promises kept for quoting: the partner holds the user to what they said lately. */
const PROMISES_KEPT = 3;

export function initialConversation(): ConversationState {
  return {
    disclosed: [],
    answered: [],
    givenUp: [],
    promises: [],
    firedBeats: [],
    usedLines: [],
    lastSaid: [],
    sinceAsked: 0,
  };
}

export function isDisclosed(state: ConversationState, fact: FactId): boolean {
  return state.disclosed.some((told) => told.fact === fact);
}

export function wordsFor(state: ConversationState, fact: FactId): string | undefined {
  return state.disclosed.find((told) => told.fact === fact)?.words;
}

export function latestPromise(state: ConversationState): string | undefined {
  return state.promises.at(-1)?.words;
}

/** A question is closed once answered, given up on, or its fact told. The pending one is not open either. */
export function isClosed(state: ConversationState, question: QuestionId, about: FactId | undefined): boolean {
  return (
    state.pending?.question === question ||
    isAnswered(state, question) ||
    state.givenUp.includes(question) ||
    (about !== undefined && isDisclosed(state, about))
  );
}

export function withDisclosures(state: ConversationState, told: ToldFact[]): ConversationState {
  const fresh = told.filter((t) => !isDisclosed(state, t.fact));
  return fresh.length === 0 ? state : { ...state, disclosed: [...state.disclosed, ...fresh] };
}

export function withPromise(state: ConversationState, promise: MadePromise | undefined): ConversationState {
  if (!promise) return state;
  return { ...state, promises: [...state.promises, promise].slice(-PROMISES_KEPT) };
}

export function answered(state: ConversationState, answer: AnsweredQuestion): ConversationState {
  const { pending: _answered, ...rest } = state;
  return { ...rest, answered: [...state.answered, answer] };
}

/** An earlier question answered at last: it is closed, and whatever is pending still waits. */
export function answeredLate(state: ConversationState, answer: AnsweredQuestion): ConversationState {
  return { ...state, answered: [...state.answered, { ...answer, late: true }] };
}

export function isAnswered(state: ConversationState, question: QuestionId): boolean {
  return state.answered.some((answered) => answered.question === question);
}

export function dodgedOnce(state: ConversationState): ConversationState {
  if (!state.pending) return state;
  return { ...state, pending: { ...state.pending, dodges: state.pending.dodges + 1 } };
}

export function gaveUp(state: ConversationState): ConversationState {
  if (!state.pending) return state;
  const { pending, ...rest } = state;
  return { ...rest, givenUp: [...state.givenUp, pending.question] };
}

/**
 * The partner's line was said: when it asks a question that question is pending (a question asked
 * again keeps its count of dodges); otherwise it is one more line without a question.
 */
export function spoke(state: ConversationState, asks: QuestionId | undefined): ConversationState {
  if (!asks) return { ...state, sinceAsked: state.sinceAsked + 1 };
  const dodges = state.pending?.question === asks ? state.pending.dodges : 0;
  return { ...state, pending: { question: asks, dodges }, sinceAsked: 0 };
}

export function fired(state: ConversationState, beat: BeatId): ConversationState {
  return { ...state, firedBeats: [...state.firedBeats, beat] };
}

/** The line was said now: it moves to the end of the used list (least recent first). */
export function said(state: ConversationState, line: LineId): ConversationState {
  const usedLines = state.usedLines.filter((id) => id !== line);
  usedLines.push(line);
  return { ...state, usedLines };
}
