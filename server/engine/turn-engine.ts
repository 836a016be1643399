// The turn engine: pure functions from (session, reply) to (turn, next session). No I/O, no clock,
// no Math.random: every chance comes from the seeded generator whose state travels in the
// snapshot, so the same scenario, seed and replies give the same turns byte for byte, and a
// session restored from any turn's snapshot continues exactly as the original did.
import { classifyReply, EmptyReplyError } from './classifier/classify-reply.js';
import { tuningFor } from './difficulty.js';
import { feedbackFor } from './feedback/feedback-for.js';
import {
  type PartnerContext,
  type PartnerSnapshot,
  partnerMachine,
  partnerStart,
  partnerStep,
} from './partner-machine.js';
import { drawInt, drawUnit, normalizeSeed, type RngState, seedRng } from './rng.js';
import { detectCrisis } from './safety/detect-crisis.js';
import { pauseAt, pausedFeedback, refuseWhilePaused } from './safety/safety-pause.js';
import type { Beat, Scenario } from './scenario/scenario-schema.js';
import type {
  Classification,
  Difficulty,
  Emotion,
  Label,
  PartnerView,
  SafetyPause,
  SessionStatus,
  Turn,
} from './types.js';

export const SNAPSHOT_VERSION = 1;

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
  /** XState's persisted snapshot of the partner machine. */
  machine: PersistedPartner;
  /** The seeded generator's state. */
  rng: number[];
  /** Ids of lines already said (`opening.1`, `lines.anger.defensive.3`, `beats.the-anniversary`...). */
  usedLines: string[];
  firedBeats: string[];
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
    super(`Unknown session snapshot version: ${String(version)} (this engine reads ${SNAPSHOT_VERSION}).`);
    this.name = 'SnapshotVersionError';
  }
}

export { EmptyReplyError };

type MachineSnapshot = PartnerSnapshot;

/**
 * The live machine snapshot behind a session snapshot: rebuilding it from JSON costs more than a
 * whole turn, so it is kept beside the plain snapshot (and rebuilt only after a restore).
 */
const liveMachines = new WeakMap<SessionSnapshot, MachineSnapshot>();

export function startSession(scenario: Scenario, seed: number, options: StartOptions = {}): EngineSession {
  const difficulty = options.difficulty ?? 'realistic';
  const normalizedSeed = normalizeSeed(seed);
  const machine = partnerStart({
    emotion: scenario.start.emotion,
    intensity: scenario.start.intensity,
    trust: scenario.start.trust,
    tuning: tuningFor(scenario, difficulty),
  });
  const [openingIndex, rng] = drawInt(seedRng(normalizedSeed), 0, scenario.opening.length - 1);
  const context = machine.context;
  const snapshot: SessionSnapshot = {
    version: SNAPSHOT_VERSION,
    scenarioId: scenario.id,
    seed: normalizedSeed,
    difficulty,
    turn: 0,
    status: 'active',
    partner: {
      emotion: context.feeling,
      intensity: context.intensity,
      trust: context.trust,
      line: fillSlots(scenario, textOf(scenario.opening[openingIndex] ?? '')),
    },
    machine: persist(machine),
    rng: [...rng],
    usedLines: [`opening.${openingIndex}`],
    firedBeats: [],
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
  const classification = classifyReply(replyText, { partner: before.partner.line, emotion: before.partner.emotion });
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
      classification,
      feedback: pausedFeedback(safety),
      partner: before.partner,
      status: 'active',
      ...hinted,
      safety,
    };
    return { turn, session: sessionOf(scenario, snapshot) };
  }

  const feedback = feedbackFor(classification, {
    reply: replyText,
    partner: before.partner.line,
    emotion: before.partner.emotion,
    slots: slotsOf(scenario),
  });
  const [roll, rngAfterRoll] = drawUnit(before.rng);
  let rng: RngState = rngAfterRoll;
  let machine = partnerStep(machineOf(before), {
    type: 'partner.heard',
    label: classification.label,
    confidence: classification.confidence,
    signals: classification.signals,
    roll,
  });
  const status = statusOf(machine);
  const usedLines = [...before.usedLines];
  const firedBeats = [...before.firedBeats];
  let line: string;

  if (status === 'repaired' || status === 'shutdown') {
    const ending = pickLine(scenario, [`endings.${status}`], usedLines, rng);
    rng = ending.rng;
    line = ending.text;
  } else {
    const beat = dueBeat(scenario, firedBeats, index, machine.context);
    if (beat) {
      machine = partnerStep(machine, {
        type: 'partner.remembers',
        beat: beat.id,
        emotion: beat.emotion,
        intensity: beat.intensity,
        trust: beat.trust,
      });
      firedBeats.push(beat.id);
      usedLines.push(`beats.${beat.id}`);
      line = fillSlots(scenario, beat.line);
    } else {
      const reaction = pickLine(scenario, reactionCells(machine.context.feeling, classification.label), usedLines, rng);
      rng = reaction.rng;
      line = reaction.text;
    }
  }

  const context = machine.context;
  const partner: PartnerView = { emotion: context.feeling, intensity: context.intensity, trust: context.trust, line };
  const snapshot: SessionSnapshot = {
    ...before,
    turn: index,
    status,
    partner,
    machine: persist(machine),
    rng: [...rng],
    usedLines,
    firedBeats,
  };
  liveMachines.set(snapshot, machine);
  const turn: Turn = { index, reply: replyText, classification, feedback, partner, status, ...hinted };
  return { turn, session: sessionOf(scenario, snapshot) };
}

export function restoreSession(scenario: Scenario, snapshot: SessionSnapshot): EngineSession {
  if (snapshot?.version !== SNAPSHOT_VERSION) throw new SnapshotVersionError(snapshot?.version);
  if (snapshot.scenarioId !== scenario.id)
    throw new Error(`This snapshot belongs to scenario ${snapshot.scenarioId}, not ${scenario.id}.`);
  return sessionOf(scenario, snapshot);
}

/** The user ends the session. A session that already reached repaired or shutdown keeps its ending. */
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

/** Replaces `{slot}` with the scenario's values; `{partner}` is the partner's name. */
export function fillSlots(scenario: Scenario, text: string): string {
  const slots = slotsOf(scenario);
  return text.replace(/\{([^{}\s]+)\}/g, (whole, name: string) => slots[name] ?? whole);
}

const slotCache = new WeakMap<Scenario, Readonly<Record<string, string>>>();

/** The scenario's slots plus `{partner}`; built once per scenario object (lines are filled every turn). */
export function slotsOf(scenario: Scenario): Readonly<Record<string, string>> {
  let slots = slotCache.get(scenario);
  if (!slots) {
    slots = Object.freeze({ ...scenario.slots, partner: scenario.partner.name });
    slotCache.set(scenario, slots);
  }
  return slots;
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

function machineOf(snapshot: SessionSnapshot): MachineSnapshot {
  const live = liveMachines.get(snapshot);
  if (live) return live;
  const restored = partnerMachine.resolveState({
    value: snapshot.machine.value as MachineSnapshot['value'],
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
export function persist(machine: MachineSnapshot): PersistedPartner {
  const { context } = machine;
  return {
    status: machine.status,
    value: machine.value,
    historyValue: {},
    context: { ...context, tuning: { ...context.tuning } },
    children: {},
  };
}

function statusOf(machine: MachineSnapshot): SessionStatus {
  if (machine.matches('repaired')) return 'repaired';
  if (machine.matches('shutdown')) return 'shutdown';
  if (machine.matches('ended')) return 'ended';
  return 'active';
}

/**
 * The first beat due now: an `at` beat whose turn has come (or passed, if a paused turn skipped
 * it), or a `when` beat whose condition holds. Each fires once; one per turn.
 */
function dueBeat(scenario: Scenario, fired: string[], index: number, context: PartnerContext): Beat | undefined {
  return scenario.beats?.find((beat) => {
    if (fired.includes(beat.id)) return false;
    if (beat.at !== undefined) return index >= beat.at;
    const when = beat.when ?? {};
    if (when.trust_at_least !== undefined) return context.trust >= when.trust_at_least;
    if (when.good_streak !== undefined) return context.goodStreak >= when.good_streak;
    if (when.bad_streak !== undefined) return context.badStreak >= when.bad_streak;
    return false;
  });
}

/**
 * Where to look for a reaction line, best first. The reply's label matters most (a line must fit
 * the kind of reply it answers), so a used-up cell first borrows the same label from the nearest
 * emotion, then the nearest label in the same emotion, then anything.
 */
const NEAR_EMOTIONS: Record<Emotion, Emotion[]> = {
  anger: ['anger', 'confusion', 'sadness', 'numbness'],
  sadness: ['sadness', 'numbness', 'confusion', 'anger'],
  numbness: ['numbness', 'sadness', 'confusion', 'anger'],
  confusion: ['confusion', 'sadness', 'anger', 'numbness'],
};
const NEAR_LABELS: Record<Label, Label[]> = {
  validating: ['validating', 'neutral', 'minimizing', 'defensive'],
  neutral: ['neutral', 'validating', 'minimizing', 'defensive'],
  defensive: ['defensive', 'minimizing', 'neutral', 'validating'],
  minimizing: ['minimizing', 'defensive', 'neutral', 'validating'],
};

const cellCache = new Map<string, string[]>();

function reactionCells(emotion: Emotion, label: Label): string[] {
  const key = `${emotion}.${label}`;
  const cached = cellCache.get(key);
  if (cached) return cached;
  const labels = NEAR_LABELS[label];
  const emotions = NEAR_EMOTIONS[emotion];
  const cells = [
    ...emotions.map((e) => `lines.${e}.${label}`),
    ...labels.slice(1).map((l) => `lines.${emotion}.${l}`),
    ...emotions.slice(1).flatMap((e) => labels.slice(1).map((l) => `lines.${e}.${l}`)),
  ];
  cellCache.set(key, cells);
  return cells;
}

/**
 * Picks an unused line from the first cell that has one (random within the cell). When every
 * cell is used up (a very long session) the first cell's lines come round again, least recent first.
 */
function pickLine(
  scenario: Scenario,
  cells: string[],
  usedLines: string[],
  rng: RngState,
): { text: string; rng: RngState } {
  const used = new Set(usedLines);
  for (const cell of cells) {
    const lines = linesAt(scenario, cell);
    const free: number[] = [];
    for (let i = 0; i < lines.length; i++) if (!used.has(`${cell}.${i}`)) free.push(i);
    if (free.length === 0) continue;
    const [pick, next] = drawInt(rng, 0, free.length - 1);
    const lineIndex = free[pick] as number;
    usedLines.push(`${cell}.${lineIndex}`);
    return { text: fillSlots(scenario, lines[lineIndex] ?? ''), rng: next };
  }
  const first = cells[0] as string;
  const lines = linesAt(scenario, first);
  const lineIndex = leastRecent(first, lines.length, usedLines);
  const id = `${first}.${lineIndex}`;
  usedLines.splice(usedLines.indexOf(id), 1);
  usedLines.push(id);
  return { text: fillSlots(scenario, lines[lineIndex] ?? ''), rng };
}

function leastRecent(cell: string, count: number, usedLines: string[]): number {
  let best = 0;
  let bestAt = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const at = usedLines.indexOf(`${cell}.${i}`);
    if (at < bestAt) {
      bestAt = at;
      best = i;
    }
  }
  return best;
}

function linesAt(scenario: Scenario, cell: string): readonly string[] {
  const [root, a, b] = cell.split('.');
  if (root === 'endings') return scenario.endings[a as 'repaired' | 'shutdown'];
  const lines = scenario.lines[a as Emotion];
  return [...(lines.high?.[b as Label] ?? []), ...lines[b as Label]].map(textOf);
}

function textOf(said: string | { line: string }): string {
  return typeof said === 'string' ? said : said.line;
}

export type { Classification };
