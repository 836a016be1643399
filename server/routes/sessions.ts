// The session routes. Creating a session needs no token; everything under /api/sessions/:id needs
// `Authorization: Bearer <token>`, and a missing, wrong or foreign token gets the same 404 as a
// session that does not exist, so ids cannot be probed.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  CheckInBodySchema,
  CheckInResultSchema,
  CreatedSessionSchema,
  CreateSessionBodySchema,
  EndResultSchema,
  ErrorBodySchema,
  ExportQuerySchema,
  HintResultSchema,
  ReplyBodySchema,
  ReplyHeadersSchema,
  ReportSchema,
  RewindBodySchema,
  SessionParamsSchema,
  SessionViewSchema,
  type TranscriptExport,
  TurnResultSchema,
} from '../api-contract.js';
import { crisisLinesFor, withoutCrisisWords } from '../engine/index.js';
import { LIMITED } from '../plugins/rate-limit.js';
import { sessionNotFound } from '../service-error.js';
import { bearerToken } from '../session-token.js';
import { PRACTICE_NOTICE, transcriptMarkdown } from '../transcript-markdown.js';

const errors = { '4xx': ErrorBodySchema, '5xx': ErrorBodySchema };

const sessions: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/api/sessions',
    {
      config: LIMITED,
      schema: { body: CreateSessionBodySchema, response: { 201: CreatedSessionSchema, ...errors } },
    },
    async (request, reply) => {
      const { scenarioId, seed, difficulty } = request.body;
      const created = await app.sessions.create({ scenarioId, seed, difficulty });
      request.log.info({ sessionId: created.id }, 'session created');
      // The token is in this answer: no browser or proxy keeps a copy.
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  );

  await app.register(sessionRoutes);
};

/** Everything that acts on one session, behind the bearer-token check. */
const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', async (request, reply) => {
    // Transcripts are private: no browser or proxy keeps a copy.
    reply.header('cache-control', 'no-store');
    const { id } = request.params as { id: string };
    const token = bearerToken(request.headers.authorization);
    if (!(await app.sessions.authenticate(id, token))) throw sessionNotFound();
  });

  const params = SessionParamsSchema;

  app.get('/api/sessions/:id', { schema: { params, response: { 200: SessionViewSchema, ...errors } } }, (request) =>
    app.sessions.view(request.params.id),
  );

  app.post(
    '/api/sessions/:id/replies',
    {
      config: LIMITED,
      schema: {
        params,
        headers: ReplyHeadersSchema,
        body: ReplyBodySchema,
        response: { 200: TurnResultSchema, ...errors },
      },
    },
    async (request) => {
      const { text, hinted } = request.body;
      const requestId = request.headers['idempotency-key'];
      const { turn, status, partner } = await app.sessions.reply(request.params.id, { text, hinted, requestId });
      return { turn, status, partner };
    },
  );

  // The safety check-in after a crisis reply; the answer carries the region's lines to show. Not
  // rate limited (see plugins/rate-limit.ts): it is accepted once per pause.
  app.post(
    '/api/sessions/:id/check-in',
    {
      schema: { params, body: CheckInBodySchema, response: { 200: CheckInResultSchema, ...errors } },
    },
    async (request) => {
      const { choice, region } = request.body;
      const { status, safety, changed } = await app.sessions.checkIn(request.params.id, choice);
      if (changed) request.log.info({ sessionId: request.params.id, checkIn: choice }, 'safety check-in');
      return { status, safety, lines: crisisLinesFor(region, safety.kind) };
    },
  );

  app.post(
    '/api/sessions/:id/rewind',
    {
      config: LIMITED,
      schema: { params, body: RewindBodySchema, response: { 201: CreatedSessionSchema, ...errors } },
    },
    async (request, reply) => {
      const branch = await app.sessions.rewind(request.params.id, request.body.turn);
      request.log.info({ sessionId: branch.id, parentId: request.params.id }, 'session rewound');
      return reply.code(201).send(branch);
    },
  );

  app.get(
    '/api/sessions/:id/hint',
    { config: LIMITED, schema: { params, response: { 200: HintResultSchema, ...errors } } },
    (request) => app.sessions.hint(request.params.id),
  );

  app.post(
    '/api/sessions/:id/end',
    { config: LIMITED, schema: { params, response: { 200: EndResultSchema, ...errors } } },
    async (request) => {
      const { status, report } = await app.sessions.end(request.params.id);
      return { status, report };
    },
  );

  app.get('/api/sessions/:id/report', { schema: { params, response: { 200: ReportSchema, ...errors } } }, (request) =>
    app.sessions.report(request.params.id),
  );

  app.get(
    '/api/sessions/:id/export',
    // Both formats leave as ready-made text (a download), so the 200 schema is a string.
    { schema: { params, querystring: ExportQuerySchema, response: { 200: Type.String(), ...errors } } },
    async (request, reply) => {
      const data = await app.sessions.transcript(request.params.id);
      const base = `mend-${data.session.id}`;
      if (request.query.format === 'markdown') {
        return reply
          .header('content-disposition', `attachment; filename="${base}.md"`)
          .type('text/markdown; charset=utf-8')
          .send(transcriptMarkdown(data));
      }
      const body: TranscriptExport = {
        format: 'mend-transcript',
        version: 1,
        notice: PRACTICE_NOTICE,
        exportedAt: new Date().toISOString(),
        // The words of a reply that paused the practice are not repeated outside the app.
        session: { ...data.session, turns: data.session.turns.map(withoutCrisisWords) },
        report: data.report,
      };
      return reply
        .header('content-disposition', `attachment; filename="${base}.json"`)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify(body, null, 2));
    },
  );

  app.delete(
    '/api/sessions/:id',
    { schema: { params, response: { 204: Type.Null(), ...errors } } },
    async (request, reply) => {
      await app.sessions.delete(request.params.id);
      request.log.info({ sessionId: request.params.id }, 'session deleted');
      return reply.code(204).send(null);
    },
  );
};

export default sessions;
