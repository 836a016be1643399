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
}

export interface CueGroup {
  signal: Signal;
  cues: Cue[];
}
