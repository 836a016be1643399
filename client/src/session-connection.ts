// The live connection to one session: a WebSocket that says hello with the token, reconnects with
// backoff when it drops, and keeps every reply the person sent in a queue until the server has
// answered it. A queued reply keeps its requestId, so resending it after a reconnect can never
// take a second turn (the server answers a known requestId with the turn it already stored).
//
// An outage of the server's storage is never taken for a missing session: the server says so
// (close 4503, or a store_unavailable error on a reply), and the connection keeps the replies and
// keeps trying, with backoff, until the storage answers again. Only a wrong token (4401) or a
// deleted session (4404) ends it.
import type {
  CheckedInFrame,
  ClientFrame,
  ErrorFrame,
  Report,
  ServerFrame,
  SessionView,
  TurnFrame,
} from '../../server/api-contract.js';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'unavailable' | 'gone';

export interface PendingReply {
  requestId: string;
  text: string;
  hinted: boolean;
}

export interface ConnectionEvents {
  state(state: ConnectionState): void;
  session(view: SessionView): void;
  turn(frame: TurnFrame): void;
  report(report: Report): void;
  /** The safety check-in was answered (here or in another tab). */
  checkedIn(frame: CheckedInFrame): void;
  /** A frame failed; `reply` is the queued reply it was about, now taken off the queue. */
  error(frame: ErrorFrame, reply: PendingReply | undefined): void;
  pending(replies: PendingReply[]): void;
}

/** Waits between reconnect attempts; the last one repeats. A little jitter spreads many tabs out. */
const BACKOFF_MS = [300, 1000, 2000, 3000, 5000];
/** Errors that say "not now" rather than "not this": the reply stays queued for the next connection. */
const RETRY_LATER = new Set(['shutting_down', 'store_unavailable']);
/** Close codes after which reconnecting cannot help. */
const FINAL_CLOSE = new Set([4401, 4404]);
/** The server's storage is not answering (WS_CLOSE.storeUnavailable): the session is fine, try later. */
const STORE_UNAVAILABLE_CLOSE = 4503;
/** Our own close, to come back later with the queue: a reply failed because the server cannot store it now. */
const RETRY_CLOSE = 4000;

export class SessionConnection {
  private socket: WebSocket | undefined;
  private ready = false;
  private stopped = false;
  private attempt = 0;
  /** The last connection ended because the server's storage was not answering. */
  private outage = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private queue: PendingReply[];

  constructor(
    private readonly sessionId: string,
    private readonly token: string,
    private readonly on: ConnectionEvents,
  ) {
    this.queue = loadQueue(sessionId);
  }

  start(): void {
    this.on.pending([...this.queue]);
    this.connect();
    window.addEventListener('online', this.retryNow);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    window.removeEventListener('online', this.retryNow);
    this.socket?.close(1000, 'Page closed');
  }

  /** Queues the reply and sends it now if connected, or as soon as the connection is back. */
  sendReply(text: string, hinted: boolean): PendingReply {
    const reply: PendingReply = { requestId: newRequestId(), text, hinted };
    this.setQueue([...this.queue, reply]);
    if (this.ready) this.transmit(reply);
    return reply;
  }

  private readonly retryNow = (): void => {
    if (this.ready || this.stopped || this.socket?.readyState === WebSocket.CONNECTING) return;
    clearTimeout(this.timer);
    this.connect();
  };

  private connect(): void {
    this.ready = false;
    this.on.state(this.outage ? 'unavailable' : this.attempt === 0 ? 'connecting' : 'reconnecting');
    const url = new URL(`/api/sessions/${encodeURIComponent(this.sessionId)}/ws`, location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.addEventListener('open', () => this.write(socket, { type: 'hello', token: this.token }));
    socket.addEventListener('message', (event) => {
      if (socket === this.socket && typeof event.data === 'string') this.receive(event.data);
    });
    socket.addEventListener('close', (event) => {
      if (socket === this.socket) this.closed(event.code, event.reason);
    });
  }

  private receive(data: string): void {
    let frame: ServerFrame;
    try {
      frame = JSON.parse(data) as ServerFrame;
    } catch {
      return;
    }
    switch (frame.type) {
      case 'session':
        this.ready = true;
        this.attempt = 0;
        this.outage = false;
        this.on.state('connected');
        this.on.session(frame.session);
        // Everything still unanswered goes again, in order, with its original requestId.
        for (const reply of this.queue) this.transmit(reply);
        return;
      case 'turn':
        if (frame.requestId !== undefined) this.settle(frame.requestId);
        this.on.turn(frame);
        return;
      case 'report':
        this.on.report(frame.report);
        return;
      case 'checked-in':
        this.on.checkedIn(frame);
        return;
      case 'error': {
        const reply = this.queue.find((queued) => queued.requestId === frame.requestId);
        if (reply !== undefined && RETRY_LATER.has(frame.code)) {
          // Keep it queued and come back after a pause: the next hello resends the queue in order.
          this.socket?.close(RETRY_CLOSE, frame.code === 'store_unavailable' ? 'Store unavailable' : 'Retry later');
          return;
        }
        if (reply !== undefined) this.settle(reply.requestId);
        this.on.error(frame, reply);
        return;
      }
    }
  }

  private closed(code: number, reason: string): void {
    this.ready = false;
    if (this.stopped) return;
    if (FINAL_CLOSE.has(code)) {
      this.on.state('gone');
      return;
    }
    const base = BACKOFF_MS[Math.min(this.attempt, BACKOFF_MS.length - 1)] as number;
    this.attempt += 1;
    this.outage = code === STORE_UNAVAILABLE_CLOSE || (code === RETRY_CLOSE && reason === 'Store unavailable');
    this.on.state(this.outage ? 'unavailable' : 'reconnecting');
    this.timer = setTimeout(() => this.connect(), base * (0.8 + Math.random() * 0.4));
  }

  private transmit(reply: PendingReply): void {
    if (this.socket === undefined) return;
    this.write(this.socket, {
      type: 'reply',
      text: reply.text,
      requestId: reply.requestId,
      ...(reply.hinted ? { hinted: true } : {}),
    });
  }

  private write(socket: WebSocket, frame: ClientFrame): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  private settle(requestId: string): void {
    if (this.queue.some((reply) => reply.requestId === requestId)) {
      this.setQueue(this.queue.filter((reply) => reply.requestId !== requestId));
    }
  }

  private setQueue(queue: PendingReply[]): void {
    this.queue = queue;
    saveQueue(this.sessionId, queue);
    this.on.pending([...queue]);
  }
}

/** Unique enough to never collide within a session; works on plain http, unlike randomUUID. */
function newRequestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// The queue survives a reload of the tab (sessionStorage), so a reply typed while offline is not lost
// when the person refreshes the page.
const queueKey = (sessionId: string): string => `mend.pending.${sessionId}`;

function loadQueue(sessionId: string): PendingReply[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(queueKey(sessionId)) ?? '[]');
    return Array.isArray(parsed)
      ? (parsed as PendingReply[]).filter((reply) => typeof reply?.requestId === 'string')
      : [];
  } catch {
    return [];
  }
}

function saveQueue(sessionId: string, queue: PendingReply[]): void {
  try {
    if (queue.length === 0) sessionStorage.removeItem(queueKey(sessionId));
    else sessionStorage.setItem(queueKey(sessionId), JSON.stringify(queue));
  } catch {
    // Storage blocked: the queue still lives in memory for this page.
  }
}
