// How often each sentence of the suggestions recurs across autoplayed sessions: no sentence the
// feedback writes may appear in more than 5% of suggestions (issue 14), or it has become a stock
// phrase. The sentences a suggestion takes from the user's own reply, the scenario's true answer it
// leads with, and the partner's own words said back are not the feedback's words: they are counted
// apart (`commonestOfAll` counts every sentence), since a player who says "I'm sorry." every turn is
// rightly given it back every turn, and a partner who keeps saying one line hears it said back.
import { type AutoplayRun, autoplay, fromList, PLAYERS, type Player, playerNamed } from '../conversation/autoplay.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import { sentencesOf } from '../sentences.js';
import { type EngineSession, owedAnswerOf, pendingQuestionOf } from '../turn-engine.js';
import type { Turn } from '../types.js';
import { reflectPartner } from './reflect-partner.js';

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
      for (const sentence of new Set(sentencesOf(turn.feedback.suggestion, true).map((s) => s.text)))
        bump(this.all, sentence);
      for (const sentence of feedbackSentences(turn, run.sessions[i])) bump(this.own, sentence);
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

/**
 * The sentences of a turn's suggestion that the feedback wrote: not the user's own words kept from
 * the reply, nor the scenario's true answer to the question that was waiting, nor the partner's line
 * said back (`before` is the session the reply was sent to). Each sentence once.
 */
export function feedbackSentences(turn: Turn, before: EngineSession | undefined): string[] {
  const notOurs = [
    turn.reply,
    (before && pendingQuestionOf(before)?.trueAnswer) ?? '',
    (before && owedAnswerOf(before)) ?? '',
    reflectPartner(before?.partner.line) ?? '',
  ].map(normalized);
  const sentences = new Set(sentencesOf(turn.feedback.suggestion, true).map((s) => s.text));
  // "Jo, you waited up all night.": the words said back may follow the partner's name.
  return [...sentences].filter((sentence) => {
    const words = normalized(sentence);
    return !notOurs.some((text) => text.includes(words) || (text.length >= 12 && words.endsWith(text)));
  });
}

/** The seeded players of conversation/autoplay.ts, plus random replies from a list (the corpus). */
export const SPREAD_PLAYERS = [...PLAYERS, 'corpus'] as const;
export type SpreadPlayer = (typeof SPREAD_PLAYERS)[number];

export interface PlayerSpread {
  player: SpreadPlayer;
  figures: SpreadFigures;
}

/**
 * Plays `sessions` seeded sessions (seeds 1..n) of a scenario with each player; the figures per player
 * and for all of them together. `corpus` is the list the corpus player draws from (skipped if empty).
 */
export function spreadOf(
  scenario: Scenario,
  options: { sessions: number; corpus: readonly string[]; players?: readonly SpreadPlayer[] },
): { players: PlayerSpread[]; together: SpreadFigures } {
  const together = new SuggestionSpread();
  const players: PlayerSpread[] = [];
  for (const name of options.players ?? SPREAD_PLAYERS) {
    const player = playerFor(name, options.corpus);
    if (!player) continue;
    const one = new SuggestionSpread();
    for (let seed = 1; seed <= options.sessions; seed++) {
      const run = autoplay(scenario, seed, player);
      one.add(run);
      together.add(run);
    }
    players.push({ player: name, figures: one.figures() });
  }
  return { players, together: together.figures() };
}

function playerFor(name: SpreadPlayer, corpus: readonly string[]): Player | null {
  if (name !== 'corpus') return playerNamed(name);
  return corpus.length > 0 ? fromList(corpus) : null;
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
