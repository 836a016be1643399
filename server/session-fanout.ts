// Delivers what happens in a session (a turn, the end, a deletion) to everyone watching it: every
// open WebSocket of that session. The in-process version is all one server needs; a multi-instance
// deployment swaps in an implementation that also forwards events to the other instances (for
// example over PostgreSQL LISTEN/NOTIFY) and delivers theirs locally.
import type { Report } from './engine/index.js';
import type { PartnerView, SafetyPause, SessionStatus, Turn } from './engine/types.js';

export type SessionEvent =
  | {
      kind: 'turn';
      sessionId: string;
      requestId?: string;
      turn: Turn;
      status: SessionStatus;
      partner: PartnerView;
    }
  | { kind: 'ended'; sessionId: string; report: Report }
  /** The person answered the safety check-in (`safety.checkIn`); `help` also ends the session. */
  | { kind: 'checked-in'; sessionId: string; safety: SafetyPause; status: SessionStatus }
  | { kind: 'deleted'; sessionId: string };

export type SessionListener = (event: SessionEvent) => void;

export interface SessionFanout {
  /** Called after the change is durable; delivers synchronously or soon, in publish order per session. */
  publish(event: SessionEvent): void;
  /** Returns the function that stops listening. */
  subscribe(sessionId: string, listener: SessionListener): () => void;
  close(): Promise<void>;
}

export class LocalFanout implements SessionFanout {
  private readonly listeners = new Map<string, Set<SessionListener>>();

  publish(event: SessionEvent): void {
    const listeners = this.listeners.get(event.sessionId);
    if (listeners === undefined) return;
    for (const listener of [...listeners]) listener(event);
  }

  subscribe(sessionId: string, listener: SessionListener): () => void {
    let listeners = this.listeners.get(sessionId);
    if (listeners === undefined) {
      listeners = new Set();
      this.listeners.set(sessionId, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.listeners.get(sessionId) === listeners) this.listeners.delete(sessionId);
    };
  }

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
