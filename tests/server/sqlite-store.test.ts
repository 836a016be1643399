import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/store/migrations.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { bearer, createSession, makeApp } from './server-fixtures.js';
import { describeStoreContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'mend-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(dir, `store-${++files}.db`);

describeStoreContract('SQLite (in memory)', async () => new SqliteStore(':memory:'));
describeStoreContract('SQLite (file)', async () => new SqliteStore(freshFile()));

describe('the SQLite store on disk', () => {
  it('runs in WAL mode with foreign keys on', async () => {
    const file = freshFile();
    const store = new SqliteStore(file);
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    // foreign_keys is per connection: check through behaviour (the contract's delete cascade) and here.
    const probe = new SqliteStore(':memory:') as unknown as { db: Database.Database };
    expect(probe.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('records each migration once and does not reapply it on the next start', async () => {
    const file = freshFile();
    await new SqliteStore(file).close();
    await new SqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses a database whose schema is newer than this server', async () => {
    const file = freshFile();
    await new SqliteStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'now')").run();
    db.close();
    expect(() => new SqliteStore(file)).toThrow(/newer than this server knows/);
  });

  it('creates the folder of a database file that does not exist yet', async () => {
    const file = join(dir, 'nested', 'deeper', 'mend.db');
    const store = new SqliteStore(file);
    await store.ping();
    await store.close();
  });

  it('stores only a hash of the token, never the token itself', async () => {
    const file = freshFile();
    const store = new SqliteStore(file);
    const { app } = await makeApp({ store });
    const session = await createSession(app);
    const ok = await app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(session.token) });
    expect(ok.statusCode).toBe(200);
    await app.close();
    await store.close();
    const bytes = [file, `${file}-wal`].map((f) => {
      try {
        return readFileSync(f).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(bytes.join('')).not.toContain(session.token);
    const db = new Database(file, { readonly: true });
    const hash = db.prepare('SELECT token_hash FROM sessions WHERE id = ?').pluck().get(session.id);
    db.close();
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
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
