// The report a user reads at the end.
import { describe, expect, it } from 'vitest';
import { buildReport, LABELS, listeningScore, type Turn } from '../../server/engine/index.js';
import { clearReply, loadFixture, play } from './engine-test-kit.js';

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
  it('a session of only validating replies that ends repaired scores 100', () => {
    const { report } = reportOf(Array.from({ length: 15 }, (_, i) => clearReply('validating', i)));
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
    const labels = ['validating', 'defensive', 'validating'] as const;
    const { report } = reportOf(labels.map((label, i) => clearReply(label, i)));
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
  const turn = (label: Turn['classification']['label'], hinted = false) =>
    ({ classification: { label }, ...(hinted ? { hinted } : {}) }) as Turn;

  it('follows its documented formula', () => {
    expect(listeningScore([], 'active')).toBe(0);
    expect(listeningScore([turn('neutral'), turn('neutral')], 'ended')).toBe(40);
    expect(listeningScore([turn('validating'), turn('defensive')], 'active')).toBe(50);
    expect(listeningScore([turn('validating', true)], 'active')).toBe(75);
    expect(listeningScore([turn('minimizing')], 'shutdown')).toBe(0);
    expect(listeningScore([turn('validating'), turn('neutral')], 'repaired')).toBe(80);
  });
});
