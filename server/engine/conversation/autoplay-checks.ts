// What must hold in every autoplayed conversation (tests and `npm run autoplay` share these):
// the partner never asks an answered question again, never lets a beat ask about what was already
// told, takes in an answer with that question's own lines, meets a dodge by asking again or giving
// up, never answers a neutral reply with a line written for a validating one, and repeats no line
// within 15 turns, and never suggests "nothing's been left out" while a fact is still untold. Plus the figures a sweep adds up: emotions reached, endings, and how often each
// suggestion sentence recurs (the feedback's 5% rule).

import { ALL_TOLD_CLAIMS } from '../feedback/suggestion-lines.js';
import { feedbackSentences } from '../feedback/suggestion-spread.js';
import type { Emotion, SessionStatus } from '../types.js';
import { type AutoplayRun, autoplay, type Player } from './autoplay.js';
import type { LineId } from './ids.js';
import { bookOf } from './scenario-book.js';

/** A line may not come back within this many turns. */
export const NO_REPEAT_WITHIN = 15;

export function problemsIn(run: AutoplayRun): string[] {
  const problems: string[] = [];
  const book = bookOf(run.scenario);
  const seen = new Map<LineId, number>();
  for (const id of run.sessions[0]?.snapshot.conversation.lastSaid ?? []) seen.set(id, 0);
  run.turns.forEach((turn, i) => {
    const before = run.sessions[i]?.snapshot.conversation;
    const after = run.sessions[i + 1]?.snapshot.conversation;
    if (!before || !after || turn.safety) return;
    const at = `turn ${turn.index}`;
    const said = after.lastSaid;
    const first = said[0] ?? '';
    for (const id of said) {
      const last = seen.get(id);
      if (last !== undefined && turn.index - last < NO_REPEAT_WITHIN)
        problems.push(`${at}: ${id} again (said at turn ${last})`);
      seen.set(id, turn.index);
    }
    const asked = turn.partner.asks?.id;
    if (asked && before.answered.some((a) => a.question === asked))
      problems.push(`${at}: asked ${asked} again after it was answered`);
    const askedAbout = asked ? book.question.get(asked as never)?.about : undefined;
    if (askedAbout && before.disclosed.some((d) => d.fact === askedAbout) && before.pending?.question !== asked)
      problems.push(`${at}: asked ${asked} about ${askedAbout}, already told`);
    const beat = book.beats.find((b) => said.includes(`beat.${b.id}`));
    const withheld = beat?.source.unless_disclosed;
    if (withheld && before.disclosed.some((d) => d.fact === withheld))
      problems.push(`${at}: beat ${beat.id} after ${withheld} was told`);
    const understood = turn.understood;
    if (
      turn.status === 'active' &&
      understood?.answered &&
      !new RegExp(`^question\\.${understood.answered}\\.(honest|excused)\\.`).test(first)
    )
      problems.push(`${at}: ${understood.answered} answered, but the partner said ${first}`);
    if (
      turn.status === 'active' &&
      understood?.dodged &&
      !new RegExp(`^(question\\.${understood.dodged}\\.dodged\\.|gives-up\\.)`).test(first)
    )
      problems.push(`${at}: ${understood.dodged} dodged, but the partner said ${first}`);
    // The user's own words, kept in the suggestion, are theirs; the check is on what Mend adds.
    const claim = ALL_TOLD_CLAIMS.find((text) => turn.feedback.suggestion.includes(text) && !turn.reply.includes(text));
    if (claim && after.disclosed.length < book.facts.size)
      problems.push(`${at}: the suggestion says "${claim}" with a fact untold`);
    if (turn.classification.label === 'neutral' && /^lines\.[a-z]+\.[a-z]+\.validating\./.test(first))
      problems.push(`${at}: a neutral reply answered with ${first}`);
  });
  return problems;
}

export interface SweepFigures {
  sessions: number;
  turns: number;
  endings: Record<SessionStatus | 'turn limit', number>;
  emotions: Record<Emotion, number>;
  problems: string[];
  /** Every suggestion shown (one per graded turn). */
  suggestions: number;
  /** The suggestion sentence found in the most suggestions, and in how many. */
  commonestSentence?: { sentence: string; suggestions: number; share: number };
}

export function emptyFigures(): SweepFigures {
  return {
    sessions: 0,
    turns: 0,
    endings: { active: 0, repaired: 0, shutdown: 0, withdrawn: 0, ended: 0, 'turn limit': 0 },
    emotions: { anger: 0, sadness: 0, numbness: 0, confusion: 0 },
    problems: [],
    suggestions: 0,
  };
}

/** Adds one run to the figures; `sentences` counts, per suggestion sentence, the suggestions holding it. */
export function addRun(figures: SweepFigures, run: AutoplayRun, sentences: Map<string, number>, label: string): void {
  figures.sessions += 1;
  figures.turns += run.turns.length;
  const status = run.final.status;
  figures.endings[status === 'active' ? 'turn limit' : status] += 1;
  const felt = new Set<Emotion>([run.opening.emotion, ...run.turns.map((turn) => turn.partner.emotion)]);
  for (const emotion of felt) figures.emotions[emotion] += 1;
  for (const problem of problemsIn(run)) figures.problems.push(`${label}: ${problem}`);
  run.turns.forEach((turn, i) => {
    if (turn.safety) return;
    figures.suggestions += 1;
    // The feedback's own sentences: the user's kept words and the true answer are not stock phrases.
    for (const sentence of feedbackSentences(turn, run.sessions[i]))
      sentences.set(sentence, (sentences.get(sentence) ?? 0) + 1);
  });
}

export function commonestSentence(figures: SweepFigures, sentences: Map<string, number>): SweepFigures {
  let best: SweepFigures['commonestSentence'];
  for (const [sentence, count] of sentences)
    if (!best || count > best.suggestions)
      best = { sentence, suggestions: count, share: figures.suggestions ? count / figures.suggestions : 0 };
  return best ? { ...figures, commonestSentence: best } : figures;
}

/** Plays one seeded conversation per seed with one player and adds them up. */
export function sweep(
  scenario: AutoplayRun['scenario'],
  player: Player,
  options: { seeds: readonly number[]; label: string; turns?: number },
): SweepFigures {
  const figures = emptyFigures();
  const sentences = new Map<string, number>();
  for (const seed of options.seeds)
    addRun(
      figures,
      autoplay(scenario, seed, player, options.turns ? { turns: options.turns } : {}),
      sentences,
      `${options.label} seed ${seed}`,
    );
  return commonestSentence(figures, sentences);
}

/** Seeds 1..n. */
export function firstSeeds(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
