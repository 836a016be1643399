// `GET /api/sessions/:id/ws`: the upgrade itself needs no token (a browser cannot set headers on a
// WebSocket); the hello frame carries it.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { HELLO_TIMEOUT_MS, SessionParamsSchema } from '../api-contract.js';
import { attachSessionSocket } from './session-socket.js';

const sessionSocketRoute: FastifyPluginAsyncTypebox<{ helloTimeoutMs?: number }> = async (app, options) => {
  app.get('/api/sessions/:id/ws', { websocket: true, schema: { params: SessionParamsSchema } }, (socket, request) => {
    attachSessionSocket({
      socket,
      sessionId: request.params.id,
      service: app.sessions,
      limiter: app.frameLimiter,
      clientKey: request.ip,
      log: request.log.child({ sessionId: request.params.id }),
      helloTimeoutMs: options.helloTimeoutMs ?? HELLO_TIMEOUT_MS,
    });
  });
};

export default sessionSocketRoute;
