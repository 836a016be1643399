// What the application needs from storage, in storage-neutral terms: plain data in, plain data
// out, every method async. SQLite implements it here; a PostgreSQL store implements the same
// interface and passes the same contract tests.
import type { SessionSnapshot } from '../engine/index.js';
import type { Difficulty, PartnerView, SessionStatus, Turn } from '../engine/types.js';

export interface NewSession {
  id: string;
  /** Hex SHA-256 of the session token: the token itself is never stored. */
  tokenHash: string;
  scenarioId: string;
  seed: number;
  difficulty: Difficulty;
  status: SessionStatus;
  /** The partner at turn 0 (the opening line). */
  opening: PartnerView;
  /** The engine snapshot at the session's current turn (turn 0 for a new session). */
  snapshot: SessionSnapshot;
  /** ISO 8601. */
  createdAt: string;
}

/** A session rewound from another: turns 1..branchedAt are copied from the parent. */
export interface NewBranch extends NewSession {
  parentId: string;
  branchedAt: number;
}

/** A session as stored: what it was created with, plus where it stands now. */
export interface StoredSession extends NewSession {
  parentId: string | null;
  /** The latest snapshot: after the last turn, or after a later change (the end, a hint). */
  snapshot: SessionSnapshot;
  turnCount: number;
  updatedAt: string;
}

export interface StoredTurn {
  turn: Turn;
  /** The idempotency key (WebSocket requestId or HTTP Idempotency-Key) the turn was taken with. */
  requestId: string | null;
}

export interface TurnRequestId {
  requestId: string;
  index: number;
}

export interface NewTurn {
  sessionId: string;
  /** Must be the session's turn count + 1 (optimistic concurrency: see TurnConflictError). */
  turn: Turn;
  /** The engine snapshot after this turn: becomes the session's snapshot and allows rewinding here. */
  snapshot: SessionSnapshot;
  /** The session status after this turn. */
  status: SessionStatus;
  requestId: string | null;
  /** ISO 8601. */
  createdAt: string;
}

export interface SessionUpdate {
  status: SessionStatus;
  snapshot: SessionSnapshot;
  /**
   * How many turns the snapshot has seen. The update applies only if the stored session has exactly
   * that many turns, so an instance holding a stale copy cannot overwrite a newer state.
   */
  turnCount: number;
}

/** The session already has a turn with this index (another writer got there first) or is gone. */
export class TurnConflictError extends Error {
  override readonly name = 'TurnConflictError';
  readonly code = 'turn_conflict';
  constructor(
    readonly sessionId: string,
    readonly index: number,
  ) {
    super(`Turn ${index} of session ${sessionId} conflicts with the stored session.`);
  }
}

/**
 * The store did not answer in time, lost its connection, or refused to work (a full disk, a
 * read-only file): nothing about the request itself is wrong, and the same request may succeed in
 * a moment. HTTP answers 503 store_unavailable; a WebSocket gets an error frame or close 4503.
 * Nothing was written, or what was written is durable and found again by its requestId.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  readonly code = 'store_unavailable';
  constructor(
    /** What happened, for the operator (logs, the start-up message): never request data. */
    readonly detail: string,
    /** Which limit ran out, when one did. */
    readonly timeout?: 'connect' | 'statement' | 'query',
  ) {
    super('The session store is not answering. Try again in a moment.');
  }
}

export function isStoreUnavailable(error: unknown): error is StoreUnavailableError {
  return error instanceof StoreUnavailableError;
}

export interface Store {
  /** Throws when the store cannot answer (health checks). */
  ping(): Promise<void>;
  /** Creates every session in one transaction: all are durable when this resolves, or none is written. */
  createSessions(sessions: readonly NewSession[]): Promise<void>;
  getSession(id: string): Promise<StoredSession | null>;
  /** Every turn of the session in order (without snapshots). */
  listTurns(sessionId: string): Promise<StoredTurn[]>;
  /** The idempotency keys the session's turns were taken with, in turn order (cheaper than listTurns). */
  listRequestIds(sessionId: string): Promise<TurnRequestId[]>;
  /** The snapshot saved after turn `index` (0 = the session's first snapshot); null if there is none. */
  getSnapshotAfter(sessionId: string, index: number): Promise<SessionSnapshot | null>;
  /**
   * Appends turns (of different sessions) in one transaction: all are durable when this resolves,
   * or none is written. Throws TurnConflictError when a turn's index is not its session's next.
   */
  appendTurns(turns: readonly NewTurn[]): Promise<void>;
  /**
   * Changes status and snapshot outside a turn (the user ended the session, a hint was given).
   * Throws TurnConflictError when the session is gone or has moved past `update.turnCount`.
   */
  updateSession(id: string, update: SessionUpdate): Promise<void>;
  /** Creates the branch and copies the parent's turns 1..branchedAt with their snapshots, atomically. */
  createBranch(branch: NewBranch): Promise<void>;
  /** Deletes the session and its turns for good; branches made from it stay (their parentId becomes null). */
  deleteSession(id: string): Promise<boolean>;
  /** Retention: deletes every session created before `cutoff` (ISO 8601) with its turns; returns their ids. */
  deleteSessionsCreatedBefore?(cutoff: string): Promise<string[]>;
  close(): Promise<void>;
}
