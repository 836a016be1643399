// The store contract on SQLite, in memory and in a file (a fresh temporary folder, removed
// afterwards), plus what only SQLite does here: WAL, its migrations, its folder, and a file that
// outlives the process.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/store/migrations.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { bearer, createSession, makeApp } from '../server/server-fixtures.js';
import { ServerProcess } from '../support/server-process.js';
import { describeStoreContract, describeWithdrawnMigration } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'mend-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(dir, `store-${++files}.db`);

/** The better-sqlite3 connection inside a store, to look at what only SQLite can show. */
const connectionOf = (store: SqliteStore) => (store as unknown as { db: Database.Database }).db;

/** Every byte of the database, its WAL included. */
function fileText(file: string): string {
  return [file, `${file}-wal`]
    .map((path) => {
      try {
        return readFileSync(path).toString('latin1');
      } catch {
        return '';
      }
    })
    .join('');
}

describeStoreContract('SQLite (in memory)', async () => {
  const store = new SqliteStore(':memory:');
  return { store, dump: async () => connectionOf(store).serialize().toString('latin1') };
});

describeStoreContract('SQLite (file)', async () => {
  const file = freshFile();
  return { store: new SqliteStore(file), dump: async () => fileText(file) };
});

describeWithdrawnMigration('SQLite (file)', async () => {
  const file = freshFile();
  return async (migrations = MIGRATIONS) => new SqliteStore(file, migrations);
});

/** A database file whose schema a newer Mend has migrated (version 99). */
async function fileFromNewerMend(): Promise<string> {
  const file = freshFile();
  await new SqliteStore(file).close();
  const db = new Database(file);
  db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'now')").run();
  db.close();
  return file;
}

describe('the SQLite store on disk', () => {
  it('runs in WAL mode with foreign keys on', async () => {
    const file = freshFile();
    const store = new SqliteStore(file);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    // foreign_keys is per connection: check through behaviour (the contract's delete cascade) and here.
    expect(connectionOf(new SqliteStore(':memory:')).pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is the shared migration list, each version recorded once and not reapplied on the next start', async () => {
    const file = freshFile();
    await new SqliteStore(file).close();
    await new SqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses to open a database whose schema is newer than this server, saying so', async () => {
    const file = await fileFromNewerMend();
    expect(() => new SqliteStore(file)).toThrow(/schema is at version 99, newer than this server knows/);
  });

  it('keeps a server from starting on a database from a newer Mend, with a clear message', async () => {
    const file = await fileFromNewerMend();
    const server = ServerProcess.spawn({ databaseUrl: `sqlite:${file}`, env: { LOG_LEVEL: 'silent' } });
    expect(await server.exited).toBe(1);
    expect(server.stderr()).toMatch(/^Mend cannot start: the database sqlite:.* did not open\./);
    expect(server.stderr()).toContain('newer than this server knows (');
    expect(server.stderr()).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 60_000);

  it('creates the folder of a database file that does not exist yet', async () => {
    const file = join(dir, 'nested', 'deeper', 'mend.db');
    const store = new SqliteStore(file);
    await store.ping();
    await store.close();
  });

  it('keeps sessions across a reopen', async () => {
    const file = freshFile();
    const first = await makeApp({ store: new SqliteStore(file) });
    const session = await createSession(first.app);
    await first.app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/replies`,
      headers: bearer(session.token),
      payload: { text: 'I am sorry.' },
    });
    await first.app.close();
    await first.store.close();

    const second = await makeApp({ store: new SqliteStore(file) });
    const view = await second.app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(session.token) });
    expect(view.json().turns).toHaveLength(1);
    await second.app.close();
    await second.store.close();
  });
});
