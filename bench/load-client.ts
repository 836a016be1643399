// The load client: C virtual users, each creating a session over HTTP, saying hello over a
// WebSocket, then sending M replies one after another (the next only once the last is answered),
// the way a person practising does, with no pause to think. When a session ends (the partner
// repaired or shut down), the user starts the next one and goes on. The same client drives Mend
// and the echo baseline; for the echo, sessions "end" where Mend's did (`endsAt`), so both do the
// same work on the wire.
import { Agent, request } from 'node:http';
import WebSocket from 'ws';
import { replyStream } from './corpus-replies.js';

export interface LoadPlan {
  /** http://127.0.0.1:PORT */
  origin: string;
  users: number;
  repliesPerUser: number;
  seed: number;
  scenarioIds: readonly string[];
  /** For the echo: how many turns each of a user's sessions lasted in a Mend run. */
  endsAt?: readonly (readonly number[])[];
  /** Per reply and per connect. */
  timeoutMs?: number;
  /** The whole run stops (counting what is left as errors) after this. */
  runTimeoutMs?: number;
  /** Users connecting (create + upgrade + hello) at once. */
  connectConcurrency?: number;
  /** Called once every user is connected and greeted, before the first reply; awaited. */
  onConnected?: () => void | Promise<void>;
  /** Called when the last reply is answered, before the sockets close. */
  onDone?: () => void | Promise<void>;
}

export interface AckedTurn {
  index: number;
  text: string;
  requestId: string;
}

export interface SessionRecord {
  id: string;
  token: string;
  acked: AckedTurn[];
  /** Why the session stopped: ended by the partner, the user's replies ran out, or an error. */
  status: string;
}

export interface LoadResult {
  turns: number;
  /** Milliseconds from a reply's send to its turn frame's arrival. */
  latenciesMs: number[];
  errors: Map<string, number>;
  errorCount: number;
  sessions: SessionRecord[];
  /** Turns per session, per user (feed to the echo run as `endsAt`). */
  endsAt: number[][];
  connectMs: number;
  replyMs: number;
  /** Sessions started during the reply phase because the previous one ended. */
  rotations: number;
  meanBytes: { create: number; session: number; turn: number };
}

interface Counters {
  errors: Map<string, number>;
  bytes: { create: number[]; session: number[]; turn: number[] };
  aborted: boolean;
}

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const timeoutMs = plan.timeoutMs ?? 30_000;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const counters: Counters = { errors: new Map(), bytes: { create: [], session: [], turn: [] }, aborted: false };
  const users = Array.from({ length: plan.users }, (_, i) => new VirtualUser(i, plan, agent, counters, timeoutMs));

  const connectStart = performance.now();
  await inBatches(users, plan.connectConcurrency ?? 100, (user) => user.connect());
  const connectMs = performance.now() - connectStart;
  await plan.onConnected?.();

  const replyStart = performance.now();
  const deadline = setTimeout(() => {
    counters.aborted = true;
    for (const user of users) user.abort('run_timeout');
  }, plan.runTimeoutMs ?? 300_000);
  await Promise.all(users.map((user) => user.practise()));
  clearTimeout(deadline);
  const replyMs = performance.now() - replyStart;
  await plan.onDone?.();

  for (const user of users) user.close();
  agent.destroy();
  const latenciesMs = users.flatMap((u) => u.latencies);
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    turns: latenciesMs.length,
    latenciesMs,
    errors: counters.errors,
    errorCount: [...counters.errors.values()].reduce((a, b) => a + b, 0),
    sessions: users.flatMap((u) => u.sessions),
    endsAt: users.map((u) => u.sessions.map((s) => s.acked.length)),
    connectMs,
    replyMs,
    rotations: users.reduce((n, u) => n + u.sessions.length - 1, 0),
    meanBytes: {
      create: mean(counters.bytes.create),
      session: mean(counters.bytes.session),
      turn: mean(counters.bytes.turn),
    },
  };
}

type Frame = { type?: string; requestId?: string; code?: string; status?: string; turn?: { index?: number } };

class VirtualUser {
  readonly latencies: number[] = [];
  readonly sessions: SessionRecord[] = [];
  private socket: WebSocket | undefined;
  private waiting: ((raw: string | null, at: number) => void) | undefined;
  private readonly nextReply: () => { text: string };
  private failed = false;

  constructor(
    private readonly index: number,
    private readonly plan: LoadPlan,
    private readonly agent: Agent,
    private readonly counters: Counters,
    private readonly timeoutMs: number,
  ) {
    this.nextReply = replyStream(plan.seed * 100_003 + index);
  }

  async connect(): Promise<boolean> {
    try {
      await this.openSession();
      return true;
    } catch (error) {
      this.fail((error as Error).message);
      return false;
    }
  }

  async practise(): Promise<void> {
    for (let k = 0; k < this.plan.repliesPerUser && !this.failed; k++) {
      const session = this.sessions.at(-1);
      if (session === undefined) return;
      // The partner ended this conversation: start the next one, as a person practising would.
      if (this.sessionEnded(session) && !(await this.connect())) return;
      await this.practiseOne(k);
    }
  }

  abort(reason: string): void {
    if (this.failed) return;
    this.fail(reason);
    this.close();
  }

  close(): void {
    this.socket?.terminate();
    this.socket = undefined;
  }

  private sessionEnded(session: SessionRecord): boolean {
    const ends = this.plan.endsAt?.[this.index]?.[this.sessions.length - 1];
    if (this.plan.endsAt !== undefined) return ends !== undefined && session.acked.length >= ends && ends > 0;
    return session.status !== 'active';
  }

  private async practiseOne(k: number): Promise<void> {
    const session = this.sessions.at(-1) as SessionRecord;
    const { text } = this.nextReply();
    const requestId = `u${this.index}-r${k}`;
    const sent = performance.now();
    const answer = this.nextFrame();
    this.socket?.send(JSON.stringify({ type: 'reply', text, requestId }));
    const { raw, at } = await answer;
    if (raw === null) return this.fail(this.failed ? 'aborted' : 'no_answer');
    const frame = JSON.parse(raw) as Frame;
    if (frame.type !== 'turn' || frame.requestId !== requestId) {
      return this.fail(frame.type === 'error' ? `error_frame:${frame.code}` : `unexpected_frame:${frame.type}`);
    }
    this.latencies.push(at - sent);
    this.counters.bytes.turn.push(raw.length);
    session.acked.push({ index: frame.turn?.index ?? -1, text, requestId });
    session.status = frame.status ?? 'unknown';
  }

  private async openSession(): Promise<void> {
    this.close();
    const created = await postJson(this.agent, `${this.plan.origin}/api/sessions`, {
      scenarioId: this.plan.scenarioIds[this.index % this.plan.scenarioIds.length],
      seed: (this.plan.seed * 7919 + this.index * 131 + this.sessions.length) >>> 0,
    });
    if (created.status !== 201) throw new Error(`create_http_${created.status}`);
    this.counters.bytes.create.push(created.body.length);
    const { id, token } = JSON.parse(created.body) as { id: string; token: string };
    const record: SessionRecord = { id, token, acked: [], status: 'active' };
    this.sessions.push(record);

    const wsUrl = `${this.plan.origin.replace(/^http/, 'ws')}/api/sessions/${id}/ws`;
    const socket = new WebSocket(wsUrl, { perMessageDeflate: false });
    this.socket = socket;
    socket.on('message', (data) => {
      const at = performance.now();
      const waiter = this.waiting;
      this.waiting = undefined;
      if (waiter) waiter(data.toString(), at);
      else this.count('unsolicited_frame');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (this.socket !== socket) return;
      const waiter = this.waiting;
      this.waiting = undefined;
      waiter?.(null, performance.now());
    });
    await withTimeout(
      new Promise<void>((resolve, reject) => {
        socket.once('open', () => resolve());
        socket.once('error', reject);
        socket.once('unexpected-response', () => reject(new Error('upgrade_refused')));
      }),
      this.timeoutMs,
      'connect_timeout',
    );
    const greeting = this.nextFrame();
    socket.send(JSON.stringify({ type: 'hello', token }));
    const { raw } = await greeting;
    if (raw === null) throw new Error('closed_before_session');
    const frame = JSON.parse(raw) as Frame;
    if (frame.type !== 'session') throw new Error(`hello_answer_${frame.type}:${frame.code ?? ''}`);
    this.counters.bytes.session.push(raw.length);
  }

  private nextFrame(): Promise<{ raw: string | null; at: number }> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        resolve({ raw: null, at: performance.now() });
      }, this.timeoutMs);
      this.waiting = (raw, at) => {
        clearTimeout(timer);
        resolve({ raw, at });
      };
    });
  }

  private fail(reason: string): void {
    if (this.failed) return;
    this.failed = true;
    const session = this.sessions.at(-1);
    if (session) session.status = `failed:${reason}`;
    this.count(reason);
  }

  private count(reason: string): void {
    this.counters.errors.set(reason, (this.counters.errors.get(reason) ?? 0) + 1);
  }
}

export function postJson(agent: Agent, url: string, body: unknown): Promise<{ status: number; body: string }> {
  return httpText(agent, 'POST', url, { 'content-type': 'application/json' }, JSON.stringify(body));
}

export function httpText(
  agent: Agent,
  method: string,
  url: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.once('error', reject);
    });
    req.once('error', reject);
    req.end(body);
  });
}

/** Runs `task` over `items`, at most `limit` at a time. */
export async function inBatches<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<unknown>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function withTimeout<T>(promise: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(reason)), ms);
    }),
  ]);
}

export interface VerifyResult {
  sessions: number;
  ackedTurns: number;
  /** Acknowledged turns the API does not have. */
  lost: number;
  /** Sessions whose stored turns differ from what was acknowledged (order, text, extra turns). */
  mismatched: number;
  problems: string[];
}

/** Every acknowledged turn must be in the session, in order, with the text that was sent, and nothing else. */
export async function verifyAcked(origin: string, sessions: readonly SessionRecord[]): Promise<VerifyResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const result: VerifyResult = { sessions: sessions.length, ackedTurns: 0, lost: 0, mismatched: 0, problems: [] };
  await inBatches(sessions, 16, async (session) => {
    result.ackedTurns += session.acked.length;
    const response = await httpText(agent, 'GET', `${origin}/api/sessions/${session.id}`, {
      authorization: `Bearer ${session.token}`,
    });
    if (response.status !== 200) {
      result.lost += session.acked.length;
      result.mismatched += 1;
      result.problems.push(`${session.id}: GET answered ${response.status}`);
      return;
    }
    const stored = (JSON.parse(response.body) as { turns: { index: number; reply: string }[] }).turns;
    const found = new Map(stored.map((t) => [t.index, t.reply]));
    for (const turn of session.acked) if (found.get(turn.index) !== turn.text) result.lost += 1;
    const inOrder = stored.every((t, i) => t.index === i + 1);
    const same =
      stored.length === session.acked.length &&
      session.acked.every((t, i) => t.index === i + 1 && stored[i]?.reply === t.text);
    if (!inOrder || !same) {
      result.mismatched += 1;
      if (result.problems.length < 10) {
        result.problems.push(`${session.id}: ${session.acked.length} acknowledged, ${stored.length} stored`);
      }
    }
  });
  agent.destroy();
  return result;
}
