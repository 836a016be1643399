// A SessionFanout for several server instances sharing one PostgreSQL database. Events still reach
// this instance's WebSockets directly; each is also announced to the other instances with NOTIFY,
// and each instance LISTENs for the others' announcements.
//
// An announcement carries the session id, the kind of change and the turn index: never reply text,
// partner lines or tokens (NOTIFY payloads are visible to every session on the database and may be
// logged by it). The receiving instance drops its cached copy of the session and, when one of its
// own sockets watches that session, reads the turn (or builds the report) from the store.
//
// Order: per session, local listeners get turns in index order without gaps. When a turn arrives
// whose predecessors this instance has not delivered (taken elsewhere, announcement still on its
// way), the missing turns are read from the store and delivered first; a turn already delivered is
// not delivered again.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTimeouts } from './config.js';
import type { Report } from './engine/index.js';
import type { SafetyPause } from './engine/types.js';
import { LocalFanout, type SessionEvent, type SessionFanout, type SessionListener } from './session-fanout.js';
import { connectionSettings } from './store/postgres-store.js';
import type { Store } from './store/store.js';

export const DEFAULT_CHANNEL = 'mend_session_events';

/** What this instance caches about sessions, so another instance's change can replace it. */
export interface SessionCache {
  /** Drop the in-memory copy; the next request reloads it from the store. */
  forget(sessionId: string): void;
  report(sessionId: string): Promise<Report>;
}

export interface PgFanoutOptions {
  connectionString: string;
  /** Turns announced by other instances are read from here. */
  store: Store;
  /** One channel per deployment (tests use their own). Letters, digits and underscores. */
  channel?: string;
  /** Problems with the LISTEN connection or a delivery; never carries session content. */
  onError?: (error: Error, context: string) => void;
  /** Delays between reconnection attempts, in ms (the last one repeats). */
  reconnectDelaysMs?: readonly number[];
  /** Connect and query timeouts and keepalive, as for the store. */
  timeouts?: DatabaseTimeouts;
  /** How often the LISTEN connection is asked a trivial question, to find it stuck (default 15 s). */
  heartbeatMs?: number;
}

/** How long close() waits for the LISTEN connection to say goodbye: a frozen network never answers. */
const CLOSE_DEADLINE_MS = 1000;

/** The NOTIFY payload: who announced it, which session, what happened, and which turn. */
interface Announcement {
  o: string;
  s: string;
  k: 'turn' | 'ended' | 'deleted' | 'checked-in';
  n?: number;
  /** A check-in: the answer and the pause's kind (enums, never text). */
  c?: SafetyPause['checkIn'];
  d?: SafetyPause['kind'];
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PgFanout implements SessionFanout {
  /** Tells this instance's own announcements apart when they come back. */
  readonly instanceId = randomUUID();
  private readonly local = new LocalFanout();
  private readonly channel: string;
  private readonly watchers = new Map<string, number>();
  /** Per watched session: the highest turn index delivered here. */
  private readonly delivered = new Map<string, number>();
  /** Per session: delivery work still running (reading from the store); later events wait for it. */
  private readonly queues = new Map<string, Promise<void>>();
  private cache: SessionCache | undefined;
  private client: pg.Client | undefined;
  private sending: Promise<unknown> = Promise.resolve();
  private reconnectTimer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private reconnectAttempt = 0;
  private closed = false;

  private constructor(private readonly options: PgFanoutOptions) {
    this.channel = options.channel ?? DEFAULT_CHANNEL;
    if (!CHANNEL_NAME.test(this.channel)) throw new Error('A fan-out channel name is lower-case letters, digits, _.');
  }

  /** Connects and starts listening; resolves once announcements from other instances will arrive. */
  static async start(options: PgFanoutOptions): Promise<PgFanout> {
    const fanout = new PgFanout(options);
    await fanout.connect();
    return fanout;
  }

  /** Connects the fan-out to the session cache it must keep fresh (the app's SessionService). */
  bind(cache: SessionCache): void {
    this.cache = cache;
  }

  publish(event: SessionEvent): void {
    this.deliverInOrder(event.sessionId, () => this.deliverLocal(event));
    this.announce({
      o: this.instanceId,
      s: event.sessionId,
      k: event.kind,
      ...(event.kind === 'turn' ? { n: event.turn.index } : {}),
      ...(event.kind === 'checked-in'
        ? { n: event.safety.pausedAt, c: event.safety.checkIn, d: event.safety.kind }
        : {}),
    });
  }

  subscribe(sessionId: string, listener: SessionListener): () => void {
    this.watchers.set(sessionId, (this.watchers.get(sessionId) ?? 0) + 1);
    const unsubscribe = this.local.subscribe(sessionId, listener);
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      unsubscribe();
      const left = (this.watchers.get(sessionId) ?? 1) - 1;
      if (left > 0) this.watchers.set(sessionId, left);
      else {
        this.watchers.delete(sessionId);
        this.delivered.delete(sessionId);
      }
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.heartbeat);
    await this.sending.catch(() => undefined);
    await Promise.allSettled([...this.queues.values()]);
    const client = this.client;
    this.client = undefined;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      client?.end().catch(() => undefined),
      new Promise((resolve) => {
        timer = setTimeout(resolve, CLOSE_DEADLINE_MS);
      }),
    ]);
    clearTimeout(timer);
    await this.local.close();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      ...connectionSettings(this.options.timeouts),
    });
    client.on('notification', (message) => {
      if (message.channel === this.channel && message.payload !== undefined) this.receive(message.payload);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('The fan-out connection closed.')));
    await client.connect();
    await client.query(`LISTEN ${this.channel}`);
    const reconnected = this.reconnectAttempt > 0;
    this.client = client;
    this.reconnectAttempt = 0;
    this.startHeartbeat(client);
    if (reconnected) this.resync();
  }

  /** After a reconnect: the turns announced while this instance was not listening, read from the store. */
  private resync(): void {
    for (const [sessionId, last] of this.delivered) {
      this.deliverInOrder(sessionId, () => this.catchUp(sessionId, Number.MAX_SAFE_INTEGER, last));
    }
  }

  /**
   * A LISTEN connection only hears; if the network eats its bytes (a stall TCP keepalive cannot see,
   * because something in between still answers), it would stay deaf for good. A trivial query now and
   * then, under the query timeout, finds that out and starts afresh.
   */
  private startHeartbeat(client: pg.Client): void {
    clearInterval(this.heartbeat);
    this.heartbeat = setInterval(() => {
      if (this.client !== client) return;
      client.query('SELECT 1').catch((error: Error) => this.lost(client, error));
    }, this.options.heartbeatMs ?? 15_000);
    this.heartbeat.unref();
  }

  /** The LISTEN connection is gone: announcements sent meanwhile are missed, so reconnect soon. */
  private lost(client: pg.Client, error: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    clearInterval(this.heartbeat);
    this.report(error, 'fan-out connection lost');
    client.end().catch(() => undefined);
    // Whatever this instance cached may have changed unseen: reload what its sockets watch.
    for (const sessionId of this.watchers.keys()) this.cache?.forget(sessionId);
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.reconnectTimer !== undefined) return;
    const delays = this.options.reconnectDelaysMs ?? [250, 1000, 5000, 15_000];
    const delay = delays[Math.min(this.reconnectAttempt, delays.length - 1)] ?? 15_000;
    this.reconnectAttempt += 1;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (this.closed) return;
      this.connect().catch((error: Error) => {
        this.report(error, 'fan-out reconnect failed');
        this.scheduleReconnect();
      });
    }, delay);
    this.reconnectTimer.unref();
  }

  private announce(announcement: Announcement): void {
    // One chain, so announcements leave in publish order.
    this.sending = this.sending.then(async () => {
      const client = this.client;
      if (client === undefined) return;
      try {
        await client.query('SELECT pg_notify($1, $2)', [this.channel, JSON.stringify(announcement)]);
      } catch (error) {
        this.report(error as Error, 'fan-out announcement failed');
        // No answer in time: this connection is stuck, and its LISTEN may be too. Start afresh.
        if ((error as Error).message === 'Query read timeout') this.lost(client, error as Error);
      }
    });
  }

  private receive(payload: string): void {
    const announcement = parseAnnouncement(payload);
    if (announcement === null || announcement.o === this.instanceId) return;
    const { s: sessionId } = announcement;
    this.cache?.forget(sessionId);
    if (!this.watchers.has(sessionId)) return;
    this.deliverInOrder(sessionId, () => this.deliverRemote(announcement));
  }

  /** Runs `step` after the session's earlier deliveries; synchronously when there are none pending. */
  private deliverInOrder(sessionId: string, step: () => void | Promise<void>): void {
    const pending = this.queues.get(sessionId);
    const run = (): void | Promise<void> => {
      try {
        return step();
      } catch (error) {
        this.report(error as Error, 'fan-out delivery failed');
      }
    };
    const result = pending === undefined ? run() : pending.then(run);
    if (result === undefined) return;
    const tail = result.catch((error: Error) => this.report(error, 'fan-out delivery failed'));
    this.queues.set(sessionId, tail);
    void tail.then(() => {
      if (this.queues.get(sessionId) === tail) this.queues.delete(sessionId);
    });
  }

  private deliverLocal(event: SessionEvent): void | Promise<void> {
    if (event.kind !== 'turn') return this.local.publish(event);
    const last = this.delivered.get(event.sessionId);
    if (last !== undefined && event.turn.index <= last) return;
    if (last !== undefined && event.turn.index > last + 1) {
      return this.catchUp(event.sessionId, event.turn.index - 1).then(() => this.deliverTurn(event));
    }
    this.deliverTurn(event);
  }

  private async deliverRemote(announcement: Announcement): Promise<void> {
    const sessionId = announcement.s;
    if (announcement.k === 'deleted') return this.local.publish({ kind: 'deleted', sessionId });
    if (announcement.k === 'checked-in') return this.deliverCheckIn(announcement);
    if (announcement.k === 'ended') {
      const report = await this.cache?.report(sessionId).catch(() => undefined);
      if (report !== undefined) this.local.publish({ kind: 'ended', sessionId, report });
      return;
    }
    if (announcement.n !== undefined) await this.catchUp(sessionId, announcement.n);
  }

  private deliverCheckIn({ s: sessionId, n: pausedAt, c: checkIn, d: kind }: Announcement): void {
    if (pausedAt === undefined || checkIn === undefined || kind === undefined) return;
    const status = checkIn === 'help' ? 'ended' : 'active';
    this.local.publish({ kind: 'checked-in', sessionId, safety: { pausedAt, kind, checkIn }, status });
  }

  /** Delivers the stored turns after the last one delivered here, up to and including `upTo`. */
  private async catchUp(sessionId: string, upTo: number, since?: number): Promise<void> {
    const last = this.delivered.get(sessionId) ?? since ?? upTo - 1;
    if (upTo <= last) return;
    const stored = await this.options.store.listTurns(sessionId);
    for (const { turn, requestId } of stored) {
      if (turn.index <= last || turn.index > upTo) continue;
      this.deliverTurn({
        kind: 'turn',
        sessionId,
        ...(requestId === null ? {} : { requestId }),
        turn,
        status: turn.status,
        partner: turn.partner,
      });
    }
  }

  private deliverTurn(event: Extract<SessionEvent, { kind: 'turn' }>): void {
    if (this.watchers.has(event.sessionId)) this.delivered.set(event.sessionId, event.turn.index);
    this.local.publish(event);
  }

  private report(error: Error, context: string): void {
    this.options.onError?.(error, context);
  }
}

function parseAnnouncement(payload: string): Announcement | null {
  try {
    const value = JSON.parse(payload) as Partial<Announcement>;
    if (typeof value.o !== 'string' || typeof value.s !== 'string') return null;
    if (value.k !== 'turn' && value.k !== 'ended' && value.k !== 'deleted' && value.k !== 'checked-in') return null;
    if (value.k === 'turn' && !Number.isInteger(value.n)) return null;
    return value as Announcement;
  } catch {
    return null;
  }
}
