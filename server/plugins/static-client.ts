// Serves the built web client (dist/client) at `/`, with index.html for any other page path so the
// client can route on its own. Until a client is built, `/` shows a short placeholder page.
// Unknown /api paths get the JSON 404 of the error policy.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sendError } from './error-handler.js';

/** <repo>/dist/client, found from this file whether it runs from server/ or from dist/server/. */
export function defaultClientDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist', 'client');
}

const PLACEHOLDER = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Mend</title></head>
<body>
<main>
<h1>Mend</h1>
<p>Rehearse the hardest conversation. Practice, not therapy.</p>
<p>The web client has not been built yet. Run <code>npm run build</code> and restart the server,
or use the API under <code>/api</code> (see the README).</p>
</main>
</body>
</html>
`;

function wantsPage(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.url.startsWith('/api/') &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

export default fp(
  async function staticClient(app: FastifyInstance, options: { clientDir?: string }) {
    const clientDir = options.clientDir ?? defaultClientDir();
    const built = existsSync(join(clientDir, 'index.html'));
    if (built) {
      await app.register(fastifyStatic, { root: clientDir, prefix: '/', index: ['index.html'] });
    } else {
      app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PLACEHOLDER));
    }
    app.setNotFoundHandler((request, reply) => {
      if (built && wantsPage(request)) return reply.sendFile('index.html');
      return sendError(reply, 404, 'not_found', 'There is nothing at this address.');
    });
  },
  { name: 'mend-static-client' },
);
