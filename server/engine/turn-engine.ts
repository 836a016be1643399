// The turn engine: pure functions from (session, reply) to (turn, next session). No I/O, no clock,
// no Math.random: every chance comes from the seeded generator whose state travels in the
// snapshot, so the same scenario, seed and replies give the same turns byte for byte, and a
// session restored from any turn's snapshot continues exactly as the original did.
//
// A turn: classify the reply (with the question the partner was waiting on) → crisis check → what
// the partner took from it (conversation/hear-reply) → feedback → the partner machine feels it →
// the line chooser answers (conversation/choose-line) → the new snapshot.
import { classifyReply, EmptyReplyError } from './classifier/classify-reply.js';
import { dueBeat } from './conversation/beats.js';
import { chooseLine, openingLine } from './conversation/choose-line.js';
import {
  type ConversationState,
  initialConversation,
  isAnswered,
  isDisclosed,
} from './conversation/conversation-state.js';
import { fillSlots, slotsOf } from './conversation/fill-line.js';
import { asHeard, type Hearing, hearReply, remember, understoodFrom } from './conversation/hear-reply.js';
import type { QuestionId } from './conversation/ids.js';
import { migrateSnapshot, type SessionSnapshotV1 } from './conversation/migrate-snapshot.js';
import { replyLengthOf } from './conversation/reply-length.js';
import { type BookQuestion, bookOf, type ScenarioBook } from './conversation/scenario-book.js';
import { tuningFor } from './difficulty.js';
import { feedbackFor } from './feedback/feedback-for.js';
import { questionSentence } from './feedback/question-moment.js';
import {
  type PartnerContext,
  type PartnerSnapshot,
  partnerMachine,
  partnerStart,
  partnerStep,
} from './partner-machine.js';
import { drawUnit, normalizeSeed, seedRng } from './rng.js';
import { detectCrisis } from './safety/detect-crisis.js';
import { pauseAt, pausedFeedback, refuseWhilePaused } from './safety/safety-pause.js';
import type { Scenario } from './scenario/scenario-schema.js';
import type {
  AskedQuestion,
  Classification,
  Difficulty,
  FeedbackContext,
  PartnerView,
  QuestionContext,
  SafetyPause,
  SessionStatus,
  Turn,
} from './types.js';

export const SNAPSHOT_VERSION = 2;

/** Everything needed to continue a session: JSON-safe, saved by the store after every turn. */
export interface SessionSnapshot {
  version: typeof SNAPSHOT_VERSION;
  scenarioId: string;
  seed: number;
  difficulty: Difficulty;
  /** Turns taken so far (0 right after the opening line). */
  turn: number;
  status: SessionStatus;
  partner: PartnerView;
  /** XState's persisted snapshot of the partner machine: how they feel. */
  machine: PersistedPartner;
  /** What they remember: the question pending, facts told, promises, beats and lines spent. */
  conversation: ConversationState;
  /** The seeded generator's state. */
  rng: number[];
  /** The last hint given, so the next one differs. */
  lastHint?: string;
  hintsGiven: number;
  /** The latest crisis pause; while it has no check-in, no reply is taken (safety/safety-pause.ts). */
  safety?: SafetyPause;
}

/** The parts of XState's persisted snapshot the engine relies on. */
export interface PersistedPartner {
  status: string;
  value: unknown;
  context: PartnerContext;
  [key: string]: unknown;
}

export interface EngineSession {
  readonly scenario: Scenario;
  readonly snapshot: SessionSnapshot;
  readonly status: SessionStatus;
  /** The partner's current state and latest line (the opening line right after startSession). */
  readonly partner: PartnerView;
  readonly turnCount: number;
  readonly seed: number;
  readonly difficulty: Difficulty;
}

export interface StartOptions {
  difficulty?: Difficulty;
}

export interface TurnOptions {
  /** The reply was sent from a hint. */
  hinted?: boolean;
}

export class SessionEndedError extends Error {
  readonly code = 'session_ended';
  constructor(status: SessionStatus) {
    super(`This session has ended (${status}); start a new one or rewind.`);
    this.name = 'SessionEndedError';
  }
}

export class SnapshotVersionError extends Error {
  readonly code = 'unknown_snapshot_version';
  constructor(version: unknown) {
    super(`Unknown session snapshot version: ${String(version)} (this engine reads 1 and ${SNAPSHOT_VERSION}).`);
    this.name = 'SnapshotVersionError';
  }
}

export { EmptyReplyError, fillSlots, slotsOf };

/**
 * The live machine snapshot behind a session snapshot: rebuilding it from JSON costs more than a
 * whole turn, so it is kept beside the plain snapshot (and rebuilt only after a restore).
 */
const liveMachines = new WeakMap<SessionSnapshot, PartnerSnapshot>();

export function startSession(scenario: Scenario, seed: number, options: StartOptions = {}): EngineSession {
  const difficulty = options.difficulty ?? 'realistic';
  const normalizedSeed = normalizeSeed(seed);
  const book = bookOf(scenario);
  const machine = partnerStart({
    emotion: scenario.start.emotion,
    intensity: scenario.start.intensity,
    trust: scenario.start.trust,
    tuning: tuningFor(scenario, difficulty),
  });
  const opening = openingLine(book, initialConversation(), seedRng(normalizedSeed));
  const snapshot: SessionSnapshot = {
    version: SNAPSHOT_VERSION,
    scenarioId: scenario.id,
    seed: normalizedSeed,
    difficulty,
    turn: 0,
    status: 'active',
    partner: partnerView(book, machine.context, opening.spoken),
    machine: persist(machine),
    conversation: opening.state,
    rng: [...opening.rng],
    hintsGiven: 0,
  };
  liveMachines.set(snapshot, machine);
  return sessionOf(scenario, snapshot);
}

export function takeTurn(
  session: EngineSession,
  replyText: string,
  options: TurnOptions = {},
): { turn: Turn; session: EngineSession } {
  const before = session.snapshot;
  if (before.status !== 'active') throw new SessionEndedError(before.status);
  refuseWhilePaused(before);
  const { scenario } = session;
  const book = bookOf(scenario);
  const waitingOn = pendingQuestion(book, before.conversation);
  const read = classifyReply(replyText, {
    partner: before.partner.line,
    emotion: before.partner.emotion,
    ...(waitingOn ? { question: questionContext(waitingOn) } : {}),
  });
  const index = before.turn + 1;
  const hinted = options.hinted ? { hinted: true as const } : {};

  const safety = detectCrisis(replyText);
  if (safety) {
    // The partner does not answer in character: their state is untouched and nothing random is drawn.
    const snapshot: SessionSnapshot = { ...before, turn: index, safety: pauseAt(index, safety) };
    liveMachines.set(snapshot, machineOf(before));
    const turn: Turn = {
      index,
      reply: replyText,
      classification: read,
      feedback: pausedFeedback(safety),
      partner: before.partner,
      status: 'active',
      ...hinted,
      safety,
      understood: { disclosed: [] },
    };
    return { turn, session: sessionOf(scenario, snapshot) };
  }

  const hearing = hearReply(book, before.conversation, replyText, read, index);
  const classification = asHeard(read, hearing, replyText);
  const remembered = remember(before.conversation, hearing, replyText, index);
  const understood = understoodFrom(hearing);
  const answeredLate = hearing.late ? book.question.get(hearing.late.id) : undefined;
  const feedback = feedbackFor(classification, {
    reply: replyText,
    partner: before.partner.line,
    emotion: before.partner.emotion,
    slots: slotsOf(scenario),
    understood,
    disclosed: remembered.disclosed.map((told) => ({ id: told.fact, text: factText(book, told.fact) })),
    untold: book.facts.size - new Set(remembered.disclosed.map((told) => told.fact)).size,
    ...questionMoment(book, before.conversation, remembered, waitingOn, answeredLate),
    variety: before.seed * 1000 + index,
  } satisfies FeedbackContext);

  const [roll, rng] = drawUnit(before.rng);
  let machine = partnerStep(machineOf(before), {
    type: 'partner.heard',
    label: hearing.heardAs,
    confidence: classification.confidence,
    signals: classification.signals,
    roll,
    ...(hearing.question ? { question: hearing.question.outcome } : hearing.late ? { question: 'answered' } : {}),
  });
  const felt = statusOf(machine);
  // Asked what hurts most, they answer that; a beat that is due waits for the next turn.
  const askedAboutThem =
    hearing.heardAs === 'validating' &&
    classification.signals.includes('open-question') &&
    book.whenAsked[machine.context.feeling].some((line) => !remembered.usedLines.includes(line.id));
  const beat =
    felt === 'active' && !hearing.question && !hearing.late && !askedAboutThem
      ? dueBeat(book, remembered, beatMoment(index, machine, hearing))
      : undefined;
  const replyLength = replyLengthOf(replyText);
  const chosen = chooseLine(
    book,
    remembered,
    {
      status: felt,
      emotion: machine.context.feeling,
      intensity: machine.context.intensity,
      hearing,
      ...(replyLength ? { replyLength } : {}),
      ...(askedAboutThem ? { askedAboutThem } : {}),
      ...(beat ? { beat } : {}),
    },
    rng,
  );
  if (chosen.beat) {
    const { source } = chosen.beat;
    machine = partnerStep(machine, {
      type: 'partner.remembers',
      beat: source.id,
      emotion: source.emotion,
      intensity: source.intensity,
      trust: source.trust,
    });
  }

  const partner = partnerView(book, machine.context, chosen.spoken);
  const snapshot: SessionSnapshot = {
    ...before,
    turn: index,
    status: felt,
    partner,
    machine: persist(machine),
    conversation: chosen.state,
    rng: [...chosen.rng],
  };
  liveMachines.set(snapshot, machine);
  const turn: Turn = {
    index,
    reply: replyText,
    classification,
    feedback,
    partner,
    status: felt,
    ...hinted,
    understood,
  };
  return { turn, session: sessionOf(scenario, snapshot) };
}

/** Restores a saved session; a version-1 snapshot (before the partner heard questions) is migrated. */
export function restoreSession(scenario: Scenario, saved: SessionSnapshot | SessionSnapshotV1): EngineSession {
  const version = (saved as { version?: unknown } | null)?.version;
  if (version !== SNAPSHOT_VERSION && version !== 1) throw new SnapshotVersionError(version);
  if (saved.scenarioId !== scenario.id)
    throw new Error(`This snapshot belongs to scenario ${saved.scenarioId}, not ${scenario.id}.`);
  return sessionOf(scenario, migrateSnapshot(scenario, saved));
}

/** The user ends the session. A session that already reached an ending keeps it. */
export function endSession(session: EngineSession): EngineSession {
  const before = session.snapshot;
  if (before.status !== 'active') return session;
  const machine = partnerStep(machineOf(before), { type: 'session.end' });
  const snapshot: SessionSnapshot = { ...before, status: 'ended', machine: persist(machine) };
  liveMachines.set(snapshot, machine);
  return sessionOf(session.scenario, snapshot);
}

/** The same session with some snapshot fields changed (the partner machine is untouched). */
export function withSnapshot(
  session: EngineSession,
  changes: Partial<Omit<SessionSnapshot, 'version' | 'machine'>>,
): EngineSession {
  const snapshot: SessionSnapshot = { ...session.snapshot, ...changes };
  const live = liveMachines.get(session.snapshot);
  if (live) liveMachines.set(snapshot, live);
  return sessionOf(session.scenario, snapshot);
}

/** What the partner is waiting on, for hints and feedback: the question, how it was asked, its true answer. */
export interface PendingQuestionView {
  id: string;
  kind: AskedQuestion['kind'];
  about?: string;
  /** The partner's line that asked it (or asked it again). */
  asked: string;
  /** The scenario's true answer, slots filled. */
  trueAnswer: string;
}

export function pendingQuestionOf(session: EngineSession): PendingQuestionView | undefined {
  const question = pendingQuestion(bookOf(session.scenario), session.snapshot.conversation);
  if (!question) return undefined;
  return {
    id: question.id,
    kind: question.source.kind,
    ...(question.about ? { about: question.about } : {}),
    asked: session.partner.line,
    trueAnswer: fillSlots(session.scenario, question.source.answer),
  };
}

/**
 * The answer to the latest question the partner gave up on whose fact is still untold: with nothing
 * asked now, the better reply volunteers it ("I didn't answer you before. Yes, I took...").
 */
export function owedAnswerOf(session: EngineSession): string | undefined {
  return owedAnswer(session.scenario, bookOf(session.scenario), session.snapshot.conversation).owedAnswer;
}

function owedAnswer(scenario: Scenario, book: ScenarioBook, state: ConversationState): { owedAnswer?: string } {
  if (state.pending) return {};
  for (const id of [...state.givenUp].reverse()) {
    const question = book.question.get(id);
    if (question?.about && !isDisclosed(state, question.about) && !isAnswered(state, id))
      return { owedAnswer: fillSlots(scenario, question.source.answer) };
  }
  return {};
}

/**
 * The question the feedback reads the reply against: an earlier one it answered at last, else the one
 * the partner was waiting on (with its true answer for the suggestion), else an answer still owed.
 */
function questionMoment(
  book: ScenarioBook,
  before: ConversationState,
  remembered: ConversationState,
  waitingOn: BookQuestion | undefined,
  answeredLate: BookQuestion | undefined,
): Partial<FeedbackContext> {
  if (answeredLate) return lateMoment(book, before, answeredLate);
  if (!waitingOn) return owedAnswer(book.scenario, book, remembered);
  const { gist, answer } = waitingOn.source;
  return {
    question: questionContext(waitingOn),
    trueAnswer: fillSlots(book.scenario, answer),
    ...(gist ? { questionGist: fillSlots(book.scenario, gist) } : {}),
  };
}

/**
 * The feedback's moment for a reply that answered an earlier question at last: that question, which
 * the partner asked before ("Owen asked earlier, “Have you slept with her?”"), with no true
 * answer to lead a suggestion: the user has just given theirs, in their own words.
 */
function lateMoment(
  book: ScenarioBook,
  state: ConversationState,
  question: BookQuestion,
): Pick<FeedbackContext, 'question' | 'questionGist'> {
  const gist = question.source.gist ? fillSlots(book.scenario, question.source.gist) : undefined;
  const asked = gist ? undefined : questionSentence(fillSlots(book.scenario, lastAsking(book, state, question)));
  return {
    question: questionContext(question),
    questionGist: gist ? `earlier ${gist}` : asked ? `earlier, “${asked}”` : 'earlier',
  };
}

/** The line that asked the question most recently (a line said again moves to the end of usedLines). */
function lastAsking(book: ScenarioBook, state: ConversationState, question: BookQuestion): string {
  const asking = book.askedBy.get(question.id) ?? [];
  let best = asking[0];
  let at = -1;
  for (const line of asking) {
    const said = state.usedLines.lastIndexOf(line.id);
    if (said > at) {
      at = said;
      best = line;
    }
  }
  return best?.text ?? '';
}

function pendingQuestion(book: ScenarioBook, state: ConversationState): BookQuestion | undefined {
  return state.pending ? book.question.get(state.pending.question) : undefined;
}

function questionContext(question: BookQuestion): QuestionContext {
  return { kind: question.source.kind, id: question.id, ...(question.about ? { about: question.about } : {}) };
}

function factText(book: ScenarioBook, fact: string): string {
  const source = book.facts.get(fact as never);
  return source ? fillSlots(book.scenario, source.text) : fact;
}

function partnerView(
  book: ScenarioBook,
  context: PartnerContext,
  spoken: { line: string; asks?: QuestionId },
): PartnerView {
  const asks = spoken.asks ? book.question.get(spoken.asks) : undefined;
  return {
    emotion: context.feeling,
    intensity: context.intensity,
    trust: context.trust,
    line: spoken.line,
    ...(asks ? { asks: { id: asks.id, kind: asks.source.kind } } : {}),
  };
}

function beatMoment(turn: number, machine: PartnerSnapshot, hearing: Hearing) {
  return { turn, partner: machine.context, heardAs: hearing.heardAs };
}

function sessionOf(scenario: Scenario, snapshot: SessionSnapshot): EngineSession {
  return {
    scenario,
    snapshot,
    status: snapshot.status,
    partner: snapshot.partner,
    turnCount: snapshot.turn,
    seed: snapshot.seed,
    difficulty: snapshot.difficulty,
  };
}

function machineOf(snapshot: SessionSnapshot): PartnerSnapshot {
  const live = liveMachines.get(snapshot);
  if (live) return live;
  const restored = partnerMachine.resolveState({
    value: snapshot.machine.value as PartnerSnapshot['value'],
    context: snapshot.machine.context,
  });
  liveMachines.set(snapshot, restored);
  return restored;
}

/**
 * What `partnerMachine.getPersistedSnapshot(machine)` returns, built directly: that call walks the
 * context generically (it may hold actor refs in other machines), which costs a fifth of a turn.
 * This machine has no children, history or output, and its context is plain data.
 * tests/engine/turn-engine.test.ts checks the two agree.
 */
export function persist(machine: PartnerSnapshot): PersistedPartner {
  const { context } = machine;
  return {
    status: machine.status,
    value: machine.value,
    historyValue: {},
    context: { ...context, tuning: { ...context.tuning } },
    children: {},
  };
}

function statusOf(machine: PartnerSnapshot): SessionStatus {
  if (machine.matches('repaired')) return 'repaired';
  if (machine.matches('shutdown')) return 'shutdown';
  if (machine.matches('withdrawn')) return 'withdrawn';
  if (machine.matches('ended')) return 'ended';
  return 'active';
}

export type { Classification };
