// Makes the SessionService available to routes and the WebSocket handler as `app.sessions`.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { SessionService, type SessionServiceOptions } from '../session-service.js';

declare module 'fastify' {
  interface FastifyInstance {
    sessions: SessionService;
  }
}

export default fp(
  async function sessionService(app: FastifyInstance, options: SessionServiceOptions) {
    const service = new SessionService(options);
    app.decorate('sessions', service);
    // Finish queued turns before the server stops; the store is closed by whoever opened it.
    app.addHook('preClose', async () => {
      await service.close();
    });
  },
  { name: 'mend-session-service' },
);
