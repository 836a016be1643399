import type { Signal } from '../../types.js';

/**
 * One cue: a pattern over the canonical text normalizeReply makes (lowercase, "i am", "did not",
 * punctuation as separate tokens), how sure it is on its own (weak cues, < 1, only tip a close
 * call), and replies it must and must not fire on, in the words a user would type. A test holds
 * every cue to its examples.
 */
export interface Cue {
  cue: string;
  weight: number;
  fires: string[];
  doesNotFire: string[];
  /**
   * The speaker takes back what they just said (taxonomy rule 6: "That was me making excuses again.
   * You're right."): an excuse or a shrink said before it no longer decides the reply.
   */
  catchesSlip?: true;
}

export interface CueGroup {
  signal: Signal;
  cues: Cue[];
}
