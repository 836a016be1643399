// The end-of-session report: pure, from the turns alone, so it can be rebuilt from storage at any
// time (also mid-session).
import type { Scenario } from './scenario/scenario-schema.js';
import {
  type Emotion,
  LABELS,
  type Label,
  type PartnerView,
  PRINCIPLES,
  type Principle,
  type SessionStatus,
  type Turn,
} from './types.js';

export interface ReportInput {
  scenario: Scenario;
  opening: PartnerView;
  turns: Turn[];
  status: SessionStatus;
}

export type PrincipleMark = 'kept' | 'mixed' | 'broken' | 'untested';

export interface Report {
  status: SessionStatus;
  /** Turns taken, including paused (safety) turns. */
  turns: number;
  /** Labels of the graded replies (paused turns are not counted). */
  counts: Record<Label, number>;
  /** 0..100: see `listeningScore`. */
  score: number;
  principles: Array<{ principle: Principle; kept: number; broken: number; mark: PrincipleMark }>;
  /** Turn 0 is the opening. */
  trajectory: Array<{ turn: number; emotion: Emotion; intensity: number; trust: number }>;
  moments: Array<{ turn: number; why: string }>;
  best: Array<{ turn: number; reply: string; label: Label }>;
}

/** How much one reply is worth to the listening score. */
const CREDIT: Record<Label, number> = { validating: 1, neutral: 0.4, minimizing: 0.1, defensive: 0 };
/** A validating reply taken from a hint still counts, but less than one found alone. */
const HINTED_CREDIT = 0.75;
const OUTCOME_BONUS: Record<SessionStatus, number> = {
  repaired: 10,
  shutdown: -10,
  withdrawn: -10,
  ended: 0,
  active: 0,
};
const MAX_MOMENTS = 5;
const MAX_BEST = 3;

export function buildReport({ scenario, opening, turns, status }: ReportInput): Report {
  const graded = turns.filter((turn) => !turn.safety);
  const counts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const turn of graded) counts[turn.classification.label] += 1;
  return {
    status,
    turns: turns.length,
    counts,
    score: listeningScore(graded, status),
    principles: principleMarks(graded),
    trajectory: [
      { turn: 0, emotion: opening.emotion, intensity: opening.intensity, trust: opening.trust },
      ...turns.map((turn) => ({
        turn: turn.index,
        emotion: turn.partner.emotion,
        intensity: turn.partner.intensity,
        trust: turn.partner.trust,
      })),
    ],
    moments: moments(scenario, opening, turns),
    best: bestReplies(opening, turns),
  };
}

/**
 * Listening score, 0..100:
 *   score = clamp(round(100 * mean(credit per graded reply) + outcome bonus), 0, 100)
 * where a reply's credit is validating 1 (0.75 if it came from a hint), neutral 0.4,
 * minimizing 0.1, defensive 0; the outcome bonus is +10 if the partner ended repaired, -10 if
 * they shut down, 0 otherwise. No graded replies scores 0. Paused (safety) turns are not graded.
 * So all-validating without hints and a repair scores 100; steady neutral small talk scores 40.
 */
export function listeningScore(graded: Turn[], status: SessionStatus): number {
  if (graded.length === 0) return 0;
  let total = 0;
  for (const turn of graded) {
    const credit = CREDIT[turn.classification.label];
    total += turn.hinted && turn.classification.label === 'validating' ? credit * HINTED_CREDIT : credit;
  }
  const score = Math.round((100 * total) / graded.length + OUTCOME_BONUS[status]);
  return Math.min(100, Math.max(0, score));
}

function principleMarks(graded: Turn[]): Report['principles'] {
  return PRINCIPLES.map((principle) => {
    let kept = 0;
    let broken = 0;
    for (const turn of graded) {
      if (turn.feedback.principle !== principle) continue;
      if (turn.feedback.kept) kept += 1;
      else broken += 1;
    }
    const mark: PrincipleMark =
      kept + broken === 0 ? 'untested' : broken === 0 ? 'kept' : kept === 0 ? 'broken' : 'mixed';
    return { principle, kept, broken, mark };
  });
}

/**
 * Moments worth revisiting: where a reply cost trust or woke the anger, where the partner walked
 * away, and where a reply turned things around. The biggest swings first, then in turn order.
 */
function moments(scenario: Scenario, opening: PartnerView, turns: Turn[]): Report['moments'] {
  const name = scenario.partner.name;
  const found: Array<{ turn: number; why: string; weight: number }> = [];
  let previous = opening;
  for (const turn of turns) {
    const now = turn.partner;
    const label = turn.classification.label;
    const trustChange = now.trust - previous.trust;
    if (turn.safety) {
      found.push({ turn: turn.index, why: 'The practice paused here so you could look after yourself.', weight: 100 });
    } else if (turn.status === 'shutdown') {
      found.push({
        turn: turn.index,
        why: `${name} walked away after this ${label} reply.`,
        weight: 90,
      });
    } else if (turn.status === 'withdrawn') {
      found.push({ turn: turn.index, why: `${name} stopped trying to get an answer after this reply.`, weight: 90 });
    } else if (label !== 'validating' && label !== 'neutral' && now.emotion !== previous.emotion) {
      found.push({
        turn: turn.index,
        why: `A ${label} reply moved ${name} from ${previous.emotion} to ${now.emotion}.`,
        weight: 50 + Math.abs(trustChange),
      });
    } else if (label !== 'validating' && trustChange <= -5) {
      found.push({
        turn: turn.index,
        why: `${name}'s trust dropped ${-trustChange} points after a ${label} reply.`,
        weight: 40 - trustChange,
      });
    } else if (turn.status === 'repaired') {
      found.push({
        turn: turn.index,
        why: `${name} was willing to keep talking after this reply.`,
        weight: 60,
      });
    }
    previous = now;
  }
  return found
    .sort((a, b) => b.weight - a.weight || a.turn - b.turn)
    .slice(0, MAX_MOMENTS)
    .sort((a, b) => a.turn - b.turn)
    .map(({ turn, why }) => ({ turn, why }));
}

/** The validating replies that did the most: trust gained, then the classifier's confidence. */
function bestReplies(opening: PartnerView, turns: Turn[]): Report['best'] {
  const scored: Array<{ turn: Turn; gain: number }> = [];
  let previousTrust = opening.trust;
  for (const turn of turns) {
    if (!turn.safety && turn.classification.label === 'validating')
      scored.push({ turn, gain: turn.partner.trust - previousTrust });
    previousTrust = turn.partner.trust;
  }
  return scored
    .sort(
      (a, b) =>
        b.gain - a.gain ||
        b.turn.classification.confidence - a.turn.classification.confidence ||
        a.turn.index - b.turn.index,
    )
    .slice(0, MAX_BEST)
    .sort((a, b) => a.turn.index - b.turn.index)
    .map(({ turn }) => ({ turn: turn.index, reply: turn.reply, label: turn.classification.label }));
}
