// Per-client-address limits on the routes that do work for anyone who asks (new sessions, replies,
// classify), and the same budget for replies sent as WebSocket frames, which never pass through
// HTTP hooks. `perMinute` 0 turns every limit off (a load test on loopback).
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ServiceError } from '../service-error.js';

const WINDOW_MS = 60_000;

/** Route config that opts a route into the limit: `{ config: LIMITED }`. */
export const LIMITED = { rateLimit: {} };

/** A fixed-window counter for frames; synchronous, so it never reorders a burst of frames. */
export class FrameLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** True if `key` may do one more thing now. */
  take(key: string): boolean {
    if (this.perMinute <= 0) return true;
    const now = this.now();
    let window = this.windows.get(key);
    if (window === undefined || window.resetAt <= now) {
      if (this.windows.size > 10_000) this.prune(now);
      window = { count: 0, resetAt: now + WINDOW_MS };
      this.windows.set(key, window);
    }
    window.count += 1;
    return window.count <= this.perMinute;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    frameLimiter: FrameLimiter;
  }
}

export default fp(
  async function rateLimits(app: FastifyInstance, options: { perMinute: number }) {
    app.decorate('frameLimiter', new FrameLimiter(options.perMinute));
    if (options.perMinute <= 0) return;
    await app.register(rateLimit, {
      global: false,
      max: options.perMinute,
      timeWindow: WINDOW_MS,
      errorResponseBuilder: () =>
        Object.assign(new ServiceError('rate_limited', 'Too many requests. Wait a minute and try again.'), {
          statusCode: 429,
        }),
    });
  },
  { name: 'mend-rate-limit' },
);
