// When a beat is due: all of its conditions hold now. Beats wait while a question is pending and
// never follow a neutral reply (a confidence does not follow "did you see the match?"); one that
// asks a question is never said once that question is closed, nor just after giving up on one.
import type { PartnerContext } from '../partner-machine.js';
import type { Label } from '../types.js';
import { type ConversationState, isClosed, isDisclosed } from './conversation-state.js';
import { factId } from './ids.js';
import type { BookBeat, ScenarioBook } from './scenario-book.js';

export interface BeatMoment {
  /** The turn being answered (1-based). */
  turn: number;
  partner: PartnerContext;
  heardAs: Label;
}

export function dueBeat(book: ScenarioBook, state: ConversationState, moment: BeatMoment): BookBeat | undefined {
  if (state.pending || moment.heardAs === 'neutral') return undefined;
  return book.beats.find((beat) => !state.firedBeats.includes(beat.id) && holds(book, state, beat, moment));
}

function holds(book: ScenarioBook, state: ConversationState, beat: BookBeat, moment: BeatMoment): boolean {
  const { source } = beat;
  if (source.at !== undefined && moment.turn < source.at) return false;
  const when = source.when;
  if (when?.trust_at_least !== undefined && moment.partner.trust < when.trust_at_least) return false;
  if (when?.good_streak !== undefined && moment.partner.goodStreak < when.good_streak) return false;
  if (when?.bad_streak !== undefined && moment.partner.badStreak < when.bad_streak) return false;
  if (source.after_disclosed !== undefined && !isDisclosed(state, factId(source.after_disclosed))) return false;
  if (source.unless_disclosed !== undefined && isDisclosed(state, factId(source.unless_disclosed))) return false;
  if (source.after_promise && state.promises.length === 0) return false;
  const asks = beat.line.asks ? book.question.get(beat.line.asks) : undefined;
  return !asks || (state.sinceAsked >= 1 && !isClosed(state, asks.id, asks.about));
}
