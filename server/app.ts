// Builds the Fastify app every client talks to. It never listens: main.ts does, and tests call
// `app.inject` / `app.injectWS` or listen on port 0 themselves.

import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { WS_CLOSE } from './api-contract.js';
import type { Scenario } from './engine/index.js';
import errorHandler, { clientErrorHandler, frameworkErrorHandler } from './plugins/error-handler.js';
import rateLimits from './plugins/rate-limit.js';
import securityHeaders from './plugins/security-headers.js';
import sessionService from './plugins/session-service.js';
import staticClient from './plugins/static-client.js';
import classifyRoutes from './routes/classify.js';
import crisisLineRoutes from './routes/crisis-lines.js';
import healthRoutes from './routes/health.js';
import scenarioRoutes from './routes/scenarios.js';
import sessionRoutes from './routes/sessions.js';
import type { SessionFanout } from './session-fanout.js';
import type { Store } from './store/store.js';
import sessionSocketRoute from './ws/session-socket-route.js';

/** A reply (and classify's partner line) is at most 2,000 characters; even JSON-escaped they fit in these. */
export const BODY_LIMIT_BYTES = 32 * 1024;
export const WS_MAX_PAYLOAD_BYTES = 32 * 1024;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 60;
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** WebSockets one client address may hold open before saying hello (when limits are on). */
export const MAX_UNGREETED_SOCKETS_PER_CLIENT = 20;
/** How long shutdown waits for clients to answer the 1001 close before dropping them. */
const SOCKET_CLOSE_GRACE_MS = 2000;

export interface AppOptions {
  store: Store;
  scenarios: ReadonlyMap<string, Scenario>;
  /** A pino logger (see plugins/logging.ts); without one the app logs nothing. */
  logger?: FastifyBaseLogger;
  /** Per client address and minute, for new sessions, replies and classify; 0 = no limits. */
  rateLimitPerMinute?: number;
  /** The built web client; defaults to <repo>/dist/client. */
  clientDir?: string;
  /** Where session events go; defaults to in-process delivery. */
  fanout?: SessionFanout;
  /** Live sessions kept in memory. */
  sessionCacheSize?: number;
  /** Tests shorten the 5 s hello deadline. */
  helloTimeoutMs?: number;
  /** Proxy hops whose X-Forwarded-For is trusted for the client address (rate limits); 0 = none. */
  trustProxyHops?: number;
  /** A request's headers and body must arrive within this (408 request_timeout otherwise). */
  requestTimeoutMs?: number;
}

export async function buildApp(options: AppOptions) {
  const requestTimeout = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const app = Fastify({
    ...(options.logger === undefined ? { logger: false } : { loggerInstance: options.logger }),
    bodyLimit: BODY_LIMIT_BYTES,
    // A client that sends its request slowly (or never finishes it) is cut off, so slow bodies
    // cannot hold sockets open. Node checks the deadline on an interval: a quarter of it, at most 1 s.
    requestTimeout,
    http: {
      headersTimeout: requestTimeout,
      connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(requestTimeout / 4))),
    },
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler,
    trustProxy: (_address: string, hop: number) => hop < (options.trustProxyHops ?? 0),
    // No type coercion ({ "text": 5 } is not a string) and unknown body fields are dropped, not obeyed.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: true } },
    // `__proto__` and `constructor.prototype` keys in a JSON body are refused (400), the defaults, said out loud.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(errorHandler);
  await app.register(securityHeaders);
  await app.register(rateLimits, { perMinute: options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE });
  await app.register(sessionService, {
    store: options.store,
    scenarios: options.scenarios,
    ...(options.fanout === undefined ? {} : { fanout: options.fanout }),
    ...(options.sessionCacheSize === undefined ? {} : { cacheSize: options.sessionCacheSize }),
  });
  await app.register(websocket, {
    options: { maxPayload: WS_MAX_PAYLOAD_BYTES },
    // Errors after the upgrade (an oversized frame, a dropped connection) land here, never in the log with data.
    errorHandler: (error, socket, request) => {
      request.log.warn({ code: (error as { code?: string }).code }, 'websocket error');
      socket.terminate();
    },
    // Shutdown: let queued turns finish (and reach their sockets), then say goodbye with 1001.
    preClose: async () => {
      await app.sessions.close();
      const clients = [...app.websocketServer.clients];
      for (const client of clients) client.close(WS_CLOSE.goingAway, 'Server shutting down');
      await waitForSockets(clients, SOCKET_CLOSE_GRACE_MS);
      app.websocketServer.close();
    },
  });
  await app.register(staticClient, options.clientDir === undefined ? {} : { clientDir: options.clientDir });

  await app.register(healthRoutes);
  await app.register(scenarioRoutes);
  await app.register(sessionRoutes);
  await app.register(classifyRoutes);
  await app.register(crisisLineRoutes);
  const limitsOn = (options.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE) > 0;
  await app.register(sessionSocketRoute, {
    ...(options.helloTimeoutMs === undefined ? {} : { helloTimeoutMs: options.helloTimeoutMs }),
    maxUngreetedPerClient: limitsOn ? MAX_UNGREETED_SOCKETS_PER_CLIENT : 0,
  });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

async function waitForSockets(sockets: readonly import('ws').WebSocket[], graceMs: number): Promise<void> {
  const open = sockets.filter((s) => s.readyState !== s.CLOSED);
  if (open.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.all(open.map((s) => new Promise((resolve) => s.once('close', resolve)))),
    new Promise((resolve) => {
      timer = setTimeout(resolve, graceMs);
    }),
  ]);
  clearTimeout(timer);
  for (const socket of open) if (socket.readyState !== socket.CLOSED) socket.terminate();
}
