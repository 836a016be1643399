// The behaviour every Store must have, whatever it stores into. Each implementation's suite calls
// `describeStoreContract` with a way to open a fresh, empty store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EngineSession, startSession, takeTurn } from '../../server/engine/index.js';
import type { NewSession, NewTurn, Store } from '../../server/store/store.js';
import { TurnConflictError } from '../../server/store/store.js';
import { firstScenarioId, scenarios } from './server-fixtures.js';

/** Snapshots are stored as JSON: compare with what JSON keeps (no undefined-valued keys). */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

let counter = 0;
const uniqueId = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${++counter}`;

async function freshEngine(seed = 11): Promise<EngineSession> {
  const scenario = (await scenarios()).get(await firstScenarioId());
  if (scenario === undefined) throw new Error('no scenario');
  return startSession(scenario, seed);
}

function newSession(engine: EngineSession, overrides: Partial<NewSession> = {}): NewSession {
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

/** Takes `replies` turns on `engine`, returning the NewTurn records and the engine after them. */
function play(sessionId: string, engine: EngineSession, replies: string[], requestIds: Array<string | null> = []) {
  const records: NewTurn[] = [];
  let current = engine;
  replies.forEach((text, i) => {
    const { turn, session } = takeTurn(current, text);
    records.push({
      sessionId,
      turn,
      snapshot: session.snapshot,
      status: session.status,
      requestId: requestIds[i] ?? null,
      createdAt: new Date().toISOString(),
    });
    current = session;
  });
  return { records, engine: current };
}

export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`${name} store contract`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('gives back a created session as it was stored', async () => {
      const engine = await freshEngine();
      const session = newSession(engine);
      await store.createSession(session);
      const stored = await store.getSession(session.id);
      expect(stored).toMatchObject({
        id: session.id,
        tokenHash: session.tokenHash,
        scenarioId: session.scenarioId,
        seed: session.seed,
        difficulty: session.difficulty,
        status: 'active',
        parentId: null,
        opening: session.opening,
        snapshot: plain(session.snapshot),
        turnCount: 0,
        createdAt: session.createdAt,
      });
      expect(await store.listTurns(session.id)).toEqual([]);
    });

    it('answers null for a session that does not exist', async () => {
      expect(await store.getSession('no-such-session')).toBeNull();
      expect(await store.getSnapshotAfter('no-such-session', 0)).toBeNull();
    });

    it('appends turns in order and moves the session to the state after the last one', async () => {
      const engine = await freshEngine();
      const session = newSession(engine);
      await store.createSession(session);
      const { records, engine: after } = play(
        session.id,
        engine,
        ['I am sorry.', 'Tell me.', 'I chose it.'],
        ['r1', null, 'r3'],
      );
      await store.appendTurns(records.slice(0, 1));
      await store.appendTurns(records.slice(1));
      const turns = await store.listTurns(session.id);
      expect(turns.map((t) => t.turn)).toEqual(records.map((r) => r.turn));
      expect(turns.map((t) => t.requestId)).toEqual(['r1', null, 'r3']);
      const stored = await store.getSession(session.id);
      expect(stored).toMatchObject({ turnCount: 3, status: after.status, snapshot: plain(after.snapshot) });
    });

    it('keeps the snapshot after every turn, and the first one as turn 0', async () => {
      const engine = await freshEngine();
      const session = newSession(engine);
      await store.createSession(session);
      const { records } = play(session.id, engine, ['I am sorry.', 'Tell me.']);
      await store.appendTurns(records);
      expect(await store.getSnapshotAfter(session.id, 0)).toEqual(plain(engine.snapshot));
      expect(await store.getSnapshotAfter(session.id, 1)).toEqual(plain(records[0]?.snapshot));
      expect(await store.getSnapshotAfter(session.id, 2)).toEqual(plain(records[1]?.snapshot));
      expect(await store.getSnapshotAfter(session.id, 3)).toBeNull();
    });

    it('refuses a turn that is not the next one, and writes nothing of that batch', async () => {
      const engine = await freshEngine();
      const a = newSession(engine);
      const b = newSession(engine);
      await store.createSession(a);
      await store.createSession(b);
      const playedA = play(a.id, engine, ['I am sorry.', 'Tell me.']);
      const playedB = play(b.id, engine, ['I am sorry.']);
      await expect(
        store.appendTurns([playedB.records[0] as NewTurn, playedA.records[1] as NewTurn]),
      ).rejects.toBeInstanceOf(TurnConflictError);
      expect(await store.listTurns(b.id)).toEqual([]);
      expect((await store.getSession(b.id))?.turnCount).toBe(0);

      await store.appendTurns([playedA.records[0] as NewTurn]);
      await expect(store.appendTurns([playedA.records[0] as NewTurn])).rejects.toBeInstanceOf(TurnConflictError);
    });

    it('refuses a turn for a session that does not exist', async () => {
      const engine = await freshEngine();
      const { records } = play('ghost', engine, ['Hello.']);
      await expect(store.appendTurns(records)).rejects.toBeInstanceOf(TurnConflictError);
    });

    it('commits turns of many sessions in one call', async () => {
      const engine = await freshEngine();
      const sessions = [newSession(engine), newSession(engine), newSession(engine)];
      for (const s of sessions) await store.createSession(s);
      const records = sessions.map((s) => play(s.id, engine, ['I am listening.']).records[0] as NewTurn);
      await store.appendTurns(records);
      for (const s of sessions) expect(await store.listTurns(s.id)).toHaveLength(1);
    });

    it('changes status and snapshot outside a turn', async () => {
      const engine = await freshEngine();
      const session = newSession(engine);
      await store.createSession(session);
      const { engine: after } = play(session.id, engine, ['x']);
      await store.updateSession(session.id, { status: 'ended', snapshot: after.snapshot, turnCount: 0 });
      expect(await store.getSession(session.id)).toMatchObject({
        status: 'ended',
        snapshot: plain(after.snapshot),
        turnCount: 0,
      });
    });

    it('refuses a change made from a stale copy: a session that moved on keeps its newer state', async () => {
      const engine = await freshEngine();
      const session = newSession(engine);
      await store.createSession(session);
      const { records } = play(session.id, engine, ['I lied to you.']);
      await store.appendTurns(records);
      await expect(
        store.updateSession(session.id, { status: 'ended', snapshot: engine.snapshot, turnCount: 0 }),
      ).rejects.toBeInstanceOf(TurnConflictError);
      expect(await store.getSession(session.id)).toMatchObject({ status: 'active', turnCount: 1 });
    });

    it('branches: copies turns 1..N and their snapshots, keeps turn 0, leaves the parent alone', async () => {
      const engine = await freshEngine();
      const parent = newSession(engine);
      await store.createSession(parent);
      const { records } = play(parent.id, engine, ['I am sorry.', 'Tell me.', 'I chose it.'], ['a', 'b', 'c']);
      await store.appendTurns(records);
      const atTwo = records[1] as NewTurn;
      const branch = {
        ...newSession(engine, { snapshot: atTwo.snapshot, status: atTwo.status }),
        parentId: parent.id,
        branchedAt: 2,
      };
      await store.createBranch(branch);
      const stored = await store.getSession(branch.id);
      expect(stored).toMatchObject({ parentId: parent.id, turnCount: 2, snapshot: plain(atTwo.snapshot) });
      const turns = await store.listTurns(branch.id);
      expect(turns.map((t) => t.turn)).toEqual(records.slice(0, 2).map((r) => r.turn));
      expect(turns.map((t) => t.requestId)).toEqual([null, null]);
      expect(await store.getSnapshotAfter(branch.id, 0)).toEqual(plain(engine.snapshot));
      expect(await store.getSnapshotAfter(branch.id, 1)).toEqual(plain(records[0]?.snapshot));
      expect(await store.listTurns(parent.id)).toHaveLength(3);

      // The branch goes on from turn 3 of its own.
      const next = play(branch.id, engine, ['x']).records[0] as NewTurn;
      await store.appendTurns([{ ...next, turn: { ...next.turn, index: 3 } }]);
      expect(await store.listTurns(branch.id)).toHaveLength(3);
    });

    it('deletes a session and its turns for good; branches stay, without a parent', async () => {
      const engine = await freshEngine();
      const parent = newSession(engine);
      await store.createSession(parent);
      const { records } = play(parent.id, engine, ['I am sorry.']);
      await store.appendTurns(records);
      const branch = { ...newSession(engine), parentId: parent.id, branchedAt: 1 };
      await store.createBranch(branch);

      expect(await store.deleteSession(parent.id)).toBe(true);
      expect(await store.getSession(parent.id)).toBeNull();
      expect(await store.listTurns(parent.id)).toEqual([]);
      expect(await store.getSnapshotAfter(parent.id, 1)).toBeNull();
      expect(await store.deleteSession(parent.id)).toBe(false);
      expect(await store.getSession(branch.id)).toMatchObject({ parentId: null, turnCount: 1 });
      expect(await store.listTurns(branch.id)).toHaveLength(1);
    });
  });
}
