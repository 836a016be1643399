// How often each sentence of the suggestions recurs across autoplayed sessions: no sentence the
// feedback writes may appear in more than 5% of suggestions (issue 14), or it has become a stock
// phrase. The sentences a suggestion takes from the user's own reply, and the scenario's true
// answer it leads with, are not the feedback's words: they are counted apart (`all` counts every
// sentence), since a player who says "I'm sorry." every turn is rightly given it back every turn.
import { type AutoplayRun, autoplay, type Player } from '../conversation/autoplay.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { pendingQuestionOf } from '../turn-engine.js';
import { sentencesOf } from './own-words.js';

/** The most suggestions any one sentence the feedback writes may appear in. */
export const STOCK_PHRASE_SHARE = 0.05;

export interface Commonest {
  sentence: string;
  /** Suggestions holding it. */
  suggestions: number;
  share: number;
}

export interface SpreadFigures {
  sessions: number;
  /** Suggestions shown (one per graded turn). */
  suggestions: number;
  /** The feedback's own sentence found in the most suggestions. */
  commonest?: Commonest;
  /** The same, counting the user's kept words and the true answers too. */
  commonestOfAll?: Commonest;
}

/** Running counts: add runs, then read the figures. */
export class SuggestionSpread {
  private sessions = 0;
  private suggestions = 0;
  private readonly own = new Map<string, number>();
  private readonly all = new Map<string, number>();

  add(run: AutoplayRun): void {
    this.sessions += 1;
    run.turns.forEach((turn, i) => {
      if (turn.safety) return;
      this.suggestions += 1;
      const before = run.sessions[i];
      const notOurs = [turn.reply, (before && pendingQuestionOf(before)?.trueAnswer) ?? ''].map(normalized);
      const sentences = new Set(sentencesOf(turn.feedback.suggestion).map((s) => s.text));
      for (const sentence of sentences) {
        bump(this.all, sentence);
        const words = normalized(sentence);
        if (!notOurs.some((text) => text.includes(words))) bump(this.own, sentence);
      }
    });
  }

  figures(): SpreadFigures {
    const commonest = top(this.own, this.suggestions);
    const commonestOfAll = top(this.all, this.suggestions);
    return {
      sessions: this.sessions,
      suggestions: this.suggestions,
      ...(commonest ? { commonest } : {}),
      ...(commonestOfAll ? { commonestOfAll } : {}),
    };
  }
}

/** Plays `seeds` seeded sessions of a scenario with each player and counts their suggestions. */
export function spreadOver(scenario: Scenario, players: readonly Player[], seeds: readonly number[]): SpreadFigures {
  const spread = new SuggestionSpread();
  for (const player of players) for (const seed of seeds) spread.add(autoplay(scenario, seed, player));
  return spread.figures();
}

function bump(counts: Map<string, number>, sentence: string): void {
  counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
}

function top(counts: ReadonlyMap<string, number>, suggestions: number): Commonest | undefined {
  let best: Commonest | undefined;
  for (const [sentence, count] of counts)
    if (!best || count > best.suggestions) best = { sentence, suggestions: count, share: count / suggestions };
  return best;
}

function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}
