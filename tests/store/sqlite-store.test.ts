// The store contract on SQLite: a file in a fresh temporary folder per store, removed afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../server/store/migrations.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { describeStoreContract } from './store-contract.js';

const dir = mkdtempSync(join(tmpdir(), 'mend-store-contract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(dir, `store-${++files}.db`);

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

describeStoreContract('SQLite', async () => {
  const file = freshFile();
  return { store: new SqliteStore(file), dump: async () => fileText(file) };
});

describe('the SQLite schema', () => {
  it('is the shared migration list, each version recorded once', async () => {
    const file = freshFile();
    await new SqliteStore(file).close();
    await new SqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    db.close();
    expect(versions).toEqual(MIGRATIONS.map((m) => m.version));
  });

  it('refuses to open a database whose schema is newer than this server, saying so', async () => {
    const file = freshFile();
    await new SqliteStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'now')").run();
    db.close();
    expect(() => new SqliteStore(file)).toThrow(/schema is at version 99, newer than this server knows/);
  });

  it('keeps a server from starting on a database from a newer Mend, with a clear message', async () => {
    const file = freshFile();
    await new SqliteStore(file).close();
    const db = new Database(file);
    db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 'now')").run();
    db.close();
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: resolve(import.meta.dirname, '../..'),
      env: { ...process.env, PORT: '0', DATABASE_URL: `sqlite:${file}`, LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Mend cannot start: the database sqlite:.* did not open\./);
    expect(stderr).toContain('newer than this server knows (');
    expect(stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  }, 60_000);
});
