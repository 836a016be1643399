// Retention: sessions (with their turns) created more than RETENTION_DAYS days ago are deleted for
// good, once when the server starts and then once a day. 0 keeps everything. Every instance of a
// multi-instance deployment runs it; the deletes are idempotent, so the first one to run does the
// work and the others find nothing.
import type { Store } from './store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The ISO 8601 instant before which a session is too old to keep. */
export function retentionCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** Deletes the sessions created more than `days` days before `now`; returns their ids. */
export async function deleteExpiredSessions(store: Store, days: number, now = new Date()): Promise<string[]> {
  if (days <= 0) return [];
  if (store.deleteSessionsCreatedBefore === undefined) {
    throw new Error('This store cannot delete sessions by age, so RETENTION_DAYS cannot be honoured.');
  }
  return store.deleteSessionsCreatedBefore(retentionCutoff(now, days));
}

export interface RetentionOptions {
  store: Store;
  days: number;
  /** Called with the ids of the sessions just deleted (drop them from caches, close their sockets). */
  onDeleted?: (ids: string[]) => void;
  /** Counts only: session ids and contents never reach the log. */
  log?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
  intervalMs?: number;
  now?: () => Date;
}

export class RetentionSchedule {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly options: RetentionOptions) {}

  get enabled(): boolean {
    return this.options.days > 0;
  }

  /** Runs once now (resolving when done) and then every day, until stop(). Does nothing when days is 0. */
  async start(): Promise<void> {
    if (!this.enabled) return;
    await this.runOnce();
    // unref: a pending daily run never keeps the process alive on its own.
    this.timer = setInterval(() => void this.runOnce(), this.options.intervalMs ?? DAY_MS).unref();
  }

  /** Stops the schedule and waits for a run in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private runOnce(): Promise<void> {
    this.running = this.running.then(() => this.sweep());
    return this.running;
  }

  private async sweep(): Promise<void> {
    const { store, days, onDeleted, log } = this.options;
    try {
      const ids = await deleteExpiredSessions(store, days, this.options.now?.() ?? new Date());
      if (ids.length > 0) onDeleted?.(ids);
      log?.info({ deleted: ids.length, retentionDays: days }, 'retention: deleted expired sessions');
    } catch (error) {
      // A failed sweep is retried tomorrow (or at the next start); it must not stop the server.
      log?.error({ err: error }, 'retention: could not delete expired sessions');
    }
  }
}
