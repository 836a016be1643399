import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBodySchema, HealthSchema } from '../api-contract.js';
import { sendError } from '../plugins/error-handler.js';

const health: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/healthz', { schema: { response: { 200: HealthSchema, 503: ErrorBodySchema } } }, async (request, reply) => {
    try {
      await app.sessions.ping();
    } catch (error) {
      request.log.error({ err: error }, 'store did not answer the health check');
      return sendError(reply, 503, 'store_unavailable', 'The session store is not answering.');
    }
    return { status: 'ok' as const };
  });
};

export default health;
