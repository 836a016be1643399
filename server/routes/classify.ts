// Quick check of one sentence, no session and no token: rate limited instead.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ClassifyBodySchema, ClassifyResultSchema, ErrorBodySchema } from '../api-contract.js';
import { LIMITED } from '../plugins/rate-limit.js';

const classify: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/classify',
    {
      config: LIMITED,
      schema: { body: ClassifyBodySchema, response: { 200: ClassifyResultSchema, '4xx': ErrorBodySchema } },
    },
    async (request) => {
      const { text, partner, emotion } = request.body;
      return app.sessions.classify({ text, partner, emotion });
    },
  );
};

export default classify;
