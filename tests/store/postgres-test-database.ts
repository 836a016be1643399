// PostgreSQL for the test suites: whether one is reachable (a quick connect), and throwaway
// databases with unique names that are dropped afterwards, so runs never see each other's rows.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The maintenance connection (trust auth on these machines). MEND_TEST_POSTGRES_URL overrides it. */
export const POSTGRES_ADMIN_URL = process.env.MEND_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Null when PostgreSQL answers; otherwise why the PostgreSQL suites are skipped. With
 * MEND_REQUIRE_PG=1 (CI) an unreachable PostgreSQL fails the suite instead of skipping it.
 */
export async function postgresUnavailableReason(): Promise<string | null> {
  const reason = await probe();
  if (reason !== null && process.env.MEND_REQUIRE_PG === '1') {
    throw new Error(`MEND_REQUIRE_PG=1, but ${reason}`);
  }
  return reason;
}

async function probe(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return `PostgreSQL is not reachable at ${redacted(POSTGRES_ADMIN_URL)} (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Prints why a suite is skipped (vitest shows skipped suites without a reason). */
export function warnSkipped(suite: string, reason: string | null): void {
  if (reason !== null) console.warn(`[skipped] ${suite}: ${reason}`);
}

export interface TestDatabase {
  name: string;
  url: string;
  /** Runs one statement on the maintenance connection to this database. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

/** Creates a database named mend_<label>_<random>, reachable at `url`; `drop()` removes it for good. */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  const name = `mend_${label}_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    query: async <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query<R>(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
