// A row of `sessions` joined with its last turn, as both stores read it (same columns, one
// migration list), and the session it stands for. Shared so SQLite and PostgreSQL decide alike
// which of the two holds the current state.
import type { SessionSnapshot } from '../engine/index.js';
import type { Difficulty, PartnerView, SessionStatus } from '../engine/types.js';
import type { StoredSession } from './store.js';

export interface SessionRow {
  id: string;
  token_hash: string;
  scenario_id: string;
  seed: number;
  difficulty: Difficulty;
  parent_id: string | null;
  opening: string;
  status: SessionStatus;
  snapshot: string;
  snapshot_turn: number;
  created_at: string;
  updated_at: string;
  last_idx: number | null;
  last_status: SessionStatus | null;
  last_snapshot: string | null;
  last_at: string | null;
}

export function storedSession(row: SessionRow): StoredSession {
  // A turn newer than the session row's own state (set by end, hint, branch) is the current state.
  const fromTurn = row.last_idx !== null && row.last_idx > row.snapshot_turn;
  return {
    id: row.id,
    tokenHash: row.token_hash,
    scenarioId: row.scenario_id,
    seed: row.seed,
    difficulty: row.difficulty,
    status: fromTurn ? (row.last_status as SessionStatus) : row.status,
    parentId: row.parent_id,
    opening: JSON.parse(row.opening) as PartnerView,
    snapshot: JSON.parse(fromTurn ? (row.last_snapshot as string) : row.snapshot) as SessionSnapshot,
    turnCount: row.last_idx ?? 0,
    createdAt: row.created_at,
    updatedAt: fromTurn && row.last_at !== null && row.last_at > row.updated_at ? row.last_at : row.updated_at,
  };
}
