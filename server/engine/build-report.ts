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

/** Points one reply earns toward the listening score, out of REPLY_POINTS. */
const POINTS: Record<Label, number> = { validating: 10, neutral: 4, minimizing: 1, defensive: 0 };
const REPLY_POINTS = 10;
/** A validating reply whose words came from a hint still counts, but less than one found alone. */
const HINTED_VALIDATING_POINTS = 7.5;
/** Fewer replies than this show too little listening to score high: the score counts at least this many. */
const MIN_COUNTED_REPLIES = 5;
/** Each defensive or minimizing reply lowers the most the score can be by this much. */
const HARM_CEILING_STEP = 10;
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
 * Listening score, 0..100, from the graded replies (paused safety turns are left out). The report's
 * help text says the same in words (client/src/components/score-help.tsx).
 *   1. Each reply earns points out of 10: validating 10 (7.5 when its words came from a hint),
 *      neutral 4, minimizing 1, defensive 0.
 *   2. base = 100 × points earned / (10 × max(replies, 5)): a conversation shorter than five replies
 *      counts as five, so one good reply and an early end scores 20, not 100.
 *   3. ending: +10 if the partner ended willing to keep talking (repaired), -10 if they left
 *      (walked away or withdrew), 0 if the person ended it or it is still going.
 *   4. ceiling: 100 - 10 × (defensive and minimizing replies), so a session with a harmful reply in
 *      it scores at most 90, whatever else happened.
 *   score = clamp(round(min(base + ending, ceiling)), 0, 100)
 */
export function listeningScore(graded: Turn[], status: SessionStatus): number {
  if (graded.length === 0) return 0;
  let earned = 0;
  let harmful = 0;
  for (const turn of graded) {
    const label = turn.classification.label;
    earned += label === 'validating' && turn.hinted ? HINTED_VALIDATING_POINTS : POINTS[label];
    if (label === 'defensive' || label === 'minimizing') harmful += 1;
  }
  const base = (100 * earned) / (REPLY_POINTS * Math.max(graded.length, MIN_COUNTED_REPLIES));
  const ceiling = 100 - HARM_CEILING_STEP * harmful;
  const score = Math.round(Math.min(base + endingBonus(status), ceiling));
  return Math.min(100, Math.max(0, score));
}

function endingBonus(status: SessionStatus): number {
  if (status === 'repaired') return 10;
  if (status === 'active' || status === 'ended') return 0;
  // The partner left: walked away, or withdrew after too many non-answers.
  return -10;
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
