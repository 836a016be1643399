import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ScenarioListSchema } from '../api-contract.js';

const scenarios: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/api/scenarios', { schema: { response: { 200: ScenarioListSchema } } }, async () =>
    app.sessions.listScenarios(),
  );
};

export default scenarios;
