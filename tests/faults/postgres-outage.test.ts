// PostgreSQL that stalls, goes away and comes back, between the real server process and the real
// database: the project's fault proxy (tests/support/fault-proxy.ts) sits on the connection and
// freezes it (every byte held, nobody hears an error) or refuses it (down). Mend must answer in
// time with 503 store_unavailable (never hang, never call the session missing), report itself
// unhealthy, stop in time, and serve again once the database is back, with no acknowledged turn
// lost. Skipped, saying why, without PostgreSQL (required with MEND_REQUIRE_PG=1).
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedSession, ErrorBody, SessionView, TurnResult } from '../../server/api-contract.js';
import { WS_CLOSE } from '../../server/api-contract.js';
import { buildApp } from '../../server/app.js';
import { PostgresStore } from '../../server/store/postgres-store.js';
import { expectFrame, FrameClient, firstScenarioId, scenarios } from '../server/server-fixtures.js';
import {
  createTestDatabase,
  postgresUnavailableReason,
  type TestDatabase,
  warnSkipped,
} from '../store/postgres-test-database.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { killServers, ServerProcess } from '../support/server-process.js';

const unavailable = await postgresUnavailableReason();
warnSkipped('PostgreSQL outages through a fault proxy', unavailable);

/** Short timeouts keep the suite quick; the defaults are documented in docs/operations.md. */
const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 1000;
const QUERY_TIMEOUT_MS = 1500;
const TIMEOUTS = {
  DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
  DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
  DATABASE_QUERY_TIMEOUT_MS: String(QUERY_TIMEOUT_MS),
};
/** How long an answer may take while the database is stuck: a transaction's stuck statement, a fresh connection, slack. */
const ANSWER_WITHIN_MS = QUERY_TIMEOUT_MS + CONNECT_TIMEOUT_MS + 1500;

interface Answer<T> {
  status: number;
  body: T;
  ms: number;
}

/** One request that gives up (status 0) after `patienceMs` instead of hanging the test. */
async function call<T>(
  address: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; key?: string; patienceMs?: number } = {},
): Promise<Answer<T>> {
  const started = Date.now();
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.key !== undefined) headers['idempotency-key'] = options.key;
  try {
    const response = await fetch(`http://${address}${path}`, {
      method,
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      signal: AbortSignal.timeout(options.patienceMs ?? 20_000),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text === '' ? undefined : JSON.parse(text)) as T,
      ms: Date.now() - started,
    };
  } catch {
    return { status: 0, body: undefined as T, ms: Date.now() - started };
  }
}

function viaProxy(url: string, proxy: FaultProxy): string {
  const parsed = new URL(url);
  parsed.hostname = '127.0.0.1';
  parsed.port = String(proxy.port);
  return parsed.toString();
}

describe.skipIf(unavailable !== null)('PostgreSQL stalls and outages, through a fault proxy', () => {
  let database: TestDatabase;
  let proxy: FaultProxy;
  let server: ServerProcess;
  let scenarioId: string;

  beforeAll(async () => {
    database = await createTestDatabase('outage');
    const admin = new URL(database.url);
    proxy = await FaultProxy.start({ host: admin.hostname, port: Number(admin.port || 5432) });
    scenarioId = await firstScenarioId();
    server = await ServerProcess.start({ databaseUrl: viaProxy(database.url, proxy), env: TIMEOUTS });
  });

  afterEach(async () => {
    await proxy.resume();
  });

  afterAll(async () => {
    await server?.stop('SIGKILL');
    await killServers();
    await proxy?.close();
    await database?.drop();
  });

  const create = (on: ServerProcess, patienceMs?: number) =>
    call<CreatedSession & ErrorBody>(on.address, 'POST', '/api/sessions', {
      body: { scenarioId, seed: 5 },
      ...(patienceMs === undefined ? {} : { patienceMs }),
    });
  const reply = (on: ServerProcess, session: CreatedSession, text: string, key: string) =>
    call<TurnResult & ErrorBody>(on.address, 'POST', `/api/sessions/${session.id}/replies`, {
      token: session.token,
      body: { text },
      key,
    });
  const view = (on: ServerProcess, session: CreatedSession) =>
    call<SessionView & ErrorBody>(on.address, 'GET', `/api/sessions/${session.id}`, { token: session.token });

  it('a frozen database: replies, new sessions and /healthz answer 503 store_unavailable in time; after resume replies flow again within the timeout and no acknowledged turn is lost', async () => {
    const acknowledged: string[] = [];
    const session = (await create(server)).body;
    const first = await reply(server, session, 'I lied to you, and I am sorry.', 'k1');
    expect(first.status).toBe(200);
    acknowledged.push(first.body.turn.reply);
    const socket = await FrameClient.connect(server.address, session.id);
    socket.send({ type: 'hello', token: session.token });
    expectFrame(await socket.next(), 'session');

    // The bytes sent while frozen are lost, as in the field: without timeouts that write, and every
    // write queued behind it, would wait for ever.
    proxy.freeze({ discard: true });
    const stuck = await reply(server, session, 'You have every right to be angry.', 'k2');
    expect(stuck.status).toBe(503);
    expect(stuck.body.error.code).toBe('store_unavailable');
    expect(stuck.ms).toBeLessThan(ANSWER_WITHIN_MS);

    socket.send({ type: 'reply', text: 'What do you want to ask me?', requestId: 'w3' });
    const refused = expectFrame(await socket.next(ANSWER_WITHIN_MS + 2000), 'error');
    expect(refused).toMatchObject({ code: 'store_unavailable', requestId: 'w3' });

    const health = await call<ErrorBody>(server.address, 'GET', '/healthz');
    expect(health.status).toBe(503);
    expect(health.body.error.code).toBe('store_unavailable');
    expect(health.ms).toBeLessThan(ANSWER_WITHIN_MS);

    const newcomer = await create(server);
    expect(newcomer.status).toBe(503);
    expect(newcomer.body.error.code).toBe('store_unavailable');

    await proxy.resume();
    const resumed = Date.now();
    let fresh: Answer<TurnResult & ErrorBody> | undefined;
    while (Date.now() - resumed < 10_000) {
      const created = await create(server, ANSWER_WITHIN_MS);
      if (created.status === 201) {
        fresh = await reply(server, created.body, 'I hear you.', 'fresh-1');
        if (fresh.status === 200) break;
      }
      await new Promise((wait) => setTimeout(wait, 100));
    }
    const recoveryMs = Date.now() - resumed;
    console.info(`[faults] frozen PostgreSQL resumed: a new session and its reply answered after ${recoveryMs} ms`);
    expect(fresh?.status).toBe(200);
    expect(recoveryMs).toBeLessThan(QUERY_TIMEOUT_MS);

    // The person resends what failed (same keys): each is taken once, after the acknowledged turn.
    const again = await reply(server, session, 'You have every right to be angry.', 'k2');
    expect(again.status).toBe(200);
    acknowledged.push(again.body.turn.reply);
    socket.send({ type: 'reply', text: 'What do you want to ask me?', requestId: 'w3' });
    for (;;) {
      const frame = expectFrame(await socket.next(), 'turn');
      if (frame.requestId === 'w3') {
        acknowledged.push(frame.turn.reply);
        break;
      }
    }
    socket.close();

    const stored = await view(server, session);
    expect(stored.status).toBe(200);
    expect(stored.body.turns.map((turn) => turn.reply)).toEqual(acknowledged);
    expect((await call(server.address, 'GET', '/healthz')).status).toBe(200);
  }, 60_000);

  it('a database that is down is "unavailable", never "session not found": 503 over HTTP, close 4503 over the WebSocket', async () => {
    // Created by another instance, so this one must read it from the database.
    const store = await PostgresStore.open({ connectionString: database.url });
    const other = await buildApp({ store, scenarios: await scenarios(), rateLimitPerMinute: 0, clientDir: '/none' });
    const created = await other.inject({ method: 'POST', url: '/api/sessions', payload: { scenarioId, seed: 9 } });
    await other.close();
    await store.close();
    const session = created.json() as CreatedSession;

    await proxy.refuse();
    const read = await view(server, session);
    expect(read.status).toBe(503);
    expect(read.body.error.code).toBe('store_unavailable');
    expect(read.ms).toBeLessThan(ANSWER_WITHIN_MS);

    const socket = await FrameClient.connect(server.address, session.id);
    socket.send({ type: 'hello', token: session.token });
    const closed = await socket.closed;
    expect(closed.code).toBe(WS_CLOSE.storeUnavailable);

    await proxy.resume();
    const back = await view(server, session);
    expect(back.status).toBe(200);
    expect(back.body.id).toBe(session.id);
    const again = await FrameClient.connect(server.address, session.id);
    again.send({ type: 'hello', token: session.token });
    expect(expectFrame(await again.next(), 'session').session.id).toBe(session.id);
    again.close();
  }, 60_000);

  it('a request id with U+0000 is refused as a bad frame, never a 500', async () => {
    const session = (await create(server)).body;
    const socket = await FrameClient.connect(server.address, session.id);
    socket.send({ type: 'hello', token: session.token });
    expectFrame(await socket.next(), 'session');
    socket.send({ type: 'reply', text: 'I am listening.', requestId: 'a\u0000b' });
    expect(expectFrame(await socket.next(), 'error').code).toBe('bad_frame');
    socket.send({ type: 'reply', text: 'I am listening.', requestId: 'plain-1' });
    expect(expectFrame(await socket.next(), 'turn').requestId).toBe('plain-1');
    socket.close();
  });

  it('SIGTERM while the database is frozen and a reply is in flight still stops in time, cleanly', async () => {
    const own = await ServerProcess.start({ databaseUrl: viaProxy(database.url, proxy), env: TIMEOUTS });
    const session = (await create(own)).body;
    expect((await reply(own, session, 'I am sorry.', 's1')).status).toBe(200);
    proxy.freeze();
    const inFlight = reply(own, session, 'I am still here.', 's2');
    await new Promise((wait) => setTimeout(wait, 200));
    const stopping = Date.now();
    const code = await own.stop('SIGTERM', 30_000);
    const stopMs = Date.now() - stopping;
    expect(code).toBe(0);
    expect(stopMs).toBeLessThan(ANSWER_WITHIN_MS + 3000);
    const answer = await inFlight;
    expect([0, 503]).toContain(answer.status);
  }, 60_000);
});

describe('a database that accepts connections and never answers', () => {
  let silent: Server;
  let port: number;
  const held = new Set<Socket>();

  beforeAll(async () => {
    // Accepts and says nothing, ever.
    silent = createServer((socket) => {
      held.add(socket);
      socket.on('error', () => {});
    });
    port = await new Promise((resolve) =>
      silent.listen(0, '127.0.0.1', () => resolve((silent.address() as { port: number }).port)),
    );
  });

  afterAll(async () => {
    await killServers();
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('stops the start after the connect timeout, with a message naming the setting', async () => {
    const started = Date.now();
    const mend = ServerProcess.spawn({
      databaseUrl: `postgres://mend@127.0.0.1:${port}/mend`,
      env: { DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS) },
    });
    const timer = setTimeout(() => mend.child.kill('SIGKILL'), 20_000);
    const code = await mend.exited;
    clearTimeout(timer);
    expect(code).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(mend.stderr()).toContain('Mend cannot start: the database postgres://mend@127.0.0.1');
    expect(mend.stderr()).toMatch(/did not answer within 1000 ms \(DATABASE_CONNECT_TIMEOUT_MS\)/);
  }, 30_000);
});
