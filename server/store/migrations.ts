// Versioned schema migrations, as plain SQL. They are applied in order, each in its own
// transaction, and recorded in `schema_migrations`. Never edit a released migration: add the next
// one. This one list serves both stores: the SQL runs unchanged on SQLite and PostgreSQL (TEXT,
// INTEGER, CHECK, REFERENCES, plain indexes; JSON and ISO 8601 timestamps kept as TEXT), which the
// contract suites prove by migrating a fresh database of each kind. Where the two cannot share one
// text (SQLite cannot alter a CHECK), a migration gives one per dialect and says why.
export interface Migration {
  version: number;
  name: string;
  /** One SQL text for both stores, or one per dialect where they cannot share it (say why). */
  sql: string | { sqlite: string; postgres: string };
}

export function sqlFor(migration: Migration, dialect: 'sqlite' | 'postgres'): string {
  return typeof migration.sql === 'string' ? migration.sql : migration.sql[dialect];
}

const STATUSES = `'active', 'repaired', 'shutdown', 'withdrawn', 'ended'`;

export const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
);`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions-and-turns',
    sql: `
CREATE TABLE sessions (
  id               TEXT PRIMARY KEY,
  token_hash       TEXT NOT NULL,               -- hex SHA-256 of the token; the token is never stored
  scenario_id      TEXT NOT NULL,
  seed             INTEGER NOT NULL,
  difficulty       TEXT NOT NULL CHECK (difficulty IN ('gentle', 'realistic', 'hard')),
  parent_id        TEXT REFERENCES sessions (id) ON DELETE SET NULL,
  branched_at      INTEGER,                     -- the parent's turn this branch was rewound to
  opening          TEXT NOT NULL,               -- JSON PartnerView at turn 0
  initial_snapshot TEXT NOT NULL,               -- JSON engine snapshot at turn 0 (a branch keeps its parent's)
  -- State set outside a turn (created, branched, ended, hinted), valid as of turn snapshot_turn.
  -- A turn does not touch this row: when the last turn is newer, its status and snapshot are current.
  status           TEXT NOT NULL CHECK (status IN ('active', 'repaired', 'shutdown', 'ended')),
  snapshot         TEXT NOT NULL,
  snapshot_turn    INTEGER NOT NULL DEFAULT 0,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
CREATE INDEX sessions_parent_id ON sessions (parent_id);

-- One row per turn, written once and never updated: taking a turn is one INSERT.
CREATE TABLE turns (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL CHECK (idx >= 1),
  request_id TEXT,                              -- idempotency key the turn was taken with
  status     TEXT NOT NULL CHECK (status IN ('active', 'repaired', 'shutdown', 'ended')),
  turn       TEXT NOT NULL,                     -- JSON Turn (reply, classification, feedback, partner...)
  snapshot   TEXT NOT NULL,                     -- JSON engine snapshot after this turn (for rewinding)
  created_at TEXT NOT NULL,
  PRIMARY KEY (session_id, idx)
);
`,
  },
  {
    version: 2,
    name: 'request-ids-and-retention',
    sql: `
-- One turn per idempotency key and session, even when two instances race (NULLs never collide).
CREATE UNIQUE INDEX turns_session_request ON turns (session_id, request_id);
-- Retention deletes sessions by age.
CREATE INDEX sessions_created_at ON sessions (created_at);
`,
  },
  {
    version: 3,
    name: 'withdrawn-status',
    // A session can end 'withdrawn' (the partner stopped asking). The status CHECKs must allow it.
    // PostgreSQL swaps the constraint in place. SQLite cannot alter a CHECK: each table is rebuilt
    // (create, copy, drop, rename, indexes again), the way its documentation prescribes; the store
    // runs migrations with foreign keys off and checks them before committing, so dropping the old
    // sessions table neither cascades to the turns nor leaves a dangling reference.
    sql: {
      postgres: `
ALTER TABLE sessions DROP CONSTRAINT sessions_status_check;
ALTER TABLE sessions ADD CONSTRAINT sessions_status_check CHECK (status IN (${STATUSES}));
ALTER TABLE turns DROP CONSTRAINT turns_status_check;
ALTER TABLE turns ADD CONSTRAINT turns_status_check CHECK (status IN (${STATUSES}));
`,
      sqlite: `
CREATE TABLE sessions_v3 (
  id               TEXT PRIMARY KEY,
  token_hash       TEXT NOT NULL,
  scenario_id      TEXT NOT NULL,
  seed             INTEGER NOT NULL,
  difficulty       TEXT NOT NULL CHECK (difficulty IN ('gentle', 'realistic', 'hard')),
  parent_id        TEXT REFERENCES sessions (id) ON DELETE SET NULL,
  branched_at      INTEGER,
  opening          TEXT NOT NULL,
  initial_snapshot TEXT NOT NULL,
  status           TEXT NOT NULL CHECK (status IN (${STATUSES})),
  snapshot         TEXT NOT NULL,
  snapshot_turn    INTEGER NOT NULL DEFAULT 0,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
);
INSERT INTO sessions_v3 SELECT id, token_hash, scenario_id, seed, difficulty, parent_id, branched_at, opening,
  initial_snapshot, status, snapshot, snapshot_turn, created_at, updated_at FROM sessions;
CREATE TABLE turns_v3 (
  session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL CHECK (idx >= 1),
  request_id TEXT,
  status     TEXT NOT NULL CHECK (status IN (${STATUSES})),
  turn       TEXT NOT NULL,
  snapshot   TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (session_id, idx)
);
INSERT INTO turns_v3 SELECT session_id, idx, request_id, status, turn, snapshot, created_at FROM turns;
DROP TABLE turns;
DROP TABLE sessions;
ALTER TABLE sessions_v3 RENAME TO sessions;
ALTER TABLE turns_v3 RENAME TO turns;
CREATE INDEX sessions_parent_id ON sessions (parent_id);
CREATE INDEX sessions_created_at ON sessions (created_at);
CREATE UNIQUE INDEX turns_session_request ON turns (session_id, request_id);
`,
    },
  },
];
