// The records the store suites write: a new session and the turns taken on it, made with the real
// engine from the first scenario, so what is stored is what the server would store.
import { type EngineSession, type Scenario, startSession, takeTurn } from '../../server/engine/index.js';
import type { NewSession, NewTurn } from '../../server/store/store.js';
import { firstScenarioId, scenarios } from '../server/server-fixtures.js';

/** Snapshots are stored as JSON: compare with what JSON keeps (no undefined-valued keys). */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

let counter = 0;
const uniqueId = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${++counter}`;

export async function firstScenario(): Promise<Scenario> {
  const found = (await scenarios()).get(await firstScenarioId());
  if (found === undefined) throw new Error('no scenario');
  return found;
}

export async function freshEngine(seed = 11): Promise<EngineSession> {
  return startSession(await firstScenario(), seed);
}

/** The session `engine` is at, under a new id, created now (unless overridden). */
export function newSession(engine: EngineSession, overrides: Partial<NewSession> = {}): NewSession {
  return {
    id: uniqueId('session'),
    tokenHash: 'ab'.repeat(32),
    scenarioId: engine.scenario.id,
    seed: engine.seed,
    difficulty: engine.difficulty,
    status: engine.status,
    opening: engine.partner,
    snapshot: engine.snapshot,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

/** The turn `text` makes on `engine`, as the store takes it, and the engine after it. */
function recordTurn(sessionId: string, engine: EngineSession, text: string, requestId: string | null) {
  const { turn, session } = takeTurn(engine, text);
  const record: NewTurn = {
    sessionId,
    turn,
    snapshot: session.snapshot,
    status: session.status,
    requestId,
    createdAt: new Date().toISOString(),
  };
  return { record, after: session };
}

export function nextTurn(sessionId: string, engine: EngineSession, text: string, requestId: string | null = null) {
  return recordTurn(sessionId, engine, text, requestId).record;
}

/** Takes `replies` turns on `engine`, returning the NewTurn records and the engine after them. */
export function play(
  sessionId: string,
  engine: EngineSession,
  replies: string[],
  requestIds: Array<string | null> = [],
) {
  const records: NewTurn[] = [];
  let current = engine;
  replies.forEach((text, i) => {
    const { record, after } = recordTurn(sessionId, current, text, requestIds[i] ?? null);
    records.push(record);
    current = after;
  });
  return { records, engine: current };
}
