// Shared set-up for the server suites: the real scenarios, an in-memory store, the app, and a small
// WebSocket client that hands out frames one at a time.
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import type { CreatedSession, ServerFrame, TurnResult } from '../../server/api-contract.js';
import { type App, type AppOptions, buildApp } from '../../server/app.js';
import type { Scenario } from '../../server/engine/index.js';
import { loadScenarioDir } from '../../server/scenario-files.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';

let scenariosOnce: Promise<Map<string, Scenario>> | undefined;
export function scenarios(): Promise<Map<string, Scenario>> {
  scenariosOnce ??= loadScenarioDir();
  return scenariosOnce;
}

export async function firstScenarioId(): Promise<string> {
  const id = [...(await scenarios()).keys()].sort()[0];
  if (id === undefined) throw new Error('no scenarios in scenarios/');
  return id;
}

export async function makeApp(options: Partial<AppOptions> = {}): Promise<{ app: App; store: SqliteStore }> {
  const store = (options.store as SqliteStore | undefined) ?? new SqliteStore(':memory:');
  const app = await buildApp({
    scenarios: await scenarios(),
    rateLimitPerMinute: 0,
    clientDir: '/nonexistent-client-dir',
    ...options,
    store,
  });
  return { app, store };
}

export function bearer(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

export async function createSession(app: App, body: Record<string, unknown> = {}): Promise<CreatedSession> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/sessions',
    payload: { scenarioId: await firstScenarioId(), seed: 7, ...body },
  });
  if (response.statusCode !== 201) throw new Error(`create failed: ${response.statusCode} ${response.body}`);
  return response.json() as CreatedSession;
}

/**
 * The turns a server that never restarted takes for these replies: the same session played in an
 * in-process app, to compare a real process (crashed, restarted, bundled) against.
 */
export async function turnsInProcess(
  session: { scenarioId?: string; seed: number },
  replies: readonly string[],
): Promise<TurnResult[]> {
  const { app } = await makeApp();
  try {
    const created = await createSession(app, session);
    const results: TurnResult[] = [];
    for (const text of replies) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/sessions/${created.id}/replies`,
        headers: bearer(created.token),
        payload: { text },
      });
      results.push(response.json() as TurnResult);
    }
    return results;
  } finally {
    await app.close();
  }
}

export async function listen(app: App): Promise<string> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return `127.0.0.1:${port}`;
}

/** A WebSocket client whose frames are read in order with `next()`. */
export class FrameClient {
  readonly socket: WebSocket;
  private readonly frames: ServerFrame[] = [];
  private readonly waiters: Array<(frame: ServerFrame) => void> = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(url: string) {
    this.socket = new WebSocket(url);
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('open', () => resolve());
      this.socket.once('error', reject);
    });
    this.closed = new Promise((resolve) => {
      this.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    this.socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame;
      const waiter = this.waiters.shift();
      if (waiter) waiter(frame);
      else this.frames.push(frame);
    });
  }

  static async connect(address: string, sessionId: string): Promise<FrameClient> {
    const client = new FrameClient(`ws://${address}/api/sessions/${sessionId}/ws`);
    await client.opened;
    return client;
  }

  send(frame: unknown): void {
    this.socket.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
  }

  // 15 s: a turn announced across two instances (NOTIFY, then the other's queue) once took over 5 s in
  // a loaded CI run; a frame that never comes still fails, only later.
  next(timeoutMs = 15_000): Promise<ServerFrame> {
    const ready = this.frames.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no frame arrived in time')), timeoutMs);
      this.waiters.push((frame) => {
        clearTimeout(timer);
        resolve(frame);
      });
    });
  }

  /** Frames that arrived and were not read yet. */
  get unread(): number {
    return this.frames.length;
  }

  close(): void {
    this.socket.close();
  }
}

/** Narrows a frame to one type, failing the test with the frame it got otherwise. */
export function expectFrame<T extends ServerFrame['type']>(
  frame: ServerFrame,
  type: T,
): Extract<ServerFrame, { type: T }> {
  if (frame.type !== type) throw new Error(`expected a ${type} frame, got ${JSON.stringify(frame)}`);
  return frame as Extract<ServerFrame, { type: T }>;
}
