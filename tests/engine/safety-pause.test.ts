// A crisis reply pauses the whole session until the person checks in: the partner does not answer
// in character, nothing random is drawn, and no reply is taken until "I'm safe and want to keep
// practising" (continue) or "I need help now" (help, which ends the practice).
import { describe, expect, it } from 'vitest';
import {
  checkIn,
  type EngineSession,
  NoCheckInPendingError,
  pendingPause,
  restoreSession,
  SafetyCheckInRequiredError,
  SessionEndedError,
  type SessionSnapshot,
  startSession,
  takeTurn,
} from '../../server/engine/index.js';
import { clearReply, loadFixture } from './engine-test-kit.js';

const scenario = loadFixture();
const CRISIS = 'I want to kill myself';
const SORRY = clearReply('validating', 0);

function pausedSession(): { start: EngineSession; paused: EngineSession } {
  const start = startSession(scenario, 5);
  return { start, paused: takeTurn(start, CRISIS).session };
}

describe('a crisis reply', () => {
  it('gets a turn with a safety notice while the partner stays exactly where they were', () => {
    const start = startSession(scenario, 5);
    const { turn, session } = takeTurn(start, CRISIS);
    expect(turn.safety?.kind).toBe('self-harm');
    expect(turn.partner).toEqual(start.partner);
    expect(turn.status).toBe('active');
    expect(turn.feedback.summary).toMatch(/paused/);
    expect(session.turnCount).toBe(1);
    expect(session.snapshot.machine).toEqual(start.snapshot.machine);
    expect(session.snapshot.rng).toEqual(start.snapshot.rng);
    expect(session.snapshot.conversation).toEqual(start.snapshot.conversation);
  });

  it('pauses the session: the snapshot says where and why, and waits for a check-in', () => {
    const { paused } = pausedSession();
    expect(paused.snapshot.safety).toEqual({ pausedAt: 1, kind: 'self-harm' });
    expect(pendingPause(paused.snapshot)).toEqual({ pausedAt: 1, kind: 'self-harm' });
    expect(paused.status).toBe('active');
  });

  it('refuses any further reply, even a harmless one, until the check-in', () => {
    const { paused } = pausedSession();
    expect(() => takeTurn(paused, SORRY)).toThrow(SafetyCheckInRequiredError);
    expect(() => takeTurn(paused, SORRY)).toThrow(expect.objectContaining({ code: 'safety_check_in_required' }));
  });

  it('is still paused after the snapshot is saved as JSON and restored (a restart, another instance)', () => {
    const { paused } = pausedSession();
    const saved = JSON.parse(JSON.stringify(paused.snapshot)) as SessionSnapshot;
    const restored = restoreSession(scenario, saved);
    expect(() => takeTurn(restored, SORRY)).toThrow(SafetyCheckInRequiredError);
    expect(takeTurn(checkIn(restored, 'continue'), SORRY).turn.index).toBe(2);
  });
});

describe('checking in', () => {
  it('"continue": the conversation goes on as if the paused turn had not moved the partner', () => {
    const { start, paused } = pausedSession();
    const resumed = checkIn(paused, 'continue');
    expect(resumed.snapshot.safety).toEqual({ pausedAt: 1, kind: 'self-harm', checkIn: 'continue' });
    expect(pendingPause(resumed.snapshot)).toBeUndefined();
    const after = takeTurn(resumed, SORRY).turn;
    const direct = takeTurn(start, SORRY).turn;
    expect(after.index).toBe(2);
    expect(after.partner).toEqual(direct.partner);
    expect(after.safety).toBeUndefined();
  });

  it('"help": the practice ends gently, and nothing more can be said in it', () => {
    const { paused } = pausedSession();
    const ended = checkIn(paused, 'help');
    expect(ended.status).toBe('ended');
    expect(ended.snapshot.machine.value).toBe('ended');
    expect(ended.snapshot.safety).toEqual({ pausedAt: 1, kind: 'self-harm', checkIn: 'help' });
    expect(ended.turnCount).toBe(1);
    expect(() => takeTurn(ended, SORRY)).toThrow(SessionEndedError);
    expect(() => checkIn(ended, 'continue')).toThrow(SessionEndedError);
  });

  it('is refused when nothing is paused, or when the pause was already answered', () => {
    const start = startSession(scenario, 5);
    expect(() => checkIn(start, 'continue')).toThrow(NoCheckInPendingError);
    const resumed = checkIn(pausedSession().paused, 'continue');
    expect(() => checkIn(resumed, 'continue')).toThrow(expect.objectContaining({ code: 'no_check_in_pending' }));
  });

  it('a later crisis reply pauses the session again, at its own turn', () => {
    const resumed = checkIn(pausedSession().paused, 'continue');
    const second = takeTurn(takeTurn(resumed, SORRY).session, "I'm going to kill him when I see him").session;
    expect(pendingPause(second.snapshot)).toEqual({ pausedAt: 3, kind: 'harm-to-others' });
    expect(() => takeTurn(second, SORRY)).toThrow(SafetyCheckInRequiredError);
  });
});
