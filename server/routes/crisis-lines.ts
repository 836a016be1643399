// The emergency and crisis lines by region, for any front end (the web client has them built in).
// No token: the list is public and says nothing about anyone.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CrisisLinesQuerySchema, CrisisLinesResultSchema, ErrorBodySchema } from '../api-contract.js';
import { CRISIS_REGIONS, crisisLinesFor, knownRegion } from '../engine/index.js';

const crisisLines: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/api/crisis-lines',
    {
      schema: {
        querystring: CrisisLinesQuerySchema,
        response: { 200: CrisisLinesResultSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const region = knownRegion(request.query.region) ?? null;
      return { region, lines: crisisLinesFor(region ?? undefined, request.query.kind), regions: { ...CRISIS_REGIONS } };
    },
  );
};

export default crisisLines;
