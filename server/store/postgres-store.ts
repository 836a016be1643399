// The Store on PostgreSQL (node-postgres with a pool), for several server instances sharing one
// database. Same tables, columns and migrations as the SQLite store (migrations.ts is written in SQL
// both accept), so a version number means the same schema in both.
//
// Concurrency: instances do not share memory, so two of them may try to take turn N of one session
// at once. appendTurns locks the sessions it writes to (`SELECT ... FOR UPDATE`, in id order so two
// batches never deadlock) and then inserts a turn only if it is the session's next: the second
// writer waits for the first to commit, sees its turn, and gets a TurnConflictError instead of
// interleaving. The (session_id, idx) primary key and the (session_id, request_id) unique index
// back this up, so even a bug elsewhere cannot store two turn 3s or apply one request twice.
import pg from 'pg';
import { type DatabaseTimeouts, DEFAULT_DATABASE_TIMEOUTS } from '../config.js';
import type { SessionSnapshot } from '../engine/index.js';
import type { Turn } from '../engine/types.js';
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

/** Held while migrating, so instances starting together do not race to create the same tables. */
const MIGRATION_LOCK_KEY = 0x6d656e64; // "mend"

/** PostgreSQL error codes this store answers to. https://www.postgresql.org/docs/current/errcodes-appendix.html */
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';
const QUERY_CANCELED = '57014'; // statement_timeout ran out
/** Classes that say "the database cannot work right now", not "this statement is wrong". */
const UNAVAILABLE_CLASSES = ['08', '53', '57', '58'];

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  connectionString: string;
  /** Work inside this schema (created when missing) instead of the connection's default; tests use one per run. */
  schema?: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  migrations?: readonly Migration[];
  /** An idle connection failed (the database restarted, the network dropped). Without a handler pg would crash the process. */
  onIdleError?: (error: Error) => void;
  /** Connect, statement and query timeouts and TCP keepalive (config.ts has the defaults and the why). */
  timeouts?: DatabaseTimeouts;
}

/** node-postgres settings for `timeouts`: every wait on the database has an end. */
export function connectionSettings(timeouts: DatabaseTimeouts = DEFAULT_DATABASE_TIMEOUTS) {
  return {
    connectionTimeoutMillis: timeouts.connectMs,
    statement_timeout: timeouts.statementMs,
    query_timeout: timeouts.queryMs,
    keepAlive: timeouts.keepAliveMs > 0,
    ...(timeouts.keepAliveMs > 0 ? { keepAliveInitialDelayMillis: timeouts.keepAliveMs } : {}),
  };
}

const SQL = {
  insertSession: `INSERT INTO sessions (id, token_hash, scenario_id, seed, difficulty, parent_id, branched_at, opening,
      initial_snapshot, status, snapshot, snapshot_turn, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)`,
  // The session row and its last turn: whichever is newer holds the current state (see migrations.ts).
  getSession: `SELECT s.id, s.token_hash, s.scenario_id, s.seed, s.difficulty, s.parent_id, s.opening, s.status,
      s.snapshot, s.snapshot_turn, s.created_at, s.updated_at,
      t.idx AS last_idx, t.status AS last_status, t.snapshot AS last_snapshot, t.created_at AS last_at
    FROM sessions s
    LEFT JOIN turns t ON t.session_id = s.id AND t.idx = (SELECT MAX(idx) FROM turns WHERE session_id = s.id)
    WHERE s.id = $1`,
  listTurns: 'SELECT turn, request_id FROM turns WHERE session_id = $1 ORDER BY idx',
  listRequestIds:
    'SELECT request_id AS "requestId", idx AS "index" FROM turns WHERE session_id = $1 AND request_id IS NOT NULL ORDER BY idx',
  turnSnapshot: 'SELECT snapshot FROM turns WHERE session_id = $1 AND idx = $2',
  initialSnapshot: 'SELECT initial_snapshot AS snapshot FROM sessions WHERE id = $1',
  lockSessions: 'SELECT id FROM sessions WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
  // Inserts only if this is the session's next turn; the caller holds the session's row lock.
  insertTurn: `INSERT INTO turns (session_id, idx, request_id, status, turn, snapshot, created_at)
    SELECT $1, $2, $3, $4, $5, $6, $7
    WHERE (SELECT COALESCE(MAX(idx), 0) FROM turns WHERE session_id = $1) = $2 - 1`,
  update: `UPDATE sessions SET status = $2, snapshot = $3, updated_at = $4, snapshot_turn = $5
    WHERE id = $1 AND (SELECT COALESCE(MAX(idx), 0) FROM turns WHERE session_id = $1) = $5`,
  lockParent: 'SELECT initial_snapshot FROM sessions WHERE id = $1 FOR SHARE',
  copyTurns: `INSERT INTO turns (session_id, idx, request_id, status, turn, snapshot, created_at)
    SELECT $1, idx, NULL, status, turn, snapshot, created_at FROM turns WHERE session_id = $2 AND idx <= $3 ORDER BY idx`,
  delete: 'DELETE FROM sessions WHERE id = $1',
  deleteCreatedBefore: 'DELETE FROM sessions WHERE created_at < $1 RETURNING id',
} as const;

export class PostgresStore implements Store {
  private closed = false;

  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, applies pending migrations (refusing a schema newer than this build), and returns the store. */
  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
      throw new Error('The PostgreSQL schema name must be lower-case letters, digits and underscores.');
    }
    const timeouts = options.timeouts ?? DEFAULT_DATABASE_TIMEOUTS;
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 10,
      ...connectionSettings(timeouts),
      ...(options.schema === undefined ? {} : { options: `-c search_path=${options.schema}` }),
    });
    pool.on('error', options.onIdleError ?? (() => {}));
    try {
      await migrate(pool, options.migrations ?? MIGRATIONS, options.schema);
    } catch (error) {
      await pool.end();
      throw unavailable(error) ?? error;
    }
    return new PostgresStore(pool);
  }

  async ping(): Promise<void> {
    await query(this.pool, 'SELECT 1');
  }

  async createSessions(sessions: readonly NewSession[]): Promise<void> {
    const insert = (db: pg.Pool | pg.PoolClient, session: NewSession) =>
      query(db, SQL.insertSession, sessionParams(session, null, null, JSON.stringify(session.snapshot)));
    // One statement is atomic on its own: a quiet server's lone new session skips BEGIN and COMMIT.
    if (sessions.length <= 1) {
      if (sessions[0] !== undefined) await insert(this.pool, sessions[0]);
      return;
    }
    await this.transaction(async (client) => {
      for (const session of sessions) await insert(client, session);
    });
  }

  async getSession(id: string): Promise<StoredSession | null> {
    const { rows } = await query<SessionRow>(this.pool, SQL.getSession, [id]);
    const row = rows[0];
    return row === undefined ? null : storedSession(row);
  }

  async listTurns(sessionId: string): Promise<StoredTurn[]> {
    const { rows } = await query<{ turn: string; request_id: string | null }>(this.pool, SQL.listTurns, [sessionId]);
    return rows.map((row) => ({ turn: JSON.parse(row.turn) as Turn, requestId: row.request_id }));
  }

  async listRequestIds(sessionId: string): Promise<TurnRequestId[]> {
    const { rows } = await query<TurnRequestId>(this.pool, SQL.listRequestIds, [sessionId]);
    return rows;
  }

  async getSnapshotAfter(sessionId: string, index: number): Promise<SessionSnapshot | null> {
    const { rows } =
      index > 0
        ? await query<{ snapshot: string }>(this.pool, SQL.turnSnapshot, [sessionId, index])
        : await query<{ snapshot: string }>(this.pool, SQL.initialSnapshot, [sessionId]);
    const row = rows[0];
    return row === undefined ? null : (JSON.parse(row.snapshot) as SessionSnapshot);
  }

  async appendTurns(turns: readonly NewTurn[]): Promise<void> {
    if (turns.length === 0) return;
    await this.transaction(async (client) => {
      const ids = [...new Set(turns.map((t) => t.sessionId))];
      const locked = await query<{ id: string }>(client, SQL.lockSessions, [ids]);
      const present = new Set(locked.rows.map((row) => row.id));
      for (const { sessionId, turn, requestId, status, snapshot, createdAt } of turns) {
        if (!present.has(sessionId)) throw new TurnConflictError(sessionId, turn.index);
        let inserted: number;
        try {
          const result = await query(client, SQL.insertTurn, [
            sessionId,
            turn.index,
            requestId,
            status,
            JSON.stringify(turn),
            JSON.stringify(snapshot),
            createdAt,
          ]);
          inserted = result.rowCount ?? 0;
        } catch (error) {
          // The index or the request id is taken, or the session is gone: someone else moved first.
          if (isConstraintViolation(error)) throw new TurnConflictError(sessionId, turn.index);
          throw error;
        }
        if (inserted !== 1) throw new TurnConflictError(sessionId, turn.index);
      }
    });
  }

  async updateSession(id: string, update: SessionUpdate): Promise<void> {
    const result = await query(this.pool, SQL.update, [
      id,
      update.status,
      JSON.stringify(update.snapshot),
      new Date().toISOString(),
      update.turnCount,
    ]);
    if ((result.rowCount ?? 0) === 0) throw new TurnConflictError(id, update.turnCount);
  }

  async createBranch(branch: NewBranch): Promise<void> {
    await this.transaction(async (client) => {
      // The branch keeps the parent's turn-0 snapshot, so it can itself be rewound to any turn.
      const parent = await query<{ initial_snapshot: string }>(client, SQL.lockParent, [branch.parentId]);
      const initial = parent.rows[0]?.initial_snapshot;
      if (initial === undefined) throw new TurnConflictError(branch.parentId, branch.branchedAt);
      await query(client, SQL.insertSession, sessionParams(branch, branch.parentId, branch.branchedAt, initial));
      const copied = await query(client, SQL.copyTurns, [branch.id, branch.parentId, branch.branchedAt]);
      if (copied.rowCount !== branch.branchedAt) throw new TurnConflictError(branch.parentId, branch.branchedAt);
    });
  }

  async deleteSession(id: string): Promise<boolean> {
    const result = await query(this.pool, SQL.delete, [id]);
    return (result.rowCount ?? 0) > 0;
  }

  async deleteSessionsCreatedBefore(cutoff: string): Promise<string[]> {
    const { rows } = await query<{ id: string }>(this.pool, SQL.deleteCreatedBefore, [cutoff]);
    return rows.map((row) => row.id);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw unavailable(error) ?? error;
    }
    let broken: Error | undefined;
    try {
      await query(client, 'BEGIN');
      const result = await work(client);
      await query(client, 'COMMIT');
      return result;
    } catch (error) {
      // A connection that stopped answering is dropped, not asked to roll back: PostgreSQL rolls
      // back on its own when the connection closes, and asking would wait out another timeout.
      if (error instanceof StoreUnavailableError && error.timeout !== 'statement') broken = error;
      else {
        try {
          await client.query('ROLLBACK');
        } catch (rollbackError) {
          broken = rollbackError as Error; // the connection itself failed: do not hand it back to the pool
        }
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }
}

/** The schema version recorded in the database (0 for an empty one), without changing anything. */
export async function readSchemaVersion(client: pg.Pool | pg.ClientBase): Promise<number> {
  const exists = await client.query<{ found: string | null }>("SELECT to_regclass('schema_migrations') AS found");
  if (exists.rows[0]?.found == null) return 0;
  const { rows } = await client.query<{ version: number | null }>(
    'SELECT MAX(version) AS version FROM schema_migrations',
  );
  return rows[0]?.version ?? 0;
}

/**
 * Applies pending migrations, each in its own transaction, under an advisory lock held for the
 * whole run (creating `schema` first, when given). Returns the versions applied (empty when the
 * schema was current).
 */
export async function migrate(
  pool: pg.Pool,
  migrations: readonly Migration[] = MIGRATIONS,
  schema?: string,
): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      // Under the lock: two instances creating one schema at once would collide in the catalog.
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await client.query(MIGRATIONS_TABLE);
      const applied: number[] = [];
      for (const migration of pendingMigrations(await readSchemaVersion(client), migrations)) {
        await client.query('BEGIN');
        try {
          await client.query(sqlFor(migration, 'postgres'));
          await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
            migration.version,
            migration.name,
            new Date().toISOString(),
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
        applied.push(migration.version);
      }
      return applied;
    } finally {
      // If the connection broke, the lock went with it.
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  } finally {
    client.release();
  }
}

/**
 * A statement PostgreSQL refused. Only the code and the names of the table and constraint are
 * kept: the server's own detail ("Failing row contains (...)") would carry reply text into a log.
 */
export class PostgresStatementError extends Error {
  override readonly name = 'PostgresStatementError';
  constructor(
    readonly code: string,
    readonly table: string | undefined,
    readonly constraint: string | undefined,
  ) {
    super(
      `PostgreSQL refused a statement (SQLSTATE ${code}${table ? `, table ${table}` : ''}${constraint ? `, constraint ${constraint}` : ''}).`,
    );
  }
}

async function query<R extends pg.QueryResultRow = pg.QueryResultRow>(
  on: pg.Pool | pg.ClientBase,
  text: string,
  values: unknown[] = [],
): Promise<pg.QueryResult<R>> {
  try {
    return await on.query<R>(text, values);
  } catch (error) {
    const down = unavailable(error);
    if (down !== undefined) throw down;
    if (error instanceof pg.DatabaseError && error.code !== undefined) {
      throw new PostgresStatementError(error.code, error.table, error.constraint);
    }
    throw error;
  }
}

/** Socket-level failures node-postgres passes through from Node. */
const NETWORK_ERRORS = /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/;

/**
 * The StoreUnavailableError an error stands for, if it says the database cannot answer (a timeout,
 * a refused or dropped connection, a server shutting down) rather than that a statement is wrong.
 */
export function unavailable(error: unknown): StoreUnavailableError | undefined {
  if (error instanceof StoreUnavailableError) return error;
  if (!(error instanceof Error)) return undefined;
  if (error instanceof pg.DatabaseError) {
    const code = error.code ?? '';
    if (code === QUERY_CANCELED) {
      return new StoreUnavailableError(
        'PostgreSQL cancelled a statement that ran past the statement timeout',
        'statement',
      );
    }
    if (UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) {
      return new StoreUnavailableError(`PostgreSQL cannot serve requests right now (SQLSTATE ${code})`);
    }
    return undefined;
  }
  const { message } = error;
  const code = (error as { code?: unknown }).code;
  if (message === 'Query read timeout') {
    return new StoreUnavailableError('PostgreSQL did not answer within the query timeout', 'query');
  }
  if (/timeout exceeded when trying to connect|connection timeout|timeout expired/i.test(message)) {
    return new StoreUnavailableError('PostgreSQL did not answer within the connect timeout', 'connect');
  }
  if (typeof code === 'string' && NETWORK_ERRORS.test(code)) {
    return new StoreUnavailableError(`the connection to PostgreSQL failed (${code})`);
  }
  if (/Connection terminated|connection error|not queryable|Cannot use a pool after calling end/i.test(message)) {
    return new StoreUnavailableError('the connection to PostgreSQL was lost');
  }
  return undefined;
}

function isConstraintViolation(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === UNIQUE_VIOLATION || code === FOREIGN_KEY_VIOLATION;
}

function sessionParams(
  session: NewSession,
  parentId: string | null,
  branchedAt: number | null,
  initialSnapshot: string,
): unknown[] {
  return [
    session.id,
    session.tokenHash,
    session.scenarioId,
    session.seed,
    session.difficulty,
    parentId,
    branchedAt,
    JSON.stringify(session.opening),
    initialSnapshot,
    session.status,
    JSON.stringify(session.snapshot),
    branchedAt ?? 0,
    session.createdAt,
  ];
}
