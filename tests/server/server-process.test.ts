// The real server process (server/main.ts): killed with SIGKILL it loses no acknowledged turn and
// carries every session on where it stood; stopped with SIGTERM it finishes the turn in flight and
// says goodbye to sockets with 1001.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession, SessionView, TurnResult } from '../../server/api-contract.js';
import { createSession, expectFrame, FrameClient, firstScenarioId, makeApp } from './server-fixtures.js';

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'mend-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface RunningServer {
  child: ChildProcess;
  address: string;
  output: () => string;
  exited: Promise<number | null>;
}

const running: RunningServer[] = [];
afterEach(() => {
  for (const server of running.splice(0)) if (server.child.exitCode === null) server.child.kill('SIGKILL');
});

/** Starts `node --import tsx server/main.ts` on a free port and waits until it listens. */
async function startServer(database: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${database}`,
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const address = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const look = () => {
      const match = /Server listening at http:\/\/(127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', look);
    void exited.then(() => reject(new Error(`server exited:\n${output}`)));
  });
  const server = { child, address, output: () => output, exited };
  running.push(server);
  return server;
}

async function api<T>(address: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`http://${address}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

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

    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
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
    const { app } = await makeApp();
    try {
      const control = await createSession(app, { seed: 21 });
      let expected: TurnResult | undefined;
      for (const text of REPLIES.slice(0, 5)) {
        expected = (
          await app.inject({
            method: 'POST',
            url: `/api/sessions/${control.id}/replies`,
            headers: { authorization: `Bearer ${control.token}` },
            payload: { text },
          })
        ).json() as TurnResult;
      }
      expect(next).toEqual(expected);
    } finally {
      await app.close();
    }

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
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

  it('refuses to start with a bad setting and says which one', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: repo,
      env: { ...process.env, PORT: 'eighty', LOG_LEVEL: 'loud', DATABASE_URL: 'sqlite::memory:' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('PORT must be');
    expect(stderr).toContain('LOG_LEVEL must be');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  }, 30_000);
});
