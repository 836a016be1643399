// Every cue, grouped by signal in one data module per side (validating.ts, defensive.ts,
// minimizing.ts; slip-catches.ts last), compiled once into the flat list the matcher runs. A cue's
// index in SIGNAL_PATTERNS is also the name of its feature in the model: reordering cues means
// retraining (npm run train), so new groups go at the end.
import type { Signal } from '../../types.js';
import type { Cue, CueGroup } from './cue-types.js';
import { DEFENSIVE } from './defensive.js';
import { MINIMIZING } from './minimizing.js';
import { SLIP_CATCHES } from './slip-catches.js';
import { VALIDATING } from './validating.js';

export type { Cue, CueGroup } from './cue-types.js';

export interface SignalPattern {
  signal: Signal;
  weight: number;
  re: RegExp;
  /** Takes back what the speaker said before it (taxonomy rule 6). */
  catchesSlip: boolean;
}

export const CUE_GROUPS: readonly CueGroup[] = [...VALIDATING, ...DEFENSIVE, ...MINIMIZING, ...SLIP_CATCHES];

/** Each cue with its signal, in SIGNAL_PATTERNS order. */
export const CUES: ReadonlyArray<Cue & { signal: Signal }> = CUE_GROUPS.flatMap((g) =>
  g.cues.map((c) => ({ ...c, signal: g.signal })),
);

export const SIGNAL_PATTERNS: readonly SignalPattern[] = CUES.map((c) => ({
  signal: c.signal,
  weight: c.weight,
  re: new RegExp(c.cue, 'g'),
  catchesSlip: c.catchesSlip === true,
}));
