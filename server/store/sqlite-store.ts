// The Store on SQLite (better-sqlite3: synchronous, so each method finishes its work before the
// promise it returns resolves). WAL with synchronous=NORMAL: a committed transaction survives the
// process being killed; only a power cut can lose the last few commits.
// https://www.sqlite.org/wal.html#performance_considerations
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { SessionSnapshot } from '../engine/index.js';
import type { SessionStatus, Turn } from '../engine/types.js';
import { MIGRATIONS, MIGRATIONS_TABLE, type Migration, sqlFor } from './migrations.js';
import { pendingMigrations } from './schema-version.js';
import { type SessionRow, storedSession } from './session-row.js';
import {
  type NewBranch,
  type NewSession,
  type NewTurn,
  type SessionUpdate,
  type Store,
  type StoredSession,
  type StoredTurn,
  StoreUnavailableError,
  TurnConflictError,
  type TurnRequestId,
} from './store.js';

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly appendAll: (turns: readonly NewTurn[]) => void;
  private readonly createAll: (sessions: readonly NewSession[]) => void;
  private readonly branch: (branch: NewBranch) => void;
  private closed = false;

  /** `path` is an absolute file path or ':memory:'. Creates the folder and applies migrations. */
  constructor(path: string, migrations: readonly Migration[] = MIGRATIONS) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    this.db = db;
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // better-sqlite3 raises the page cache to 16 MB; a turn only appends and a view reads one
    // session's rows, so SQLite's own 2 MB does as well (same CPU per turn under `npm run load`) and
    // leaves 14 MB of memory to the sessions.
    db.pragma('cache_size = -2000');
    // Deleted transcripts are overwritten, not just unlinked from the b-tree.
    db.pragma('secure_delete = ON');
    applyMigrations(db, migrations);
    if (path !== ':memory:') refuseReadOnly(db);

    this.statements = {
      ping: db.prepare('SELECT 1'),
      insertSession: db.prepare(
        `INSERT INTO sessions (id, token_hash, scenario_id, seed, difficulty, parent_id, branched_at, opening,
           initial_snapshot, status, snapshot, snapshot_turn, created_at, updated_at)
         VALUES (@id, @tokenHash, @scenarioId, @seed, @difficulty, @parentId, @branchedAt, @opening,
           @initialSnapshot, @status, @snapshot, @snapshotTurn, @createdAt, @createdAt)`,
      ),
      // The session row, and its last turn when there is one: whichever is newer holds the current state.
      getSession: db.prepare<[string], SessionRow>(
        `SELECT s.id, s.token_hash, s.scenario_id, s.seed, s.difficulty, s.parent_id, s.opening, s.status,
           s.snapshot, s.snapshot_turn, s.created_at, s.updated_at,
           t.idx AS last_idx, t.status AS last_status, t.snapshot AS last_snapshot, t.created_at AS last_at
         FROM sessions s
         LEFT JOIN turns t ON t.session_id = s.id AND t.idx = (SELECT MAX(idx) FROM turns WHERE session_id = s.id)
         WHERE s.id = ?`,
      ),
      listTurns: db.prepare<[string], { turn: string; request_id: string | null }>(
        'SELECT turn, request_id FROM turns WHERE session_id = ? ORDER BY idx',
      ),
      listRequestIds: db.prepare<[string], TurnRequestId>(
        'SELECT request_id AS requestId, idx AS "index" FROM turns WHERE session_id = ? AND request_id IS NOT NULL ORDER BY idx',
      ),
      turnSnapshot: db.prepare<[string, number], { snapshot: string }>(
        'SELECT snapshot FROM turns WHERE session_id = ? AND idx = ?',
      ),
      initialSnapshot: db.prepare<[string], { snapshot: string }>(
        'SELECT initial_snapshot AS snapshot FROM sessions WHERE id = ?',
      ),
      // Inserts only if this is the session's next turn: the optimistic concurrency check, read-only.
      insertTurn: db.prepare<[string, number, string | null, SessionStatus, string, string, string, string, number]>(
        `INSERT INTO turns (session_id, idx, request_id, status, turn, snapshot, created_at)
         SELECT ?, ?, ?, ?, ?, ?, ?
         WHERE (SELECT COALESCE(MAX(idx), 0) FROM turns WHERE session_id = ?) = ?`,
      ),
      update: db.prepare<[string, string, string, number, string, string, number]>(
        `UPDATE sessions SET status = ?, snapshot = ?, updated_at = ?, snapshot_turn = ?
         WHERE id = ? AND (SELECT COALESCE(MAX(idx), 0) FROM turns WHERE session_id = ?) = ?`,
      ),
      copyTurns: db.prepare<[string, string, number]>(
        `INSERT INTO turns (session_id, idx, request_id, status, turn, snapshot, created_at)
         SELECT ?, idx, NULL, status, turn, snapshot, created_at FROM turns WHERE session_id = ? AND idx <= ? ORDER BY idx`,
      ),
      delete: db.prepare<[string]>('DELETE FROM sessions WHERE id = ?'),
      deleteCreatedBefore: db.prepare<[string], { id: string }>(
        'DELETE FROM sessions WHERE created_at < ? RETURNING id',
      ),
    };

    this.appendAll = db.transaction((turns: readonly NewTurn[]) => {
      for (const { sessionId, turn, requestId, status, snapshot, createdAt } of turns) {
        let inserted: number;
        try {
          inserted = this.statements.insertTurn.run(
            sessionId,
            turn.index,
            requestId,
            status,
            JSON.stringify(turn),
            JSON.stringify(snapshot),
            createdAt,
            sessionId,
            turn.index - 1,
          ).changes;
        } catch (error) {
          // A foreign-key failure: the session is gone.
          if ((error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) inserted = 0;
          else throw error;
        }
        if (inserted !== 1) throw new TurnConflictError(sessionId, turn.index);
      }
    });

    this.createAll = db.transaction((sessions: readonly NewSession[]) => {
      for (const session of sessions) this.statements.insertSession.run(sessionParams(session, null, null));
    });

    this.branch = db.transaction((branch: NewBranch) => {
      // The branch keeps the parent's turn-0 snapshot, so it can itself be rewound to any turn.
      const parent = this.statements.initialSnapshot.get(branch.parentId);
      if (parent === undefined) throw new TurnConflictError(branch.parentId, branch.branchedAt);
      this.statements.insertSession.run({
        ...sessionParams(branch, branch.parentId, branch.branchedAt),
        initialSnapshot: parent.snapshot,
      });
      const copied = this.statements.copyTurns.run(branch.id, branch.parentId, branch.branchedAt).changes;
      if (copied !== branch.branchedAt) throw new TurnConflictError(branch.parentId, branch.branchedAt);
    });
  }

  async ping(): Promise<void> {
    guard(() => this.statements.ping.get());
  }

  async createSessions(sessions: readonly NewSession[]): Promise<void> {
    if (sessions.length > 0) guard(() => this.createAll(sessions));
  }

  async getSession(id: string): Promise<StoredSession | null> {
    const row = guard(() => this.statements.getSession.get(id));
    return row === undefined ? null : storedSession(row);
  }

  async listTurns(sessionId: string): Promise<StoredTurn[]> {
    return guard(() => this.statements.listTurns.all(sessionId)).map((row) => ({
      turn: JSON.parse(row.turn) as Turn,
      requestId: row.request_id,
    }));
  }

  async listRequestIds(sessionId: string): Promise<TurnRequestId[]> {
    return guard(() => this.statements.listRequestIds.all(sessionId));
  }

  async getSnapshotAfter(sessionId: string, index: number): Promise<SessionSnapshot | null> {
    if (index > 0) {
      const row = guard(() => this.statements.turnSnapshot.get(sessionId, index));
      return row === undefined ? null : (JSON.parse(row.snapshot) as SessionSnapshot);
    }
    const row = guard(() => this.statements.initialSnapshot.get(sessionId));
    return row === undefined ? null : (JSON.parse(row.snapshot) as SessionSnapshot);
  }

  async appendTurns(turns: readonly NewTurn[]): Promise<void> {
    if (turns.length > 0) guard(() => this.appendAll(turns));
  }

  async updateSession(id: string, update: SessionUpdate): Promise<void> {
    const { changes } = guard(() =>
      this.statements.update.run(
        update.status,
        JSON.stringify(update.snapshot),
        new Date().toISOString(),
        update.turnCount,
        id,
        id,
        update.turnCount,
      ),
    );
    if (changes === 0) throw new TurnConflictError(id, update.turnCount);
  }

  async createBranch(branch: NewBranch): Promise<void> {
    guard(() => this.branch(branch));
  }

  async deleteSession(id: string): Promise<boolean> {
    return guard(() => this.statements.delete.run(id).changes) > 0;
  }

  async deleteSessionsCreatedBefore(cutoff: string): Promise<string[]> {
    return guard(() => this.statements.deleteCreatedBefore.all(cutoff)).map((row) => row.id);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}

/**
 * SQLite opens a file it may not write read-only without a word, and every write would then fail.
 * Writing the header's user_version (unchanged, then rolled back) finds that out at start instead.
 */
function refuseReadOnly(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  try {
    db.exec('BEGIN IMMEDIATE');
    db.pragma(`user_version = ${version}`);
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'an error';
    throw new Error(
      `The database file cannot be written (${code}). Mend needs to write its sessions there: check the file's permissions and owner.`,
    );
  } finally {
    if (db.inTransaction) db.exec('ROLLBACK');
  }
}

/**
 * SQLite errors that say the file cannot be used right now (locked past busy_timeout, a full disk,
 * an I/O error, a read-only or vanished file), not that a statement is wrong.
 */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN|NOMEM|PROTOCOL)/;

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && UNAVAILABLE.test(code)) {
      throw new StoreUnavailableError(`SQLite could not use the database file (${code})`);
    }
    throw error;
  }
}

function sessionParams(session: NewSession, parentId: string | null, branchedAt: number | null) {
  const snapshot = JSON.stringify(session.snapshot);
  return {
    id: session.id,
    tokenHash: session.tokenHash,
    scenarioId: session.scenarioId,
    seed: session.seed,
    difficulty: session.difficulty,
    status: session.status,
    parentId,
    branchedAt,
    opening: JSON.stringify(session.opening),
    initialSnapshot: snapshot,
    snapshot,
    snapshotTurn: branchedAt ?? 0,
    createdAt: session.createdAt,
  };
}

function applyMigrations(db: Database.Database, migrations: readonly Migration[]): void {
  db.exec(MIGRATIONS_TABLE);
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const pending = pendingMigrations(row.version ?? 0, migrations);
  if (pending.length === 0) return;
  // A table rebuild (migration 3) drops and renames tables: with foreign keys on, dropping sessions
  // would cascade to every turn. SQLite's own procedure: keys off outside the transaction, check
  // them before committing, back on after. (The pragma is ignored inside a transaction.)
  db.pragma('foreign_keys = OFF');
  try {
    for (const migration of pending) {
      db.transaction(() => {
        db.exec(sqlFor(migration, 'sqlite'));
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0)
          throw new Error(`migration ${migration.version} would break ${broken.length} references`);
        record.run(migration.version, migration.name, new Date().toISOString());
      })();
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}
