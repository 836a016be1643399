// `GET /api/sessions/:id/ws`: the upgrade itself needs no token (a browser cannot set headers on a
// WebSocket); the hello frame carries it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HELLO_TIMEOUT_MS, SessionParamsSchema, WS_CLOSE } from '../api-contract.js';
import { sendError } from '../plugins/error-handler.js';
import { attachSessionSocket } from './session-socket.js';

export interface SessionSocketRouteOptions {
  helloTimeoutMs?: number;
  /**
   * Sockets one client address may hold open before their hello (0 = no cap). Each costs a socket
   * and a timer until the hello deadline: without a cap, one client could hold thousands.
   */
  maxUngreetedPerClient?: number;
}

const sessionSocketRoute: FastifyPluginAsyncTypebox<SessionSocketRouteOptions> = async (app, options) => {
  const cap = options.maxUngreetedPerClient ?? 0;
  const ungreeted = new Map<string, number>();
  const release = (key: string): void => {
    const left = (ungreeted.get(key) ?? 1) - 1;
    if (left > 0) ungreeted.set(key, left);
    else ungreeted.delete(key);
  };

  app.route({
    method: 'GET',
    url: '/api/sessions/:id/ws',
    schema: { params: SessionParamsSchema },
    // Refused before the upgrade, so a flood of silent sockets costs a 429, not a connection each.
    preValidation: async (request, reply) => {
      if (cap > 0 && (ungreeted.get(request.ip) ?? 0) >= cap) {
        request.log.info({ code: 'rate_limited' }, 'request refused');
        return sendError(
          reply,
          429,
          'rate_limited',
          'Too many connections from this address are waiting to say hello. Say hello on those first.',
        );
      }
    },
    // A plain GET (no upgrade) is told what this address is for.
    handler: (request, reply) => {
      request.log.info({ code: 'upgrade_required' }, 'request refused');
      return sendError(
        reply.header('upgrade', 'websocket'),
        426,
        'upgrade_required',
        'This address is a WebSocket: connect with a WebSocket client.',
      );
    },
    wsHandler: (socket, request) => {
      const key = request.ip;
      // Upgrades that passed the check together may overshoot it: those are closed at once.
      if (cap > 0 && (ungreeted.get(key) ?? 0) >= cap) {
        socket.close(WS_CLOSE.tryAgainLater, 'Too many connections waiting to say hello');
        return;
      }
      ungreeted.set(key, (ungreeted.get(key) ?? 0) + 1);
      attachSessionSocket({
        socket,
        sessionId: request.params.id,
        service: app.sessions,
        spend: () => app.frameBudget(request),
        log: request.log.child({ sessionId: request.params.id }),
        helloTimeoutMs: options.helloTimeoutMs ?? HELLO_TIMEOUT_MS,
        onHelloSettled: () => release(key),
      });
    },
  });
};

export default sessionSocketRoute;
