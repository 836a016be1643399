// One error policy for HTTP: every error is `{ error: { code, message } }` with the right status.
// 5xx details go to the log (by request id), never to the client. 4xx are logged by code only:
// some messages (a JSON parse error, for one) quote the body, which may be what someone typed.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorCode } from '../api-contract.js';
import { errorCode } from '../service-error.js';
import { StoreUnavailableError } from '../store/store.js';
import { SECURITY_HEADERS } from './security-headers.js';

const STATUS_BY_CODE: Partial<Record<string, number>> = {
  bad_request: 400,
  bad_turn: 400,
  empty_reply: 400,
  reply_too_long: 400,
  unknown_scenario: 404,
  session_not_found: 404,
  session_ended: 409,
  turn_conflict: 409,
  safety_check_in_required: 409,
  no_check_in_pending: 409,
  rate_limited: 429,
  scenario_unavailable: 410,
  shutting_down: 503,
  store_unavailable: 503,
};

// Fastify's own errors, by their FST_ code, with messages that never echo the request.
const FASTIFY_ERRORS: Partial<Record<string, [number, ErrorCode, string]>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad_json', 'The body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad_json', 'The body is empty; send a JSON object.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large', 'The body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', 'Send the body as application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', 'The Content-Length does not match the body.'],
};

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ error: { code, message } });
}

// Errors Fastify meets before routing (no hook has run, so the security headers are added here).
// Their own messages quote the URL, which may carry a token: ours never do.
const FRAMEWORK_ERRORS: Partial<Record<string, [number, ErrorCode, string]>> = {
  FST_ERR_BAD_URL: [400, 'bad_url', 'The address is not a valid URL.'],
  FST_ERR_MAX_PARAM_LENGTH: [404, 'not_found', 'There is nothing at this address.'],
};

/** Fastify's `frameworkErrors`: a malformed or overlong URL, answered like every other error. */
export function frameworkErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [status, code, message] = FRAMEWORK_ERRORS[error.code] ?? [
    500,
    'internal',
    'Something went wrong on our side. Try again.',
  ];
  request.log.info({ code }, 'request refused');
  reply.headers({ ...SECURITY_HEADERS, 'cache-control': 'no-store' });
  void sendError(reply, status, code, message);
}

/**
 * Fastify's `clientErrorHandler`: Node could not read a request (it timed out, or is not HTTP).
 * Answered on the raw socket, in the same JSON shape, then the connection is closed.
 */
export function clientErrorHandler(this: FastifyInstance, error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, ErrorCode, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'request_timeout', 'The request took too long to arrive.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'bad_request', 'The request headers are too large.']
        : [400, 'bad_request', 'The request could not be understood.'];
  // The raw bytes of a bad request never reach the log (see logging.ts): the code only.
  this.log.info({ code, cause: error.code }, 'request refused');
  if (socket.writable) {
    const body = JSON.stringify({ error: { code, message } });
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(body)),
      'cache-control': 'no-store',
      connection: 'close',
    };
    const head = Object.entries(headers)
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n${body}`);
  }
  socket.destroy();
}

export default fp(
  async function errorHandler(app: FastifyInstance) {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const code = errorCode(error);
      const known = code === undefined ? undefined : FASTIFY_ERRORS[code];
      if (known !== undefined) {
        request.log.info({ code: known[1] }, 'request refused');
        return sendError(reply, known[0], known[1], known[2]);
      }
      if (error.validation !== undefined) {
        // Ajv's messages name the field and the rule ("body/text must be string"), not the value.
        request.log.info({ code: 'bad_request' }, 'request refused');
        return sendError(reply, 400, 'bad_request', `The request is not valid: ${error.message}.`);
      }
      const status = code === undefined ? undefined : STATUS_BY_CODE[code];
      if (status !== undefined && code !== undefined) {
        if (error instanceof StoreUnavailableError) {
          // Not the client's fault and worth an operator's look; the detail names no request data.
          request.log.warn({ code, detail: error.detail }, 'store unavailable');
          reply.header('retry-after', '5');
        } else {
          request.log.info({ code }, 'request refused');
        }
        return sendError(reply, status, code, error.message);
      }
      if (error.statusCode === 429) {
        return sendError(reply, 429, 'rate_limited', 'Too many requests. Wait a minute and try again.');
      }
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        request.log.info({ statusCode: error.statusCode }, 'request refused');
        return sendError(reply, error.statusCode, 'bad_request', 'The request could not be understood.');
      }
      request.log.error({ err: error }, 'request failed');
      return sendError(reply, 500, 'internal', 'Something went wrong on our side. Try again.');
    });
  },
  { name: 'mend-error-handler' },
);
