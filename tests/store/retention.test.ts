// RETENTION_DAYS: sessions older than N days are deleted with their turns, when the server starts
// and daily after; unset or 0 keeps them forever.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession } from '../../server/api-contract.js';
import { ConfigError, loadConfig } from '../../server/config.js';
import { RetentionSchedule, retentionCutoff } from '../../server/store/retention.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import type { NewSession, Store } from '../../server/store/store.js';
import { firstScenarioId } from '../server/server-fixtures.js';
import { api, killServers, ServerProcess } from '../support/server-process.js';
import { freshEngine, newSession } from './store-records.js';

const dir = mkdtempSync(join(tmpdir(), 'mend-retention-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number, from = Date.now()) => new Date(from - days * DAY).toISOString();

async function sessionCreated(createdAt: string, id: string): Promise<NewSession> {
  return newSession(await freshEngine(1), { id, createdAt });
}

function quietLog() {
  const lines: Array<{ level: string; obj: object; msg: string }> = [];
  return {
    lines,
    info: (obj: object, msg: string) => lines.push({ level: 'info', obj, msg }),
    error: (obj: object, msg: string) => lines.push({ level: 'error', obj, msg }),
  };
}

describe('the RETENTION_DAYS setting', () => {
  it('is off (0) unless set, and takes a whole number of days', () => {
    expect(loadConfig({}, '/srv').retentionDays).toBe(0);
    expect(loadConfig({ RETENTION_DAYS: '30' }, '/srv').retentionDays).toBe(30);
  });

  it('stops the start with a message naming it when it is not a whole number', () => {
    for (const bad of ['-1', '7.5', 'a month']) {
      expect(() => loadConfig({ RETENTION_DAYS: bad }, '/srv')).toThrow(ConfigError);
      expect(() => loadConfig({ RETENTION_DAYS: bad }, '/srv')).toThrow(
        /RETENTION_DAYS must be a whole number of days/,
      );
    }
  });

  it('puts the cutoff exactly N days back', () => {
    expect(retentionCutoff(new Date('2026-03-31T12:00:00.000Z'), 30)).toBe('2026-03-01T12:00:00.000Z');
  });
});

describe('the retention schedule', () => {
  const stores: Store[] = [];
  const schedules: RetentionSchedule[] = [];
  afterEach(async () => {
    for (const schedule of schedules.splice(0)) await schedule.stop();
    for (const store of stores.splice(0)) await store.close();
  });

  async function storeWith(sessions: Array<[id: string, createdAt: string]>): Promise<SqliteStore> {
    const store = new SqliteStore(':memory:');
    stores.push(store);
    for (const [id, createdAt] of sessions) await store.createSessions([await sessionCreated(createdAt, id)]);
    return store;
  }

  it('on start, deletes sessions older than N days and says how many, never which', async () => {
    const store = await storeWith([
      ['old', daysAgo(31)],
      ['recent', daysAgo(29)],
    ]);
    const deleted: string[][] = [];
    const log = quietLog();
    const schedule = new RetentionSchedule({ store, days: 30, log, onDeleted: (ids) => deleted.push(ids) });
    schedules.push(schedule);
    await schedule.start();
    expect(await store.getSession('old')).toBeNull();
    expect(await store.getSession('recent')).not.toBeNull();
    expect(deleted).toEqual([['old']]);
    expect(log.lines).toEqual([
      { level: 'info', obj: { deleted: 1, retentionDays: 30 }, msg: 'retention: deleted expired sessions' },
    ]);
  });

  it('keeps everything when set to 0', async () => {
    const store = await storeWith([['ancient', daysAgo(4000)]]);
    const schedule = new RetentionSchedule({ store, days: 0 });
    schedules.push(schedule);
    await schedule.start();
    expect(schedule.enabled).toBe(false);
    expect(await store.getSession('ancient')).not.toBeNull();
  });

  it('runs again each interval, catching sessions as they age', async () => {
    const store = await storeWith([['ageing', daysAgo(29.5)]]);
    let now = Date.now();
    const schedule = new RetentionSchedule({ store, days: 30, intervalMs: 30, now: () => new Date(now) });
    schedules.push(schedule);
    await schedule.start();
    expect(await store.getSession('ageing')).not.toBeNull();
    now += DAY; // a day later, the next run finds it expired
    const deadline = Date.now() + 2000;
    while ((await store.getSession('ageing')) !== null && Date.now() < deadline) {
      await new Promise((wait) => setTimeout(wait, 20));
    }
    expect(await store.getSession('ageing')).toBeNull();
  });

  it('logs a failed sweep and lets the server go on', async () => {
    const store = await storeWith([]);
    const broken = Object.assign(Object.create(store) as Store, {
      deleteSessionsCreatedBefore: async () => Promise.reject(new Error('disk full')),
    });
    const log = quietLog();
    const schedule = new RetentionSchedule({ store: broken, days: 7, log });
    schedules.push(schedule);
    await expect(schedule.start()).resolves.toBeUndefined();
    expect(log.lines.map((l) => [l.level, l.msg])).toEqual([['error', 'retention: could not delete expired sessions']]);
  });
});

describe('the server process with RETENTION_DAYS', () => {
  afterEach(killServers);

  const start = (database: string, retentionDays: string) =>
    ServerProcess.start({ databaseUrl: `sqlite:${database}`, env: { RETENTION_DAYS: retentionDays } });

  it('deletes a session older than the setting when it starts, and keeps a new one', async () => {
    const database = join(dir, 'process.db');
    const first = await start(database, '0');
    const create = async () =>
      (
        await api<CreatedSession>(first.address, 'POST', '/api/sessions', undefined, {
          scenarioId: await firstScenarioId(),
          seed: 3,
        })
      ).body;
    const old = await create();
    const fresh = await create();
    await api(first.address, 'POST', `/api/sessions/${old.id}/replies`, old.token, { text: 'I am sorry.' });
    await first.stop();

    // Age one session past the setting, as if it had been created 40 days ago.
    const db = new Database(database);
    db.prepare('UPDATE sessions SET created_at = ? WHERE id = ?').run(daysAgo(40), old.id);
    db.close();

    const second = await start(database, '30');
    const status = async (session: CreatedSession) =>
      (await api(second.address, 'GET', `/api/sessions/${session.id}`, session.token)).status;
    expect(await status(old)).toBe(404);
    expect(await status(fresh)).toBe(200);
    await second.stop();

    const check = new Database(database, { readonly: true });
    const turns = check.prepare('SELECT COUNT(*) FROM turns WHERE session_id = ?').pluck().get(old.id);
    check.close();
    expect(turns).toBe(0);
  }, 120_000); // two server starts, on two cores shared with the other suites
});
