// One budget per client address for everything that writes or computes: new sessions, rewinds,
// replies, ends (HTTP and WebSocket), hints and classify; a new route that writes or computes joins it
// with `config: LIMITED`. Reads (a session, its report, an export, the scenarios, health) and deletes
// are not counted, and neither is the safety check-in: someone answering "I need help now" must never
// be told to wait a minute, and a check-in is only accepted once per crisis pause, which itself took a
// counted reply, so it cannot be used to spend the server's time.
//
// @fastify/rate-limit does the work (keys, windows, the 429 and its headers). By default it gives
// every route its own counter, which let one address spend 60 a minute on each route; here its
// store hands every route the same counter, and WebSocket frames draw on it through the plugin's
// own `createRateLimit`, so the budget is one however a client spends it. `perMinute` 0 turns every
// limit off (a load test on loopback).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LruCache } from '../lru-cache.js';
import { ServiceError } from '../service-error.js';

const WINDOW_MS = 60_000;
/** Client addresses remembered at once; the least recently seen are forgotten first. */
const CLIENTS_REMEMBERED = 10_000;

/** Route config that opts a route into the budget: `{ config: LIMITED }`. */
export const LIMITED = { rateLimit: {} };

interface Window {
  current: number;
  ttl: number;
  startedAt: number;
}

/**
 * A @fastify/rate-limit store whose every route shares one fixed-window counter per client.
 * (The plugin asks each route's store for a `child`; this one answers with itself.)
 */
class SharedBudget {
  private readonly windows = new LruCache<string, Window>(CLIENTS_REMEMBERED);

  incr(key: string, done: (error: Error | null, window: Window) => void, timeWindow: number): void {
    const now = Date.now();
    let window = this.windows.get(key);
    if (window === undefined || window.startedAt + timeWindow <= now) {
      window = { current: 0, ttl: timeWindow, startedAt: now };
    }
    window.current += 1;
    window.ttl = window.startedAt + timeWindow - now;
    this.windows.set(key, window);
    done(null, window);
  }

  child(): SharedBudget {
    return this;
  }
}

/** Takes one unit of the client's budget for a WebSocket frame; false when it is spent. */
export type FrameBudget = (request: FastifyRequest) => Promise<boolean>;

declare module 'fastify' {
  interface FastifyInstance {
    frameBudget: FrameBudget;
  }
}

export default fp(
  async function rateLimits(app: FastifyInstance, options: { perMinute: number }) {
    if (options.perMinute <= 0) {
      app.decorate('frameBudget', async () => true);
      return;
    }
    await app.register(rateLimit, {
      global: false,
      max: options.perMinute,
      timeWindow: WINDOW_MS,
      store: SharedBudget as unknown as never,
      errorResponseBuilder: () =>
        Object.assign(new ServiceError('rate_limited', 'Too many requests. Wait a minute and try again.'), {
          statusCode: 429,
        }),
    });
    const check = app.createRateLimit();
    app.decorate('frameBudget', async (request: FastifyRequest) => {
      const result = await check(request);
      return result.isAllowed || !result.isExceeded;
    });
  },
  { name: 'mend-rate-limit' },
);
