// The session-level crisis pause. A reply that signals crisis pauses the practice: the partner does
// not answer in character, and no further reply is taken until the person checks in, either "I'm
// safe and want to keep practising" (`continue`) or "I need help now" (`help`, which ends the
// practice). The pause lives in the session snapshot (`safety`), so it survives a restart, a reload
// and another server instance; every adapter asks the same check-in.
import type { Feedback, SafetyNotice, SafetyPause } from '../types.js';

/** The part of a session snapshot the pause reads. */
interface Pausable {
  status: string;
  safety?: SafetyPause;
}

export class SafetyCheckInRequiredError extends Error {
  readonly code = 'safety_check_in_required';
  constructor() {
    super(
      'The practice is paused after a reply that sounded like a crisis. Check in first: ' +
        'say you are safe and want to go on, or that you need help now.',
    );
    this.name = 'SafetyCheckInRequiredError';
  }
}

export class NoCheckInPendingError extends Error {
  readonly code = 'no_check_in_pending';
  constructor() {
    super('There is nothing to check in about: the practice is not paused.');
    this.name = 'NoCheckInPendingError';
  }
}

/** The pause waiting for a check-in, if any. An ended session waits for nothing. */
export function pendingPause(snapshot: Pausable): SafetyPause | undefined {
  const pause = snapshot.safety;
  return snapshot.status === 'active' && pause !== undefined && pause.checkIn === undefined ? pause : undefined;
}

/** Throws while the practice waits for a check-in: replies and hints wait for it too. */
export function refuseWhilePaused(snapshot: Pausable): void {
  if (pendingPause(snapshot) !== undefined) throw new SafetyCheckInRequiredError();
}

export function pauseAt(turn: number, notice: SafetyNotice): SafetyPause {
  return { pausedAt: turn, kind: notice.kind };
}

/** A crisis turn is not graded: the feedback says the practice is paused, and names leverage calmly. */
export function pausedFeedback(notice: SafetyNotice): Feedback {
  const summary = notice.leverage
    ? 'The practice is paused. Saying you would hurt yourself or someone if your partner does something ' +
      'is a threat, even when the pain behind it is real: it puts your safety in their hands. ' +
      'Your safety matters, and it is yours to look after with real help.'
    : 'The practice is paused for this turn: what you wrote matters more than the exercise.';
  return {
    principle: 'steady-care',
    kept: !notice.leverage,
    summary,
    suggestion: 'When you have checked in, you can go on with the conversation or stop here.',
  };
}
