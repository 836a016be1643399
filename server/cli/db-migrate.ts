// `npm run db:migrate`: brings the database named by DATABASE_URL (SQLite or PostgreSQL) to the
// schema this build knows, and says which versions it applied. `-- --status` only reports.
// The server also migrates when it starts; running this first lets an operator upgrade the schema
// (and see it fail, if it does) before any instance of the new version takes traffic.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type Config, ConfigError, type DatabaseLocation, describeDatabase, loadConfig } from '../config.js';
import { MIGRATIONS } from '../store/migrations.js';
import { migrate, readSchemaVersion } from '../store/postgres-store.js';
import { latestVersion, pendingMigrations } from '../store/schema-version.js';
import { SqliteStore } from '../store/sqlite-store.js';

interface Outcome {
  before: number;
  after: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { status: { type: 'boolean', default: false } } });
  const config = migrateConfig();
  const location = config.database;
  const where = describeDatabase(location);
  const latest = latestVersion(MIGRATIONS);
  const outcome = values.status ? await status(location, config) : await apply(location, config);
  const known = `this build knows version ${latest}`;
  if (values.status) {
    const pending = pendingMigrations(outcome.before, MIGRATIONS).length;
    console.log(
      `${where}: schema at version ${outcome.before}; ${known}; ${pending === 0 ? 'nothing to apply' : `${pending} to apply`}.`,
    );
  } else if (outcome.after === outcome.before) {
    console.log(`${where}: schema already at version ${outcome.after}; nothing to apply.`);
  } else {
    console.log(`${where}: schema migrated from version ${outcome.before} to ${outcome.after}.`);
  }
}

/** Only the database's location and connection settings matter here; the other variables keep their defaults. */
function migrateConfig(): Config {
  const { DATABASE_URL, DATABASE_CONNECT_TIMEOUT_MS, DATABASE_KEEPALIVE_MS } = process.env;
  return loadConfig({ DATABASE_URL, DATABASE_CONNECT_TIMEOUT_MS, DATABASE_KEEPALIVE_MS });
}

async function status(location: DatabaseLocation, config: Config): Promise<Outcome> {
  const version =
    location.kind === 'sqlite' ? sqliteVersion(location.path) : await withPool(location.url, config, readSchemaVersion);
  return { before: version, after: version };
}

async function apply(location: DatabaseLocation, config: Config): Promise<Outcome> {
  if (location.kind === 'sqlite') {
    const before = sqliteVersion(location.path);
    // Opening the store applies what is pending (or refuses a newer schema).
    await new SqliteStore(location.path).close();
    return { before, after: sqliteVersion(location.path) };
  }
  return withPool(location.url, config, async (pool) => {
    const before = await readSchemaVersion(pool);
    const applied = await migrate(pool);
    return { before, after: applied.at(-1) ?? before };
  });
}

function sqliteVersion(path: string): number {
  if (path === ':memory:' || !existsSync(path)) return 0;
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get();
    if (table === undefined) return 0;
    const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as { version: number | null };
    return row.version ?? 0;
  } finally {
    db.close();
  }
}

/**
 * A connection that gives up on a server that does not answer (the connect timeout), but with no
 * statement or query timeout: an operator runs this, watching, and a migration may take its time.
 */
async function withPool<T>(url: string, config: Config, work: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const { connectMs, keepAliveMs } = config.databaseTimeouts;
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    connectionTimeoutMillis: connectMs,
    keepAlive: keepAliveMs > 0,
    ...(keepAliveMs > 0 ? { keepAliveInitialDelayMillis: keepAliveMs } : {}),
  });
  pool.on('error', () => {});
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}

try {
  await main();
} catch (error) {
  const message = error instanceof ConfigError ? error.message : `db:migrate failed: ${(error as Error).message}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
