// The check-in that lifts a crisis pause (see safety-pause.ts). Kept apart from the pause itself
// because it builds on the turn engine (ending a session), while the turn engine builds on the pause.
import { type EngineSession, endSession, SessionEndedError, withSnapshot } from '../turn-engine.js';
import type { CheckIn } from '../types.js';
import { NoCheckInPendingError, pendingPause } from './safety-pause.js';

/**
 * `continue`: the practice goes on where it paused (the partner is as they were before the crisis
 * reply). `help`: the practice ends gently (status `ended`); the adapter shows the resources again.
 * The pause stays in the snapshot with the answer, so views and reports can say what happened.
 */
export function checkIn(session: EngineSession, choice: CheckIn): EngineSession {
  if (session.status !== 'active') throw new SessionEndedError(session.status);
  const pause = pendingPause(session.snapshot);
  if (pause === undefined) throw new NoCheckInPendingError();
  const answered = { ...pause, checkIn: choice };
  if (choice === 'continue') return withSnapshot(session, { safety: answered });
  return withSnapshot(endSession(session), { safety: answered });
}
