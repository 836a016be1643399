// Difficulty scales a scenario's tuning: how fast trust builds, how much strain the partner takes
// before walking away, how often the hurt comes back in waves, how soon repair can happen.
import type { Scenario } from './scenario/scenario-schema.js';
import type { Difficulty } from './types.js';

/** Everything the partner machine needs to know about this partner at this difficulty. */
export interface PartnerTuning {
  /** Strain at which the partner shuts down. */
  strainLimit: number;
  /** Trust at which the partner is willing to keep talking (repaired). */
  repairTrust: number;
  /** 0..1: how easily the hurt swings back. */
  volatility: number;
  /** Trust gained from one fully confident validating reply. */
  trustGain: number;
  /** Intensity lost from one fully confident validating reply. */
  calming: number;
  /** 0..1: chance per good reply, once things go well, that a wave of hurt comes back. */
  waveChance: number;
  /** Repair never comes before this turn: a few good sentences do not undo a betrayal. */
  minTurnsToRepair: number;
  /** Non-answers and filler in a run (distance) at which the partner withdraws. */
  withdrawAfter: number;
}

interface Scaling {
  trust: number;
  strain: number;
  /** Extra patience with non-answers. */
  distance: number;
  waves: number;
  repairTrust: number;
  minTurns: number;
}

const SCALING: Record<Difficulty, Scaling> = {
  gentle: { trust: 1.3, strain: 2, distance: 2, waves: 0.15, repairTrust: -5, minTurns: 4 },
  realistic: { trust: 1, strain: 0, distance: 0, waves: 0.25, repairTrust: 0, minTurns: 6 },
  hard: { trust: 0.8, strain: -1, distance: -1, waves: 0.35, repairTrust: 5, minTurns: 8 },
};

/** Good replies needed to climb from the starting trust to repair, before any beat sets it back. */
const GOOD_REPLIES_TO_REPAIR = 8;

export function tuningFor(scenario: Scenario, difficulty: Difficulty): PartnerTuning {
  const scale = SCALING[difficulty];
  const repairTrust = clamp(scenario.tuning.repair_trust + scale.repairTrust, 30, 95);
  const climb = Math.max(0, repairTrust - scenario.start.trust);
  const baseGain = Math.max(6, Math.ceil(climb / GOOD_REPLIES_TO_REPAIR));
  return {
    strainLimit: Math.max(3, scenario.tuning.strain_limit + scale.strain),
    repairTrust,
    volatility: scenario.tuning.volatility,
    trustGain: Math.round(baseGain * scale.trust),
    calming: Math.round(12 * scale.trust),
    waveChance: round3(scenario.tuning.volatility * scale.waves),
    minTurnsToRepair: scale.minTurns,
    withdrawAfter: Math.max(3, scenario.tuning.withdraw_after + scale.distance),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
