// The edges of the HTTP contract, where Fastify or Node answer before any route does: a malformed
// or overlong URL, a plain GET on the WebSocket address, a request that arrives too slowly. Each
// answers `{ error: { code, message } }` with the security headers, echoes nothing it was sent,
// and no token in a URL reaches the log. New tokens are never cached.
import { connect, type Socket } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession } from '../../server/api-contract.js';
import type { App, AppOptions } from '../../server/app.js';
import { createLogger } from '../../server/plugins/logging.js';
import { SECURITY_HEADERS } from '../../server/plugins/security-headers.js';
import { bearer, createSession, listen, makeApp } from './server-fixtures.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function start(options: Partial<AppOptions> = {}): Promise<App> {
  ({ app } = await makeApp(options));
  return app;
}

function captureLog() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger('trace', stream), text: () => chunks.join('') };
}

function expectSecurityHeaders(headers: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
}

/** Sends raw bytes and collects the answer until the server closes the connection. */
function rawExchange(address: string, write: (socket: Socket) => void): Promise<{ text: string; ms: number }> {
  const [host, port] = address.split(':') as [string, string];
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), host, () => write(socket));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
    });
    socket.on('close', () => resolve({ text, ms: Date.now() - started }));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve({ text, ms: Date.now() - started });
    }, 10_000);
  });
}

describe('answers Fastify and Node give before any route', () => {
  it('a malformed URL gets 400 bad_url in the common shape, with the security headers, echoing nothing', async () => {
    const server = await start();
    const response = await server.inject({ url: '/%ff?token=SECRET-IN-URL' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'bad_url', message: expect.any(String) } });
    expect(response.body).not.toMatch(/SECRET|%ff/);
    expectSecurityHeaders(response.headers);
  });

  it('an overlong path parameter gets 404 not_found in the common shape, with the security headers', async () => {
    const server = await start();
    const response = await server.inject({ url: `/api/sessions/${'x'.repeat(300)}/report` });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
    expectSecurityHeaders(response.headers);
  });

  it('a plain GET on the WebSocket address gets 426 upgrade_required, with the headers', async () => {
    const server = await start();
    const session = await createSession(server);
    const response = await server.inject({ url: `/api/sessions/${session.id}/ws` });
    expect(response.statusCode).toBe(426);
    expect(response.json()).toEqual({ error: { code: 'upgrade_required', message: expect.any(String) } });
    expect(response.headers.upgrade).toBe('websocket');
    expectSecurityHeaders(response.headers);
  });

  it('every route sends exactly the security headers the early answers copy', async () => {
    const server = await start();
    const response = await server.inject({ url: '/api/scenarios' });
    const sent = Object.fromEntries(Object.keys(SECURITY_HEADERS).map((name) => [name, response.headers[name]]));
    expect(sent).toEqual(SECURITY_HEADERS);
    const security = Object.keys(response.headers).filter((name) =>
      /^(content-security|cross-origin|origin-agent|referrer|x-)/.test(name),
    );
    expect(security.sort()).toEqual(Object.keys(SECURITY_HEADERS).sort());
  });

  it('a request whose body never finishes is cut off after the request timeout with 408 request_timeout', async () => {
    const server = await start({ requestTimeoutMs: 1000 });
    const address = await listen(server);
    const { text, ms } = await rawExchange(address, (socket) => {
      socket.write(
        'POST /api/classify HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"text":"',
      );
    });
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(text).toContain('{"error":{"code":"request_timeout"');
    expect(text.toLowerCase()).toContain("content-security-policy: default-src 'self'");
    expect(ms).toBeGreaterThanOrEqual(900);
    expect(ms).toBeLessThan(3000);
  });

  it('headers that never finish are cut off too', async () => {
    const server = await start({ requestTimeoutMs: 1000 });
    const address = await listen(server);
    const { text, ms } = await rawExchange(address, (socket) => {
      socket.write('GET /api/scenarios HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    });
    expect(text).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(3000);
  });
});

describe('tokens', () => {
  it('a new session and a new branch come back with Cache-Control: no-store', async () => {
    const server = await start();
    const created = await server.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { scenarioId: (await server.inject({ url: '/api/scenarios' })).json()[0].id },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const session = created.json() as CreatedSession;
    const branch = await server.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/rewind`,
      headers: bearer(session.token),
      payload: { turn: 0 },
    });
    expect(branch.statusCode).toBe(201);
    expect(branch.headers['cache-control']).toBe('no-store');
  });

  it('a query string never reaches the log: a token put there is redacted', async () => {
    const log = captureLog();
    const server = await start({ logger: log.logger });
    const session = await createSession(server);
    await server.inject({ url: `/api/sessions/${session.id}?token=${session.token}` });
    await server.inject({ url: `/%ff?token=${session.token}` });
    await server.inject({ url: `/api/scenarios?token=${session.token}&x=1` });
    const text = log.text();
    expect(text).toContain('"url":"/api/scenarios?[redacted]"');
    expect(text).not.toContain(session.token);
  });
});
