// Security headers on every response, with a Content-Security-Policy that runs only our own
// scripts and styles and talks only to our own origin (WebSocket included). No CORS: the API is for
// the page it serves and for scripts, not for other sites' pages.
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export default fp(
  async function securityHeaders(app: FastifyInstance) {
    await app.register(helmet, {
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
      xFrameOptions: { action: 'deny' },
      // Mend runs on plain http on a laptop as often as behind TLS: no HSTS from the app itself.
      strictTransportSecurity: false,
    });
  },
  { name: 'mend-security-headers' },
);
