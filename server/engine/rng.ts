// The engine's only source of chance: a seeded xoroshiro128+ whose state is plain numbers, so it
// is saved in the session snapshot and a restored session draws exactly what the original would.
// The package's own per-file entry points: its index loads every generator and distribution (20 modules).
import { uniformIntDistribution } from 'pure-rand/distribution/UniformIntDistribution';
import { xoroshiro128plus } from 'pure-rand/generator/XoroShiro';

/** JSON-safe generator state. */
export type RngState = readonly number[];

export function seedRng(seed: number): RngState {
  return xoroshiro128plus(normalizeSeed(seed)).getState();
}

/** A whole number in [from, to], and the state after drawing it. */
export function drawInt(state: RngState, from: number, to: number): [number, RngState] {
  const [value, next] = uniformIntDistribution(from, to, xoroshiro128plus.fromState(state));
  return [value, next.getState()];
}

/** A number in [0, 1) with 2^-24 resolution: enough for "does a wave come back" rolls. */
export function drawUnit(state: RngState): [number, RngState] {
  const [value, next] = drawInt(state, 0, 0xffffff);
  return [value / 0x1000000, next];
}

/** Seeds are any JS number from a user or a URL: fold them into the 32 bits the generator takes. */
export function normalizeSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  return Math.trunc(seed) | 0;
}

/**
 * The numbers 0..n-1 in a seeded order (Fisher-Yates over xorshift32), the same on every machine:
 * the order in which both models are trained visit their examples. It stays xorshift32, not the
 * session generator above, because the trained models' weights depend on this exact order.
 */
export function seededOrder(n: number, seed: number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let s = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    const j = s % (i + 1);
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
  return order;
}
