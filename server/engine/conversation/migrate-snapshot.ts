// Session snapshots saved before the partner heard questions (version 1) are upgraded on restore,
// so no stored session is stranded. The partner keeps how they feel, their line and the generator
// state; they remember the lines and beats already said, and start with nothing pending, nothing
// told and nothing promised (version 1 never tracked those), and no distance yet.
import { tuningFor } from '../difficulty.js';
import type { PartnerContext } from '../partner-machine.js';
import type { Scenario } from '../scenario/scenario-schema.js';
import type { SessionSnapshot } from '../turn-engine.js';
import type { Difficulty, PartnerView, SessionStatus } from '../types.js';
import { initialConversation } from './conversation-state.js';
import { type BeatId, beatId, type LineId } from './ids.js';

/** What version 1 saved. */
export interface SessionSnapshotV1 {
  version: 1;
  scenarioId: string;
  seed: number;
  difficulty: Difficulty;
  turn: number;
  status: Exclude<SessionStatus, 'withdrawn'>;
  partner: PartnerView;
  machine: { status: string; value: unknown; context: Omit<PartnerContext, 'distance'> & Record<string, unknown> };
  rng: number[];
  usedLines: string[];
  firedBeats: string[];
  lastHint?: string;
  hintsGiven: number;
}

export function migrateSnapshot(scenario: Scenario, saved: SessionSnapshot | SessionSnapshotV1): SessionSnapshot {
  if (saved.version !== 1) return saved;
  const { usedLines, firedBeats, machine, ...kept } = saved;
  const context = machine.context;
  return {
    ...kept,
    version: 2,
    machine: {
      ...machine,
      context: {
        ...context,
        distance: 0,
        tuning: { ...context.tuning, withdrawAfter: tuningFor(scenario, saved.difficulty).withdrawAfter },
      },
    },
    conversation: {
      ...initialConversation(),
      firedBeats: firedBeats.map(beatId) as BeatId[],
      usedLines: usedLines.flatMap(lineIdFromV1),
      lastSaid: usedLines.slice(-1).flatMap(lineIdFromV1),
      // Version 1 lines never asked anything: the partner may ask on their next line.
      sinceAsked: 1,
    },
  };
}

/** `lines.anger.defensive.3` → `lines.anger.normal.defensive.3`, `endings.x.n` → `ending.x.n`, `beats.x` → `beat.x`. */
function lineIdFromV1(id: string): LineId[] {
  const parts = id.split('.');
  const [root, a, b, n] = parts;
  if (root === 'opening' && parts.length === 2) return [`opening.${Number(a)}`];
  if (root === 'lines' && parts.length === 4) return [`lines.${a}.normal.${b}.${Number(n)}` as LineId];
  if (root === 'endings' && parts.length === 3) return [`ending.${a}.${Number(b)}` as LineId];
  if (root === 'beats' && parts.length === 2) return [`beat.${a}` as LineId];
  return [];
}
