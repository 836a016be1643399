import { SIGNALS_BY_SIDE, type Side, type Signal } from '../types.js';

const SIDE_OF = new Map<Signal, Side>();
for (const side of Object.keys(SIGNALS_BY_SIDE) as Side[]) {
  for (const signal of SIGNALS_BY_SIDE[side]) SIDE_OF.set(signal, side);
}

/** Which label a signal argues for. */
export function sideOf(signal: Signal): Side {
  return SIDE_OF.get(signal) as Side;
}

/** Whether a signal argues that the reply defends or shrinks (the sides taxonomy rule 1 lets decide). */
export function isHarmfulSide(signal: Signal): boolean {
  const side = SIDE_OF.get(signal);
  return side === 'defensive' || side === 'minimizing';
}
