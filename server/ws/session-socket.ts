// One WebSocket on one session. The first frame must be `{ type: "hello", token }` (the token stays
// out of the URL and so out of access logs); then replies and end requests flow in, and every
// committed turn of the session flows out, whichever connection or HTTP request took it.
//
// Ordering: answers to this socket's own frames leave in the order the frames arrived (a promise
// chain per socket), and the service runs one task per session at a time, so a burst of replies is
// taken strictly in order. Turns reach every socket (the sender too) through the session fan-out.
import type { FastifyBaseLogger } from 'fastify';
import { Compile } from 'typebox/compile';
import type { RawData, WebSocket } from 'ws';
import {
  CheckInFrameSchema,
  type ClientFrame,
  EndFrameSchema,
  type ErrorFrame,
  HelloFrameSchema,
  MAX_REQUEST_ID_LENGTH,
  REQUEST_ID_PATTERN,
  ReplyFrameSchema,
  type ServerFrame,
  type SessionView,
  WS_CLOSE,
} from '../api-contract.js';
import { errorCode } from '../service-error.js';
import type { SessionEvent } from '../session-fanout.js';
import type { SessionService } from '../session-service.js';
import { isStoreUnavailable } from '../store/store.js';

const checkHello = Compile(HelloFrameSchema);
const checkReply = Compile(ReplyFrameSchema);
const checkEnd = Compile(EndFrameSchema);
const requestIdShape = new RegExp(REQUEST_ID_PATTERN);
const checkCheckIn = Compile(CheckInFrameSchema);

/** Frames one socket may have waiting behind each other before new ones are refused. */
const MAX_PENDING_FRAMES = 64;

const KNOWN_ERROR_CODES = new Set([
  'empty_reply',
  'reply_too_long',
  'session_ended',
  'safety_check_in_required',
  'no_check_in_pending',
  'session_not_found',
  'turn_conflict',
  'rate_limited',
  'shutting_down',
  'scenario_unavailable',
  'store_unavailable',
]);

export interface SessionSocketContext {
  socket: WebSocket;
  sessionId: string;
  service: SessionService;
  /** Takes one unit of the client's rate-limit budget (the one HTTP requests draw on too); false when spent. */
  spend: () => Promise<boolean>;
  log: FastifyBaseLogger;
  helloTimeoutMs: number;
  /** Called once, when the socket has said a valid hello or closed without one. */
  onHelloSettled?: () => void;
}

type Parsed = { ok: true; frame: ClientFrame } | { ok: false; error: ErrorFrame };

export function attachSessionSocket(context: SessionSocketContext): void {
  const { socket, sessionId, service, spend, log } = context;
  let phase: 'hello' | 'authenticating' | 'open' | 'closed' = 'hello';
  let chain: Promise<void> = Promise.resolve();
  let pending = 0;
  let unsubscribe: (() => void) | undefined;
  let helloSettled = false;
  const settleHello = (): void => {
    if (helloSettled) return;
    helloSettled = true;
    context.onHelloSettled?.();
  };

  // A function, not `phase === 'closed'`: the close event changes phase while we await.
  const isClosed = (): boolean => phase === 'closed';
  const send = (frame: ServerFrame): void => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const close = (code: number, reason: string): void => {
    if (phase === 'closed') return;
    phase = 'closed';
    cleanUp();
    socket.close(code, reason);
  };
  const cleanUp = (): void => {
    settleHello();
    clearTimeout(helloTimer);
    unsubscribe?.();
    unsubscribe = undefined;
  };

  const helloTimer = setTimeout(() => {
    if (phase !== 'open') close(WS_CLOSE.unauthorized, 'No valid hello in time');
  }, context.helloTimeoutMs);

  const deliver = (event: SessionEvent): void => {
    if (event.kind === 'turn') {
      const { turn, status, partner, requestId } = event;
      send({ type: 'turn', ...(requestId === undefined ? {} : { requestId }), turn, status, partner });
    } else if (event.kind === 'ended') {
      send({ type: 'report', report: event.report });
    } else if (event.kind === 'checked-in') {
      send({ type: 'checked-in', status: event.status, safety: event.safety });
    } else {
      close(WS_CLOSE.sessionDeleted, 'Session deleted');
    }
  };

  const greet = async (token: string): Promise<void> => {
    if (!(await service.authenticate(sessionId, token))) return close(WS_CLOSE.unauthorized, 'Unauthorized');
    if (isClosed()) return;
    // Listen before reading the session so no turn falls between the two; turns the session frame
    // already holds are dropped from the buffer.
    const buffered: SessionEvent[] = [];
    let view: SessionView | undefined;
    unsubscribe = service.subscribe(sessionId, (event) => (view === undefined ? buffered.push(event) : deliver(event)));
    let current: SessionView;
    try {
      current = await service.view(sessionId);
    } catch (error) {
      if (isStoreUnavailable(error)) throw error;
      return close(WS_CLOSE.unauthorized, 'Unauthorized');
    }
    if (isClosed()) return;
    phase = 'open';
    settleHello();
    clearTimeout(helloTimer);
    send({ type: 'session', session: current });
    view = current;
    for (const event of buffered) {
      if (event.kind !== 'turn' || event.turn.index > current.turns.length) deliver(event);
    }
    log.debug('session socket open');
  };

  const handle = async (parsed: Parsed): Promise<void> => {
    if (phase !== 'open') return;
    if (!parsed.ok) return send(parsed.error);
    const frame = parsed.frame;
    if (frame.type === 'hello') return send(errorFrame('bad_frame', 'This connection has already said hello.'));
    if (frame.type === 'end') {
      if (!(await spend())) return send(errorFrame('rate_limited', 'Too many requests. Wait a minute and try again.'));
      try {
        const outcome = await service.end(sessionId);
        // A change reaches every socket through the fan-out; an already ended session only this one.
        if (!outcome.changed) send({ type: 'report', report: outcome.report });
      } catch (error) {
        send(failureFrame(error, undefined, log));
      }
      return;
    }
    // The check-in is never refused for the budget (see plugins/rate-limit.ts).
    if (frame.type === 'check-in') {
      try {
        const outcome = await service.checkIn(sessionId, frame.choice);
        // A change reaches every socket through the fan-out; a repeated answer only this one.
        if (!outcome.changed) send({ type: 'checked-in', status: outcome.status, safety: outcome.safety });
      } catch (error) {
        send(failureFrame(error, undefined, log));
      }
      return;
    }
    const { requestId } = frame;
    if (!(await spend())) {
      return send(errorFrame('rate_limited', 'Too many requests. Wait a minute and try again.', requestId));
    }
    try {
      const outcome = await service.reply(sessionId, {
        text: frame.text,
        ...(frame.hinted === true ? { hinted: true } : {}),
        ...(requestId === undefined ? {} : { requestId }),
      });
      if (outcome.replayed) {
        const { turn, status, partner } = outcome;
        send({ type: 'turn', ...(requestId === undefined ? {} : { requestId }), turn, status, partner });
      }
    } catch (error) {
      send(failureFrame(error, requestId, log));
    }
  };

  // Attached before anything awaits, so no early frame is lost.
  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (phase === 'closed') return;
    const parsed = parseFrame(data, isBinary);
    if (phase === 'hello') {
      if (!parsed.ok) return send(parsed.error);
      if (parsed.frame.type !== 'hello') {
        const requestId = parsed.frame.type === 'reply' ? parsed.frame.requestId : undefined;
        return send(errorFrame('hello_required', 'Send { "type": "hello", "token" } first.', requestId));
      }
      phase = 'authenticating';
      chain = greet(parsed.frame.token).catch((error: unknown) => {
        // An outage is not a bad token: the client keeps the session and tries again later.
        if (isStoreUnavailable(error)) {
          log.warn({ code: error.code, detail: error.detail }, 'session socket hello: store unavailable');
          return close(WS_CLOSE.storeUnavailable, 'Store unavailable, try again later');
        }
        log.error({ err: error }, 'session socket hello failed');
        close(WS_CLOSE.unauthorized, 'Unauthorized');
      });
      return;
    }
    if (pending >= MAX_PENDING_FRAMES) {
      const requestId = parsed.ok && parsed.frame.type === 'reply' ? parsed.frame.requestId : undefined;
      return send(errorFrame('rate_limited', 'Too many frames waiting. Wait for the answers first.', requestId));
    }
    pending += 1;
    chain = chain
      .then(() => handle(parsed))
      .finally(() => {
        pending -= 1;
      });
  });
  socket.on('close', () => {
    phase = 'closed';
    cleanUp();
  });
}

function parseFrame(data: RawData, isBinary: boolean): Parsed {
  if (isBinary) return bad('Frames must be JSON text, not binary.');
  let value: unknown;
  try {
    value = JSON.parse(rawText(data));
  } catch {
    return bad('A frame must be a JSON object.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return bad('A frame must be a JSON object.');
  const fields = value as Record<string, unknown>;
  // Echoed in an error frame only when it is a well-formed id: never a control character back.
  const requestId =
    typeof fields.requestId === 'string' &&
    fields.requestId.length <= MAX_REQUEST_ID_LENGTH &&
    requestIdShape.test(fields.requestId)
      ? fields.requestId
      : undefined;
  // Each frame is rebuilt from the fields this version knows; anything else in it is ignored.
  switch (fields.type) {
    case 'hello':
      return checkHello.Check(fields)
        ? { ok: true, frame: { type: 'hello', token: fields.token as string } }
        : bad('A hello frame needs a token (a string).');
    case 'reply':
      if (!checkReply.Check(fields)) {
        return bad(
          'A reply frame needs text (a string); requestId is a short string, hinted true or false.',
          requestId,
        );
      }
      return {
        ok: true,
        frame: {
          type: 'reply',
          text: fields.text as string,
          ...(requestId === undefined ? {} : { requestId }),
          ...(fields.hinted === true ? { hinted: true } : {}),
        },
      };
    case 'end':
      return checkEnd.Check(fields) ? { ok: true, frame: { type: 'end' } } : bad('Not a valid end frame.');
    case 'check-in':
      return checkCheckIn.Check(fields)
        ? { ok: true, frame: { type: 'check-in', choice: fields.choice as 'continue' | 'help' } }
        : bad('A check-in frame needs choice: "continue" or "help".');
    default:
      return bad('Unknown frame type: use hello, reply, end or check-in.', requestId);
  }
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function bad(message: string, requestId?: string): Parsed {
  return { ok: false, error: errorFrame('bad_frame', message, requestId) };
}

function errorFrame(code: ErrorFrame['code'], message: string, requestId?: string): ErrorFrame {
  return { type: 'error', code, message, ...(requestId === undefined ? {} : { requestId }) };
}

function failureFrame(error: unknown, requestId: string | undefined, log: FastifyBaseLogger): ErrorFrame {
  const code = errorCode(error);
  if (isStoreUnavailable(error)) log.warn({ code, detail: error.detail }, 'session socket frame: store unavailable');
  if (code !== undefined && KNOWN_ERROR_CODES.has(code)) {
    return errorFrame(code as ErrorFrame['code'], (error as Error).message, requestId);
  }
  log.error({ err: error }, 'session socket frame failed');
  return errorFrame('internal', 'Something went wrong on our side. Try again.', requestId);
}
