// The application service between the adapters (HTTP routes, WebSocket) and the engine + store.
// - Live sessions stay in memory (an LRU of engine sessions by id), so a turn costs one engine step
//   and one insert, not a restore from storage. Only what the next turn needs is kept (the engine
//   state, which counts the turns, and the idempotency keys): the turns themselves are read from the store when
//   someone asks for them (a session view, a report), which keeps a connected session small.
// - Work on one session runs strictly one task at a time, in arrival order (a promise chain per id).
// - A new session or turn is committed (grouped per event-loop tick) before anyone hears about it.
// - A reply that repeats an applied requestId answers with the stored turn instead of a new one.
// - Every committed change is published to the session's watchers through a SessionFanout.
import { randomInt, randomUUID } from 'node:crypto';
import { type CreatedSession, MAX_REPLY_LENGTH, type ScenarioSummary, type SessionView } from './api-contract.js';
import {
  buildReport,
  type CheckIn,
  checkIn,
  classifyReply,
  type EngineSession,
  endSession,
  feedbackFor,
  hintFor,
  type Report,
  refuseWhilePaused,
  restoreSession,
  type Scenario,
  startSession,
  takeTurn,
  whatYouDid,
} from './engine/index.js';
import type {
  Classification,
  Difficulty,
  Emotion,
  Feedback,
  PartnerView,
  SafetyPause,
  SessionStatus,
  Turn,
} from './engine/types.js';
import { LruCache } from './lru-cache.js';
import { isBlankReply, replyLength } from './reply-text.js';
import { ServiceError, sessionNotFound, shuttingDown } from './service-error.js';
import { LocalFanout, type SessionFanout, type SessionListener } from './session-fanout.js';
import { hashToken, newToken, tokenMatches } from './session-token.js';
import { GroupCommit } from './store/group-commit.js';
import {
  type NewSession,
  type NewTurn,
  type Store,
  type StoredSession,
  StoreUnavailableError,
  TurnConflictError,
} from './store/store.js';

/** How often a reply is retried after another instance took the turn it was about to take. */
const MAX_REPLY_ATTEMPTS = 5;

export interface SessionServiceOptions {
  store: Store;
  scenarios: ReadonlyMap<string, Scenario>;
  fanout?: SessionFanout;
  /** How many live sessions to keep in memory (default 2000). */
  cacheSize?: number;
  /** How long the health check waits for the store before calling it unavailable (default 2000 ms). */
  healthTimeoutMs?: number;
}

export interface ReplyInput {
  text: string;
  hinted?: boolean;
  /** Idempotency key: a repeat answers with the turn already taken for it. */
  requestId?: string;
}

export interface ReplyOutcome {
  turn: Turn;
  status: SessionStatus;
  partner: PartnerView;
  /** True when the requestId had been applied before and nothing new happened. */
  replayed: boolean;
}

export interface EndOutcome {
  status: SessionStatus;
  report: Report;
  /** False when the session had already ended: nothing changed. */
  changed: boolean;
}

export interface CheckInOutcome {
  status: SessionStatus;
  /** The pause, with the answer. */
  safety: SafetyPause;
  /** False when the same answer had already been given: nothing changed. */
  changed: boolean;
}

export interface TranscriptData {
  session: SessionView;
  report: Report;
  scenario: Scenario;
}

interface LiveSession {
  readonly id: string;
  readonly tokenHash: string;
  readonly scenario: Scenario;
  /** Becomes null when the parent is deleted. */
  parentId: string | null;
  readonly createdAt: string;
  readonly opening: PartnerView;
  /** Its turnCount is the number of turns committed so far (the store holds the turns). */
  engine: EngineSession;
  /** requestId -> turn index */
  readonly requestIds: Map<string, number>;
}

export class SessionService {
  private readonly store: Store;
  private readonly scenarios: ReadonlyMap<string, Scenario>;
  private readonly fanout: SessionFanout;
  private readonly newSessions: GroupCommit<NewSession>;
  private readonly newTurns: GroupCommit<NewTurn>;
  /** The tail of each session's task chain; absent when the session is idle. */
  private readonly tails = new Map<string, Promise<void>>();
  private readonly cache: LruCache<string, LiveSession>;
  private readonly loading = new Map<string, Promise<LiveSession | null>>();
  /** Bumped on every delete, so a load that raced a delete does not cache a ghost. */
  private deletions = 0;
  private closing = false;
  private readonly healthTimeoutMs: number;

  constructor(options: SessionServiceOptions) {
    this.store = options.store;
    this.scenarios = options.scenarios;
    this.fanout = options.fanout ?? new LocalFanout();
    this.newSessions = new GroupCommit((sessions) => options.store.createSessions(sessions));
    this.newTurns = new GroupCommit((turns) => options.store.appendTurns(turns));
    this.cache = new LruCache(options.cacheSize ?? 2000, (id) => this.tails.has(id));
    this.healthTimeoutMs = options.healthTimeoutMs ?? 2000;
  }

  listScenarios(): ScenarioSummary[] {
    return [...this.scenarios.values()].map((s) => ({
      id: s.id,
      title: s.title,
      summary: s.summary,
      betrayal: s.betrayal,
      partner: { name: s.partner.name },
      whatYouDid: whatYouDid(s),
    }));
  }

  async create(input: { scenarioId: string; seed?: number; difficulty?: Difficulty }): Promise<CreatedSession> {
    this.refuseWhenClosing();
    const scenario = this.scenarios.get(input.scenarioId);
    if (scenario === undefined) throw new ServiceError('unknown_scenario', 'There is no scenario with that id.');
    const seed = input.seed ?? randomInt(0, 2 ** 31);
    const engine = startSession(
      scenario,
      seed,
      input.difficulty === undefined ? undefined : { difficulty: input.difficulty },
    );
    const token = newToken();
    const live: LiveSession = {
      id: randomUUID(),
      tokenHash: hashToken(token),
      scenario,
      parentId: null,
      createdAt: new Date().toISOString(),
      opening: engine.partner,
      engine,
      requestIds: new Map(),
    };
    await this.newSessions.commit({
      id: live.id,
      tokenHash: live.tokenHash,
      scenarioId: scenario.id,
      seed: engine.seed,
      difficulty: engine.difficulty,
      status: engine.status,
      opening: live.opening,
      snapshot: engine.snapshot,
      createdAt: live.createdAt,
    });
    this.cache.set(live.id, live);
    return { ...viewOf(live, []), token };
  }

  /**
   * True only for an existing session and its own token; the same (slow-path) cost either way.
   * A store that cannot answer throws (StoreUnavailableError): an outage is not "no such session",
   * and a client told that would throw away the only copy of its token.
   */
  async authenticate(id: string, token: string | undefined): Promise<boolean> {
    if (token === undefined) return false;
    const live = await this.load(id).catch((error: unknown) => {
      // A session whose scenario is no longer installed cannot be used: the same answer as none.
      if (error instanceof ServiceError) return null;
      throw error;
    });
    return tokenMatches(token, live?.tokenHash);
  }

  view(id: string): Promise<SessionView> {
    return this.withCurrentSession(id, async (live) => viewOf(live, await this.turnsOf(live)));
  }

  reply(id: string, input: ReplyInput): Promise<ReplyOutcome> {
    if (this.closing) return Promise.reject(shuttingDown());
    try {
      checkReplyText(input.text);
    } catch (error) {
      return Promise.reject(error);
    }
    // Two replies sent to two instances at once are both applied, one after the other.
    return this.withFreshSession(id, async (live) => {
      const earlier = input.requestId === undefined ? undefined : live.requestIds.get(input.requestId);
      const stored = earlier === undefined ? undefined : (await this.turnsOf(live))[earlier - 1];
      if (stored !== undefined) return { turn: stored, status: stored.status, partner: stored.partner, replayed: true };
      return this.takeAndCommit(live, input);
    });
  }

  /**
   * Like withSession, but a conflict (another instance changed the session first) reloads the
   * session and runs the task again on the state that instance left.
   */
  private withFreshSession<T>(id: string, task: (live: LiveSession) => Promise<T>): Promise<T> {
    return this.withSession(id, async (first) => {
      let live = first;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await task(live);
        } catch (error) {
          const conflict = error instanceof ServiceError && error.code === 'turn_conflict';
          if (!conflict || attempt >= MAX_REPLY_ATTEMPTS) throw error;
          const fresh = await this.load(live.id);
          if (fresh === null) throw sessionNotFound();
          live = fresh;
        }
      }
    });
  }

  hint(id: string): Promise<{ hint: string }> {
    if (this.closing) return Promise.reject(shuttingDown());
    return this.withFreshSession(id, async (live) => {
      if (live.engine.status !== 'active') throw endedError();
      refuseWhilePaused(live.engine.snapshot);
      const { hint, session } = hintFor(live.engine);
      // Remembered so the next hint differs, even across a restart.
      await this.saveOutsideTurn(live, session);
      return { hint };
    });
  }

  end(id: string): Promise<EndOutcome> {
    if (this.closing) return Promise.reject(shuttingDown());
    return this.withFreshSession(id, async (live) => {
      if (live.engine.status !== 'active')
        return { status: live.engine.status, report: await this.reportOf(live), changed: false };
      const session = endSession(live.engine);
      await this.saveOutsideTurn(live, session);
      const report = await this.reportOf(live);
      this.fanout.publish({ kind: 'ended', sessionId: live.id, report });
      return { status: session.status, report, changed: true };
    });
  }

  /**
   * The answer to the safety check-in after a crisis reply: `continue` lifts the pause, `help` ends
   * the practice. Giving the same answer again (a retry) answers the same, changing nothing.
   */
  checkIn(id: string, choice: CheckIn): Promise<CheckInOutcome> {
    if (this.closing) return Promise.reject(shuttingDown());
    return this.withFreshSession(id, async (live) => {
      const answered = live.engine.snapshot.safety;
      if (answered?.checkIn === choice) return { status: live.engine.status, safety: answered, changed: false };
      if (live.engine.status !== 'active') throw endedError();
      const session = checkIn(live.engine, choice);
      await this.saveOutsideTurn(live, session);
      const safety = session.snapshot.safety as SafetyPause;
      this.fanout.publish({ kind: 'checked-in', sessionId: live.id, safety, status: session.status });
      if (session.status !== 'active') {
        this.fanout.publish({ kind: 'ended', sessionId: live.id, report: await this.reportOf(live) });
      }
      return { status: session.status, safety, changed: true };
    });
  }

  // A hint or an end changes the session between turns. If another instance took a turn meanwhile,
  // the store refuses the stale state: forget our copy and let the caller try again on fresh state.
  private async saveOutsideTurn(live: LiveSession, session: EngineSession): Promise<void> {
    try {
      await this.store.updateSession(live.id, {
        status: session.status,
        snapshot: session.snapshot,
        turnCount: live.engine.turnCount,
      });
    } catch (error) {
      throw this.writeFailed(live, error);
    }
    live.engine = session;
  }

  report(id: string): Promise<Report> {
    return this.withCurrentSession(id, (live) => this.reportOf(live));
  }

  transcript(id: string): Promise<TranscriptData> {
    return this.withCurrentSession(id, async (live) => {
      const turns = await this.turnsOf(live);
      return { session: viewOf(live, turns), report: reportOf(live, turns), scenario: live.scenario };
    });
  }

  /** A new session holding the first `turn` turns of this one, in the state right after them. */
  rewind(id: string, turn: number): Promise<CreatedSession> {
    if (this.closing) return Promise.reject(shuttingDown());
    return this.withCurrentSession(id, async (parent) => {
      if (!Number.isInteger(turn) || turn < 0 || turn > parent.engine.turnCount) {
        throw new ServiceError('bad_turn', `Pick a turn from 0 to ${parent.engine.turnCount}.`);
      }
      const snapshot = await this.store.getSnapshotAfter(parent.id, turn);
      if (snapshot === null) throw new ServiceError('bad_turn', 'That turn has no saved state to rewind to.');
      const engine = restoreSession(parent.scenario, snapshot);
      const token = newToken();
      const branch: LiveSession = {
        id: randomUUID(),
        tokenHash: hashToken(token),
        scenario: parent.scenario,
        parentId: parent.id,
        createdAt: new Date().toISOString(),
        opening: parent.opening,
        engine,
        requestIds: new Map(),
      };
      await this.store.createBranch({
        id: branch.id,
        tokenHash: branch.tokenHash,
        scenarioId: parent.scenario.id,
        seed: engine.seed,
        difficulty: engine.difficulty,
        status: engine.status,
        opening: branch.opening,
        snapshot,
        createdAt: branch.createdAt,
        parentId: parent.id,
        branchedAt: turn,
      });
      this.cache.set(branch.id, branch);
      return { ...viewOf(branch, await this.turnsOf(branch)), token };
    });
  }

  delete(id: string): Promise<void> {
    if (this.closing) return Promise.reject(shuttingDown());
    return this.withSession(id, async (live) => {
      await this.store.deleteSession(live.id);
      this.forget(live.id);
      for (const other of this.cache.values()) if (other.parentId === live.id) other.parentId = null;
      this.deletions += 1;
      this.fanout.publish({ kind: 'deleted', sessionId: live.id });
    });
  }

  classify(input: { text: string; partner?: string; emotion?: Emotion }): {
    classification: Classification;
    feedback: Feedback;
  } {
    checkReplyText(input.text);
    const context = { partner: input.partner, emotion: input.emotion };
    const classification = classifyReply(input.text, context);
    return { classification, feedback: feedbackFor(classification, { ...context, reply: input.text }) };
  }

  /** Watch a session's committed changes (turns, end, deletion). */
  subscribe(id: string, listener: SessionListener): () => void {
    return this.fanout.subscribe(id, listener);
  }

  /** Drops the in-memory copy; the next request reloads from the store (another instance changed it). */
  forget(id: string): void {
    this.cache.delete(id);
  }

  /** Resolves when the store answers within the health deadline; a stuck store is an unavailable one. */
  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new StoreUnavailableError(`the store did not answer the health check within ${this.healthTimeoutMs} ms`),
          ),
        this.healthTimeoutMs,
      );
    });
    try {
      await Promise.race([this.store.ping(), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Refuses new work, then waits for every task already accepted and every pending commit. */
  async close(): Promise<void> {
    this.closing = true;
    while (this.tails.size > 0) await Promise.allSettled([...this.tails.values()]);
    await this.newSessions.drain();
    await this.newTurns.drain();
  }

  // The store may hold turns taken since our copy was loaded (by another instance, or after the
  // read began); a view shows the state our copy stands at, so its turns stop there too.
  private async turnsOf(live: LiveSession): Promise<Turn[]> {
    const stored = await this.store.listTurns(live.id);
    return stored.slice(0, live.engine.turnCount).map((t) => t.turn);
  }

  private async reportOf(live: LiveSession): Promise<Report> {
    return reportOf(live, await this.turnsOf(live));
  }

  private async takeAndCommit(live: LiveSession, input: ReplyInput): Promise<ReplyOutcome> {
    const { turn, session } = takeTurn(live.engine, input.text, input.hinted === true ? { hinted: true } : undefined);
    try {
      await this.newTurns.commit({
        sessionId: live.id,
        turn,
        snapshot: session.snapshot,
        status: session.status,
        requestId: input.requestId ?? null,
        createdAt: new Date().toISOString(),
      });
    } catch (error) {
      throw this.writeFailed(live, error);
    }
    live.engine = session;
    if (input.requestId !== undefined) live.requestIds.set(input.requestId, turn.index);
    this.fanout.publish({
      kind: 'turn',
      sessionId: live.id,
      ...(input.requestId === undefined ? {} : { requestId: input.requestId }),
      turn,
      status: session.status,
      partner: session.partner,
    });
    return { turn, status: session.status, partner: session.partner, replayed: false };
  }

  /**
   * Like withSession, for reads: the copy in memory is first checked against the store and replaced
   * when it is behind, so a view, report, export or rewind holds every turn (and the end) committed
   * before it was asked for, whichever instance took it. Another instance's announcement of a change
   * may still be on its way; the store is not.
   */
  private withCurrentSession<T>(id: string, task: (live: LiveSession) => Promise<T>): Promise<T> {
    return this.withSession(id, async (cached) => {
      const stored = await this.store.getSession(id);
      if (stored === null) {
        this.forget(id);
        throw sessionNotFound();
      }
      const behind = stored.turnCount !== cached.engine.turnCount || stored.status !== cached.engine.status;
      if (!behind) return task(cached);
      const current = await this.liveFrom(stored);
      this.cache.set(id, current);
      return task(current);
    });
  }

  /** Runs `task` after every earlier task of this session, with the live session loaded. */
  private withSession<T>(id: string, task: (live: LiveSession) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      const live = await this.load(id);
      if (live === null) throw sessionNotFound();
      return task(live);
    };
    const previous = this.tails.get(id);
    const result = previous === undefined ? run() : previous.then(run);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(id, tail);
    void tail.then(() => {
      if (this.tails.get(id) === tail) this.tails.delete(id);
    });
    return result;
  }

  /**
   * A write of `live` failed, so our copy may be stale: drop it. A conflict (the stored session moved
   * on without us, on another instance) becomes the error withFreshSession reloads and retries on.
   */
  private writeFailed(live: LiveSession, error: unknown): unknown {
    this.forget(live.id);
    if (!(error instanceof TurnConflictError)) return error;
    return new ServiceError('turn_conflict', 'The session changed elsewhere. Reload it and try again.');
  }

  private load(id: string): Promise<LiveSession | null> {
    const cached = this.cache.get(id);
    if (cached !== undefined) return Promise.resolve(cached);
    let pending = this.loading.get(id);
    if (pending === undefined) {
      pending = this.fetch(id).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  private async fetch(id: string): Promise<LiveSession | null> {
    const generation = this.deletions;
    const stored = await this.store.getSession(id);
    if (stored === null) return null;
    const live = await this.liveFrom(stored);
    if (this.deletions === generation) this.cache.set(id, live);
    return live;
  }

  /** The live session a stored one stands for (its request ids read alongside). */
  private async liveFrom(stored: StoredSession): Promise<LiveSession> {
    const requestIds = await this.store.listRequestIds(stored.id);
    const scenario = this.scenarios.get(stored.scenarioId);
    if (scenario === undefined) {
      throw new ServiceError('scenario_unavailable', 'The scenario of this session is no longer installed.');
    }
    return {
      id: stored.id,
      tokenHash: stored.tokenHash,
      scenario,
      parentId: stored.parentId,
      createdAt: stored.createdAt,
      opening: stored.opening,
      engine: restoreSession(scenario, stored.snapshot),
      requestIds: new Map(requestIds.map((r) => [r.requestId, r.index])),
    };
  }

  private refuseWhenClosing(): void {
    if (this.closing) throw shuttingDown();
  }
}

/** Refuses a reply that says nothing anyone could read, or is longer than the limit (in code points). */
function checkReplyText(text: string): void {
  if (isBlankReply(text)) throw new ServiceError('empty_reply', 'A reply needs some words.');
  if (replyLength(text) > MAX_REPLY_LENGTH) {
    throw new ServiceError('reply_too_long', `A reply can be at most ${MAX_REPLY_LENGTH} characters.`);
  }
}

function endedError(): ServiceError {
  return new ServiceError('session_ended', 'This conversation has ended. Rewind to try a different reply.');
}

function viewOf(live: LiveSession, turns: Turn[]): SessionView {
  return {
    id: live.id,
    scenarioId: live.scenario.id,
    scenarioTitle: live.scenario.title,
    partnerName: live.scenario.partner.name,
    whatYouDid: whatYouDid(live.scenario),
    parentId: live.parentId,
    seed: live.engine.seed,
    difficulty: live.engine.difficulty,
    status: live.engine.status,
    opening: live.opening,
    partner: live.engine.partner,
    turns,
    createdAt: live.createdAt,
    ...(live.engine.snapshot.safety === undefined ? {} : { safety: live.engine.snapshot.safety }),
  };
}

function reportOf(live: LiveSession, turns: Turn[]): Report {
  return buildReport({ scenario: live.scenario, opening: live.opening, turns, status: live.engine.status });
}
