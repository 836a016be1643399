// The logger Fastify writes through. Typed text, partner lines and tokens never reach it: requests
// are logged as method + url only (no headers, no bodies), WebSocket frames are never logged, and
// redaction below is the second line of defence if a field by one of these names ever slips in.
// pino redacts keys, not text inside `msg`: never interpolate user text into a message.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { LogLevel } from '../config.js';

export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'headers.authorization',
  'authorization',
  'token',
  '*.token',
  'text',
  '*.text',
  'reply',
  '*.reply',
  'line',
  '*.line',
  'body',
  '*.body',
  // Node's HTTP parser errors carry the raw bytes of the bad request.
  'err.rawPacket',
  'rawPacket',
  // @fastify/websocket logs the whole URL (query string included) of an upgrade it refuses.
  'path',
];

export function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req: (req: { method?: string; url?: string; ip?: string; id?: string }) => ({
        method: req.method,
        url: withoutQuery(req.url),
        remoteAddress: req.ip,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      err: pino.stdSerializers.err,
    },
  };
}

/**
 * The URL without its query string: a client may put a token there (`?token=...`), and nothing in
 * a query string is needed to read a log. The path stays; the query becomes `?[redacted]`.
 */
export function withoutQuery(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const at = url.indexOf('?');
  return at === -1 ? url : `${url.slice(0, at)}?[redacted]`;
}

/** JSON lines to `destination` (stdout by default). */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return destination === undefined ? pino(loggerOptions(level)) : pino(loggerOptions(level), destination);
}
