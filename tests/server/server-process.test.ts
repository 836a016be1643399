// The real server process (server/main.ts): killed with SIGKILL it loses no acknowledged turn and
// carries every session on where it stood; stopped with SIGTERM it finishes the turn in flight and
// says goodbye to sockets with 1001.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession, SessionView, TurnResult } from '../../server/api-contract.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { api, killServers, ServerProcess } from '../support/server-process.js';
import { expectFrame, FrameClient, firstScenarioId, turnsInProcess } from './server-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mend-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(killServers);

/** The server on a SQLite file in this suite's folder, listening on a free port. */
const startServer = (database: string, env: Record<string, string> = {}) =>
  ServerProcess.start({ databaseUrl: `sqlite:${database}`, env });

const REPLIES = [
  'I lied to you, and I am sorry.',
  'You have every right to be angry.',
  'What do you want to ask me?',
  'It was my choice. Nobody made me.',
  'I will answer anything, for as long as you need.',
  'I can hear how much this hurt.',
  'Tell me what it was like to find out.',
  'I am not going anywhere.',
];

describe('the server process', () => {
  it('after SIGKILL and a restart, serves every acknowledged turn and continues each session', async () => {
    const database = join(dir, 'crash.db');
    const first = await startServer(database);
    const scenarioId = await firstScenarioId();

    // Session A over HTTP, session B over a WebSocket: every turn below is acknowledged.
    const a = (await api<CreatedSession>(first.address, 'POST', '/api/sessions', undefined, { scenarioId, seed: 21 }))
      .body;
    const b = (await api<CreatedSession>(first.address, 'POST', '/api/sessions', undefined, { scenarioId, seed: 22 }))
      .body;
    const ackedA: TurnResult[] = [];
    for (const text of REPLIES.slice(0, 4)) {
      ackedA.push(
        (await api<TurnResult>(first.address, 'POST', `/api/sessions/${a.id}/replies`, a.token, { text })).body,
      );
    }
    const socket = await FrameClient.connect(first.address, b.id);
    socket.send({ type: 'hello', token: b.token });
    expectFrame(await socket.next(), 'session');
    const ackedB = [];
    for (const [i, text] of REPLIES.slice(0, 3).entries()) {
      socket.send({ type: 'reply', text, requestId: `b-${i}` });
      ackedB.push(expectFrame(await socket.next(), 'turn'));
    }
    // A burst that is never waited for: these may or may not have been committed when the kill lands.
    for (const [i, text] of REPLIES.slice(3).entries()) socket.send({ type: 'reply', text, requestId: `b-${i + 3}` });

    expect(await first.stop('SIGKILL')).toBeNull();
    await socket.closed;

    const second = await startServer(database);
    const viewA = (await api<SessionView>(second.address, 'GET', `/api/sessions/${a.id}`, a.token)).body;
    expect(viewA.turns).toEqual(ackedA.map((r) => r.turn));
    expect(viewA.partner).toEqual(ackedA.at(-1)?.partner);

    const viewB = (await api<SessionView>(second.address, 'GET', `/api/sessions/${b.id}`, b.token)).body;
    expect(viewB.turns.slice(0, 3)).toEqual(ackedB.map((f) => f.turn));
    // Whatever else was committed is whole: consecutive turns in the order they were sent.
    expect(viewB.turns.map((t) => t.index)).toEqual(viewB.turns.map((_, i) => i + 1));
    expect(viewB.turns.map((t) => t.reply)).toEqual(REPLIES.slice(0, viewB.turns.length));

    // Resending an acknowledged requestId after the crash gets the stored turn back.
    const again = await FrameClient.connect(second.address, b.id);
    again.send({ type: 'hello', token: b.token });
    expectFrame(await again.next(), 'session');
    again.send({ type: 'reply', text: REPLIES[1], requestId: 'b-1' });
    expect(expectFrame(await again.next(), 'turn').turn).toEqual(ackedB[1]?.turn);
    again.close();

    // Session A continues exactly as a server that never crashed would have continued it.
    const next = (
      await api<TurnResult>(second.address, 'POST', `/api/sessions/${a.id}/replies`, a.token, { text: REPLIES[4] })
    ).body;
    expect(next).toEqual((await turnsInProcess({ seed: 21 }, REPLIES.slice(0, 5))).at(-1));

    expect(await second.stop('SIGTERM')).toBe(0);
  }, 90_000);

  it('on SIGTERM finishes the turn in flight, closes sockets with 1001 and exits cleanly', async () => {
    const database = join(dir, 'term.db');
    const server = await startServer(database, { LOG_LEVEL: 'trace' });
    const session = (
      await api<CreatedSession>(server.address, 'POST', '/api/sessions', undefined, {
        scenarioId: await firstScenarioId(),
      })
    ).body;
    const socket = await FrameClient.connect(server.address, session.id);
    socket.send({ type: 'hello', token: session.token });
    expectFrame(await socket.next(), 'session');
    socket.send({ type: 'reply', text: 'I kept it from you for months.', requestId: 'last' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    server.child.kill('SIGTERM');

    expect(await socket.next()).toMatchObject({ type: 'turn', requestId: 'last', turn: { index: 1 } });
    expect((await socket.closed).code).toBe(1001);
    expect(await server.exited).toBe(0);

    // The log of a real process at trace level holds neither the reply nor the token.
    expect(server.output()).toContain('shutting down');
    expect(server.output()).not.toContain('I kept it from you for months.');
    expect(server.output()).not.toContain(session.token);

    const restarted = await startServer(database);
    const view = (await api<SessionView>(restarted.address, 'GET', `/api/sessions/${session.id}`, session.token)).body;
    expect(view.turns).toHaveLength(1);
  }, 60_000);

  it('refuses to start on a SQLite file it cannot write, saying so, instead of failing every write', async () => {
    // A read-only file in a writable folder. Root ignores file modes, so a root runner starts the
    // server as `nobody`, for whom they hold.
    const folder = mkdtempSync(join(tmpdir(), 'mend-readonly-'));
    const database = join(folder, 'mend.db');
    new SqliteStore(database).close();
    const asRoot = process.getuid?.() === 0;
    chmodSync(database, 0o444);
    chmodSync(folder, 0o777);
    try {
      const server = ServerProcess.spawn({
        databaseUrl: `sqlite:${database}`,
        ...(asRoot ? { user: { uid: 65534, gid: 65534 } } : {}),
      });
      expect(await server.exited).toBe(1);
      expect(server.stderr()).toContain(`Mend cannot start: the database sqlite:${database} did not open.`);
      expect(server.stderr()).toMatch(/cannot be written \(SQLITE_READONLY\)/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);

  it('refuses to start with a bad setting and says which one', async () => {
    const server = ServerProcess.spawn({
      databaseUrl: 'sqlite::memory:',
      env: { PORT: 'eighty', LOG_LEVEL: 'loud' },
    });
    expect(await server.exited).toBe(1);
    const stderr = server.stderr();
    expect(stderr).toContain('PORT must be');
    expect(stderr).toContain('LOG_LEVEL must be');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  }, 30_000);
});
