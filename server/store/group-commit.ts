// Group commit: the writes handed in during one turn of the event loop go to the store as one
// transaction, so a busy server pays for one commit per tick instead of one per write. Each
// caller's promise still resolves only once its own write is durable. Callers serialize work per
// session, so a batch never holds two writes of the same session.
//
// A batch that fails or times out (the store gives up on a stuck database: see StoreUnavailableError)
// fails its own callers only; the next batch is written as usual, so one stuck write never blocks
// every later turn.
import { isStoreUnavailable } from './store.js';

interface Pending<T> {
  item: T;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class GroupCommit<T> {
  private pending: Pending<T>[] = [];
  private flushing: Promise<void> = Promise.resolve();

  /** `write` stores every item in one transaction, or none of them. */
  constructor(private readonly write: (items: readonly T[]) => Promise<void>) {}

  commit(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      // setImmediate runs after the I/O callbacks of this loop iteration: every frame and request
      // that arrived together lands in the same batch.
      if (this.pending.length === 1) setImmediate(() => this.schedule());
    });
  }

  /** Resolves once every write handed in so far is committed (or failed). */
  async drain(): Promise<void> {
    while (this.pending.length > 0) {
      this.schedule();
      await this.flushing;
    }
    await this.flushing;
  }

  private schedule(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.flushing = this.flushing.then(() => this.flush(batch));
  }

  private async flush(batch: Pending<T>[]): Promise<void> {
    try {
      await this.write(batch.map((p) => p.item));
      for (const p of batch) p.resolve();
      return;
    } catch (error) {
      // The store is down or stuck: writing the items one by one would only wait out its timeout again for each.
      if (batch.length === 1 || isStoreUnavailable(error)) {
        for (const p of batch) p.reject(error);
        return;
      }
    }
    // One bad write (a conflict, a deleted session) must not fail the others: retry one by one.
    let down: unknown;
    for (const p of batch) {
      if (down !== undefined) {
        p.reject(down);
        continue;
      }
      try {
        await this.write([p.item]);
        p.resolve();
      } catch (error) {
        if (isStoreUnavailable(error)) down = error;
        p.reject(error);
      }
    }
  }
}
