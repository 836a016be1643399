// A transcript that leaves the app (an export) says where the practice paused for safety without
// repeating what the person wrote there: the words stay in the session, on this machine, and are
// gone when the session is deleted.
import type { Turn } from '../types.js';

export const NOT_REPEATED = '(not repeated here: the practice paused for safety after this reply)';

/** The turn as an export shows it: a paused turn loses its words and the evidence quoting them. */
export function withoutCrisisWords(turn: Turn): Turn {
  if (turn.safety === undefined) return turn;
  const { parts: _parts, ...classification } = turn.classification;
  return { ...turn, reply: NOT_REPEATED, classification: { ...classification, evidence: [] } };
}
