// The report a user reads at the end.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, LABELS, listeningScore, type Turn } from '../../server/engine/index.js';
import { clearReply, loadFixture, play, playLabels, playValidating } from './engine-test-kit.js';

const fixture = loadFixture();

function reportOf(replies: string[], seed = 1) {
  const played = play(fixture, seed, replies);
  const opening = played.sessions[0]?.partner;
  if (!opening) throw new Error('no opening');
  return {
    played,
    report: buildReport({ scenario: fixture, opening, turns: played.turns, status: played.session.status }),
  };
}

describe('buildReport', () => {
  it('a session of only validating replies (answers when asked) that ends repaired scores 100', () => {
    const played = playValidating(fixture, 1, 15);
    const opening = played.sessions[0]?.partner;
    if (!opening) throw new Error('no opening');
    const report = buildReport({ scenario: fixture, opening, turns: played.turns, status: played.session.status });
    expect(report.status).toBe('repaired');
    expect(report.score).toBe(100);
    expect(report.counts.validating).toBe(report.turns);
  });

  it('a session of defensive replies that ends in shutdown scores 0 and names the moment they walked away', () => {
    const { report } = reportOf(Array.from({ length: 15 }, (_, i) => clearReply('defensive', i)));
    expect(report.status).toBe('shutdown');
    expect(report.score).toBe(0);
    expect(report.moments.at(-1)).toEqual({ turn: report.turns, why: 'Sam walked away after this defensive reply.' });
    expect(report.best).toEqual([]);
  });

  it('counts each label and traces the partner from the opening (turn 0) on', () => {
    const labels = ['validating', 'defensive', 'minimizing', 'neutral', 'validating'] as const;
    const { report, played } = reportOf(labels.map((label, i) => clearReply(label, i)));
    expect(report.counts).toEqual({ validating: 2, defensive: 1, minimizing: 1, neutral: 1 });
    expect(report.trajectory.map((point) => point.turn)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(report.trajectory[0]).toMatchObject({ emotion: 'anger', intensity: 80, trust: 15 });
    expect(report.trajectory[5]).toMatchObject({ trust: played.session.partner.trust });
    expect(Object.keys(report.counts)).toEqual([...LABELS]);
  });

  it('names the best replies, validating ones only, and marks each principle', () => {
    // The honest turns answer the partner's question when one is waiting: an apology in place of
    // the answer leaves it unanswered and is not among the best (taxonomy v2).
    const played = playLabels(fixture, 1, ['validating', 'defensive', 'validating']);
    const opening = played.sessions[0]?.partner;
    if (!opening) throw new Error('no opening');
    const report = buildReport({ scenario: fixture, opening, turns: played.turns, status: played.session.status });
    expect(report.best.map((b) => b.turn)).toEqual([1, 3]);
    expect(report.best.every((b) => b.label === 'validating')).toBe(true);
    const tested = report.principles.filter((p) => p.mark !== 'untested');
    expect(tested.reduce((sum, p) => sum + p.kept + p.broken, 0)).toBe(3);
  });

  it('leaves paused (crisis) turns out of the score and the counts, but shows them as moments', () => {
    const { report } = reportOf([clearReply('validating', 0), 'I want to kill myself']);
    expect(report.turns).toBe(2);
    expect(report.counts.validating).toBe(1);
    expect(report.counts.neutral + report.counts.defensive + report.counts.minimizing).toBe(0);
    expect(report.moments).toContainEqual({
      turn: 2,
      why: 'The practice paused here so you could look after yourself.',
    });
  });
});

describe('listeningScore', () => {
  type TestLabel = Turn['classification']['label'];
  const turn = (label: TestLabel, hinted = false) =>
    ({ classification: { label }, ...(hinted ? { hinted } : {}) }) as Turn;
  const turns = (...labels: TestLabel[]) => labels.map((label) => turn(label));
  const many = (label: TestLabel, count: number) => turns(...Array.from({ length: count }, () => label));
  const STATUSES = ['active', 'repaired', 'shutdown', 'ended'] as const;

  it('follows its documented formula', () => {
    expect(listeningScore([], 'active')).toBe(0);
    // 2 neutral earn 8 of the 50 points five replies could: 16.
    expect(listeningScore(turns('neutral', 'neutral'), 'ended')).toBe(16);
    expect(listeningScore(many('neutral', 10), 'ended')).toBe(40);
    // 5 validating and 5 defensive: 50 of 100 points, capped at 100 - 5 x 10 = 50.
    expect(listeningScore([...many('validating', 5), ...many('defensive', 5)], 'active')).toBe(50);
    expect(
      listeningScore(
        Array.from({ length: 6 }, () => turn('validating', true)),
        'ended',
      ),
    ).toBe(75);
    expect(listeningScore(turns('minimizing'), 'shutdown')).toBe(0);
    // 7 validating and 1 neutral (74 of 80 points: 92.5) and a repair (+10), rounded, within 100.
    expect(listeningScore([...many('validating', 7), turn('neutral')], 'repaired')).toBe(100);
    expect(listeningScore([...many('validating', 7), turn('neutral')], 'ended')).toBe(93);
  });

  it('one validating reply and then the end is not 100: a short conversation counts as five replies', () => {
    expect(listeningScore(turns('validating'), 'ended')).toBe(20);
    expect(listeningScore(turns('validating'), 'active')).toBe(20);
    expect(listeningScore(turns('validating'), 'repaired')).toBe(30);
    expect(listeningScore(many('validating', 4), 'repaired')).toBe(90);
    // Five replies are enough to show it.
    expect(listeningScore(many('validating', 5), 'ended')).toBe(100);
  });

  it('a harmful reply keeps the score at 90 or below, whatever else happened', () => {
    expect(listeningScore([...many('validating', 9), turn('minimizing')], 'repaired')).toBe(90);
    expect(listeningScore([...many('validating', 30), turn('defensive')], 'repaired')).toBe(90);
    expect(listeningScore([...many('validating', 30), turn('defensive'), turn('minimizing')], 'repaired')).toBe(80);
    // Without the harmful reply the same session scores 100.
    expect(listeningScore(many('validating', 30), 'repaired')).toBe(100);
  });

  it('holds its bounds for any mix of replies and any ending', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ label: fc.constantFrom(...LABELS), hinted: fc.boolean() }), { maxLength: 40 }),
        fc.constantFrom(...STATUSES),
        (replies, status) => {
          const graded = replies.map((reply) => turn(reply.label, reply.hinted));
          const score = listeningScore(graded, status);
          const harmful = replies.filter((reply) => reply.label === 'defensive' || reply.label === 'minimizing');
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100 - 10 * harmful.length);
          // Fewer than five replies: at most 20 per reply, plus 10 for a repair.
          if (replies.length < 5) expect(score).toBeLessThanOrEqual(20 * replies.length + 10);
          if (harmful.length > 0) expect(score).not.toBe(99);
        },
      ),
      { seed: 16, numRuns: 500 },
    );
  });
});
