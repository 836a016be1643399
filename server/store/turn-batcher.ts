// Groups the turns committed during one turn of the event loop into one store transaction, so a
// busy server pays for one commit per tick instead of one per turn. Each caller's promise still
// resolves only once its own turn is durable. Callers serialize turns per session, so a batch never
// holds two turns of the same session.
import type { NewTurn, Store } from './store.js';

interface Pending {
  turn: NewTurn;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class TurnBatcher {
  private pending: Pending[] = [];
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store) {}

  commit(turn: NewTurn): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ turn, resolve, reject });
      // setImmediate runs after the I/O callbacks of this loop iteration: every frame and request
      // that arrived together lands in the same batch.
      if (this.pending.length === 1) setImmediate(() => this.schedule());
    });
  }

  /** Resolves once every turn handed in so far is committed (or failed). */
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

  private async flush(batch: Pending[]): Promise<void> {
    try {
      await this.store.appendTurns(batch.map((p) => p.turn));
      for (const p of batch) p.resolve();
      return;
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
    }
    // One bad turn (a conflict, a deleted session) must not fail the others: retry one by one.
    for (const p of batch) {
      try {
        await this.store.appendTurns([p.turn]);
        p.resolve();
      } catch (error) {
        p.reject(error);
      }
    }
  }
}
