// The store contract on PostgreSQL, plus what only PostgreSQL does here: migrating under a lock
// while instances start together, keeping row contents out of errors, and the LISTEN/NOTIFY
// fan-out between instances. Each run works in a database of its own (one schema per store) and
// drops it afterwards. Without a PostgreSQL at 127.0.0.1:5432 the suite is skipped, saying why.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgFanout } from '../../server/pg-fanout.js';
import type { SessionEvent } from '../../server/session-fanout.js';
import { MIGRATIONS } from '../../server/store/migrations.js';
import { PostgresStore } from '../../server/store/postgres-store.js';
import { type NewSession, type NewTurn, type Store, StoreUnavailableError } from '../../server/store/store.js';
import { FaultProxy } from '../support/fault-proxy.js';
import {
  createTestDatabase,
  postgresUnavailableReason,
  type TestDatabase,
  warnSkipped,
} from './postgres-test-database.js';
import { describeStoreContract, describeWithdrawnMigration } from './store-contract.js';
import { freshEngine, newSession, play } from './store-records.js';

const unavailable = await postgresUnavailableReason();
warnSkipped('PostgreSQL store suite', unavailable);

let database: TestDatabase | undefined;
let schemas = 0;

function db(): TestDatabase {
  if (database === undefined) throw new Error('the test database was not created');
  return database;
}

async function openIn(schema: string, options: { migrations?: typeof MIGRATIONS } = {}): Promise<PostgresStore> {
  return PostgresStore.open({ connectionString: db().url, schema, poolSize: 6, ...options });
}

describe.skipIf(unavailable !== null)('PostgreSQL', () => {
  beforeAll(async () => {
    database = await createTestDatabase('store');
  });
  afterAll(async () => {
    await database?.drop();
  });

  describeStoreContract('PostgreSQL', async () => {
    const schema = `contract_${++schemas}`;
    const store = await openIn(schema);
    return {
      store,
      dump: async () => {
        const rows = await db().query<{ text: string }>(
          `SELECT s::text AS text FROM ${schema}.sessions s UNION ALL SELECT t::text FROM ${schema}.turns t`,
        );
        return rows.map((row) => row.text).join('\n');
      },
    };
  });

  describeWithdrawnMigration('PostgreSQL', async () => {
    const schema = `withdrawn_${++schemas}`;
    return async (migrations = MIGRATIONS) => openIn(schema, { migrations });
  });

  describe('the PostgreSQL schema', () => {
    it('is the shared migration list, each version recorded once, even when instances start together', async () => {
      const schema = `together_${++schemas}`;
      const stores = await Promise.all([openIn(schema), openIn(schema), openIn(schema)]);
      await Promise.all(stores.map((store) => store.close()));
      await (await openIn(schema)).close();
      const rows = await db().query<{ version: number }>(
        `SELECT version FROM ${schema}.schema_migrations ORDER BY version`,
      );
      expect(rows.map((row) => row.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it('refuses to open a database whose schema is newer than this server, saying so', async () => {
      const schema = `future_${++schemas}`;
      await (await openIn(schema)).close();
      await db().query(
        `INSERT INTO ${schema}.schema_migrations (version, name, applied_at) VALUES (99, 'future', 'now')`,
      );
      await expect(openIn(schema)).rejects.toThrow(/schema is at version 99, newer than this server knows/);
    });

    it('applies only the migrations a database lacks', async () => {
      const schema = `upgrade_${++schemas}`;
      await (await openIn(schema, { migrations: MIGRATIONS.slice(0, 1) })).close();
      await (await openIn(schema)).close();
      const rows = await db().query<{ version: number }>(`SELECT version FROM ${schema}.schema_migrations`);
      expect(rows.map((row) => row.version).sort()).toEqual(MIGRATIONS.map((m) => m.version));
    });
  });

  describe('a statement PostgreSQL refuses', () => {
    it('reports the constraint, never the row it was given', async () => {
      const store = await openIn(`refused_${++schemas}`);
      try {
        const { session, record } = await sessionWithTurn('What I typed stays private.');
        await store.createSessions([session]);
        const bad = { ...record, status: 'not-a-status' } as unknown as NewTurn;
        const error = await store.appendTurns([bad]).then(
          () => null,
          (caught: unknown) => caught as Error,
        );
        expect(error?.message).toMatch(/SQLSTATE 23514/);
        expect(JSON.stringify({ ...error, message: error?.message })).not.toContain('What I typed');
      } finally {
        await store.close();
      }
    });
  });

  describe('a statement that waits too long', () => {
    it('is cancelled by the statement timeout as StoreUnavailableError, and the store goes on once the wait is over', async () => {
      const schema = `slow_${++schemas}`;
      const store = await PostgresStore.open({
        connectionString: db().url,
        schema,
        poolSize: 2,
        timeouts: { connectMs: 2000, statementMs: 300, queryMs: 2000, keepAliveMs: 0 },
      });
      const holder = new pg.Client({ connectionString: db().url });
      await holder.connect();
      try {
        const { session, records } = await sessionWithTurns(['Okay.', 'I see.']);
        await store.createSessions([session]);
        // Another connection holds the session row: the turn waits on its lock.
        await holder.query('BEGIN');
        await holder.query(`SELECT id FROM ${schema}.sessions WHERE id = $1 FOR UPDATE`, [session.id]);
        const started = Date.now();
        const error = await store.appendTurns([records[0] as NewTurn]).then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(error).toBeInstanceOf(StoreUnavailableError);
        expect((error as StoreUnavailableError).timeout).toBe('statement');
        expect(Date.now() - started).toBeLessThan(1500);
        await holder.query('ROLLBACK');
        await store.appendTurns(records);
        expect((await store.listTurns(session.id)).map((t) => t.turn.index)).toEqual([1, 2]);
      } finally {
        await holder.end();
        await store.close();
      }
    });
  });

  describe('the fan-out between instances (LISTEN/NOTIFY)', () => {
    let store: Store;
    const fanouts: PgFanout[] = [];
    const channel = () => `mend_test_${process.pid}`;

    beforeAll(async () => {
      store = await openIn(`fanout_${++schemas}`);
    });
    afterAll(async () => {
      for (const fanout of fanouts.splice(0)) await fanout.close();
      await store.close();
    });

    async function instance(): Promise<PgFanout> {
      const fanout = await PgFanout.start({ connectionString: db().url, store, channel: channel() });
      fanout.bind({ forget: () => {}, report: async () => Promise.reject(new Error('not in this test')) });
      fanouts.push(fanout);
      return fanout;
    }

    it('a watcher on another instance receives the turn, read from the store, in order', async () => {
      const [a, b] = [await instance(), await instance()];
      const { session, records } = await sessionWithTurns(['Okay.', 'I see.', 'Go on.']);
      await store.createSessions([session]);
      const seen = collect(b, session.id);
      for (const record of records) {
        await store.appendTurns([record]);
        a.publish(turnEvent(record));
      }
      await waitFor(() => seen.length === 3);
      expect(seen.map((e) => (e.kind === 'turn' ? e.turn.index : e.kind))).toEqual([1, 2, 3]);
      expect(seen[1]).toMatchObject({ kind: 'turn', turn: records[1]?.turn, requestId: 'req-2' });
    });

    it('fills in turns taken elsewhere before delivering a later one, and never delivers one twice', async () => {
      const [a, b] = [await instance(), await instance()];
      const { session, records } = await sessionWithTurns(['Okay.', 'I see.', 'Go on.']);
      await store.createSessions([session]);
      const [first, second, third] = records as [NewTurn, NewTurn, NewTurn];
      const seen = collect(b, session.id);
      await store.appendTurns([first]);
      b.publish(turnEvent(first));
      // Turn 2 is taken on A and turn 3 on B before A's announcement of turn 2 reaches B.
      await store.appendTurns([second]);
      await store.appendTurns([third]);
      b.publish(turnEvent(third));
      a.publish(turnEvent(second));
      await waitFor(() => seen.length >= 3);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(seen.map((e) => (e.kind === 'turn' ? e.turn.index : e.kind))).toEqual([1, 2, 3]);
    });

    it('announces only ids, kinds and turn numbers: nothing typed crosses the database', async () => {
      const a = await instance();
      const payloads: string[] = [];
      const listener = new pg.Client({ connectionString: db().url });
      await listener.connect();
      listener.on('notification', (message) => payloads.push(message.payload ?? ''));
      await listener.query(`LISTEN ${channel()}`);
      try {
        const { session, records } = await sessionWithTurns(['This reply is private.']);
        await store.createSessions([session]);
        await store.appendTurns(records);
        a.publish(turnEvent(records[0] as NewTurn));
        a.publish({ kind: 'deleted', sessionId: session.id });
        await waitFor(() => payloads.length === 2);
        expect(payloads.map((p) => JSON.parse(p))).toEqual([
          { o: a.instanceId, s: session.id, k: 'turn', n: 1 },
          { o: a.instanceId, s: session.id, k: 'deleted' },
        ]);
        expect(payloads.join('')).not.toContain('private');
      } finally {
        await listener.end();
      }
    });

    it('a LISTEN connection whose bytes were lost finds out by its heartbeat, reconnects and delivers the turns it missed', async () => {
      const target = new URL(db().url);
      const proxy = await FaultProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
      target.port = String(proxy.port);
      const a = await instance();
      const b = await PgFanout.start({
        connectionString: target.toString(),
        store,
        channel: channel(),
        heartbeatMs: 200,
        reconnectDelaysMs: [100],
        timeouts: { connectMs: 1000, statementMs: 400, queryMs: 500, keepAliveMs: 0 },
      });
      b.bind({ forget: () => {}, report: async () => Promise.reject(new Error('not in this test')) });
      try {
        const { session, records } = await sessionWithTurns(['Okay.', 'I see.']);
        const [first, second] = records as [NewTurn, NewTurn];
        await store.createSessions([session]);
        const seen = collect(b, session.id);
        await store.appendTurns([first]);
        a.publish(turnEvent(first));
        await waitFor(() => seen.length === 1);

        proxy.freeze({ discard: true });
        await store.appendTurns([second]);
        a.publish(turnEvent(second)); // its NOTIFY to B is lost with the frozen bytes
        await new Promise((resolve) => setTimeout(resolve, 300));
        await proxy.resume();
        await waitFor(() => seen.length === 2, 5000);
        expect(seen.map((e) => (e.kind === 'turn' ? e.turn.index : e.kind))).toEqual([1, 2]);
      } finally {
        await b.close();
        await proxy.close();
      }
    });

    it('tells another instance a session was deleted, and drops its cached copy', async () => {
      const a = await instance();
      const b = await instance();
      const forgotten: string[] = [];
      b.bind({ forget: (id) => forgotten.push(id), report: async () => Promise.reject(new Error('unused')) });
      const seen = collect(b, 'gone-session');
      a.publish({ kind: 'deleted', sessionId: 'gone-session' });
      await waitFor(() => seen.length === 1);
      expect(seen).toEqual([{ kind: 'deleted', sessionId: 'gone-session' }]);
      expect(forgotten).toEqual(['gone-session']);
    });
  });
});

async function sessionWithTurns(replies: string[]): Promise<{ session: NewSession; records: NewTurn[] }> {
  const engine = await freshEngine(21);
  const session = newSession(engine);
  const requestIds = replies.map((_, i) => `req-${i + 1}`);
  return { session, records: play(session.id, engine, replies, requestIds).records };
}

async function sessionWithTurn(reply: string): Promise<{ session: NewSession; record: NewTurn }> {
  const { session, records } = await sessionWithTurns([reply]);
  return { session, record: records[0] as NewTurn };
}

function turnEvent(record: NewTurn): SessionEvent {
  return {
    kind: 'turn',
    sessionId: record.sessionId,
    ...(record.requestId === null ? {} : { requestId: record.requestId }),
    turn: record.turn,
    status: record.status,
    partner: record.turn.partner,
  };
}

function collect(fanout: PgFanout, sessionId: string): SessionEvent[] {
  const seen: SessionEvent[] = [];
  fanout.subscribe(sessionId, (event) => seen.push(event));
  return seen;
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the fan-out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
