// The one contract every Store keeps, run against SQLite (in memory and on disk) and PostgreSQL
// alike: sessions, turns in order, snapshots, stale writes refused, branches, deletes; and what
// running several instances on one database relies on: token hashes only, one turn per request id,
// concurrent turns on one session applied one after the other, retention, and two app instances
// sharing the store without losing a reply. Each suite calls `describeStoreContract` with a way to
// open a fresh, empty store.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedSession, TurnResult } from '../../server/api-contract.js';
import type { App } from '../../server/app.js';
import { restoreSession, type Scenario, startSession } from '../../server/engine/index.js';
import { MIGRATIONS, type Migration } from '../../server/store/migrations.js';
import { type NewSession, type NewTurn, type Store, TurnConflictError } from '../../server/store/store.js';
import { createSession, makeApp } from '../server/server-fixtures.js';
import { firstScenario, freshEngine, newSession, nextTurn, plain, play } from './store-records.js';

export interface StoreUnderTest {
  store: Store;
  /** Everything the store wrote, as text, to search for what must never be stored. */
  dump(): Promise<string>;
}

/** Replies the partner neither repairs nor shuts down on: a session stays active through many of them. */
const STEADY_REPLIES = ['Okay.', 'I see.', 'Go on.', 'Tell me more.'];

/** Takes each reply on the session as stored right now, retrying when another writer got there first. */
async function writeReplies(store: Store, story: Scenario, sessionId: string, replies: string[]): Promise<number> {
  let conflicts = 0;
  for (const text of replies) {
    for (;;) {
      const stored = await store.getSession(sessionId);
      if (stored === null) throw new Error('session vanished');
      const record = nextTurn(sessionId, restoreSession(story, stored.snapshot), text);
      try {
        await store.appendTurns([record]);
        break;
      } catch (error) {
        if (!(error instanceof TurnConflictError)) throw error;
        conflicts += 1;
      }
    }
  }
  return conflicts;
}

export function describeStoreContract(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`${name} store contract`, () => {
    let subject: StoreUnderTest;
    let store: Store;
    const apps: App[] = [];

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      for (const app of apps.splice(0)) await app.close();
      await store.close();
    });

    it('answers a ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('gives back a created session as it was stored', async () => {
      const engine = await freshEngine();
      const session = newSession(engine);
      await store.createSessions([session]);
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
      await store.createSessions([session]);
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
      await store.createSessions([session]);
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
      await store.createSessions([a]);
      await store.createSessions([b]);
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

    it('creates many sessions in one call, or none of them when one cannot be stored', async () => {
      const engine = await freshEngine();
      const sessions = [newSession(engine), newSession(engine)];
      await store.createSessions(sessions);
      for (const s of sessions) expect((await store.getSession(s.id))?.turnCount).toBe(0);
      const fresh = newSession(engine);
      await expect(store.createSessions([fresh, sessions[0] as NewSession])).rejects.toThrow();
      expect(await store.getSession(fresh.id)).toBeNull();
    });

    it('commits turns of many sessions in one call', async () => {
      const engine = await freshEngine();
      const sessions = [newSession(engine), newSession(engine), newSession(engine)];
      for (const s of sessions) await store.createSessions([s]);
      const records = sessions.map((s) => nextTurn(s.id, engine, 'I am listening.'));
      await store.appendTurns(records);
      for (const s of sessions) expect(await store.listTurns(s.id)).toHaveLength(1);
    });

    it('changes status and snapshot outside a turn', async () => {
      const engine = await freshEngine();
      const session = newSession(engine);
      await store.createSessions([session]);
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
      await store.createSessions([session]);
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
      await store.createSessions([parent]);
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
      const next = nextTurn(branch.id, engine, 'x');
      await store.appendTurns([{ ...next, turn: { ...next.turn, index: 3 } }]);
      expect(await store.listTurns(branch.id)).toHaveLength(3);
    });

    it('deletes a session and its turns for good; branches stay, without a parent', async () => {
      const engine = await freshEngine();
      const parent = newSession(engine);
      await store.createSessions([parent]);
      await store.appendTurns([nextTurn(parent.id, engine, 'I am sorry.')]);
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

    it('keeps seeds across the whole range the engine uses', async () => {
      const story = await firstScenario();
      for (const seed of [-(2 ** 31), -1, 0, 2 ** 31 - 1]) {
        const engine = startSession(story, seed);
        const session = newSession(engine);
        await store.createSessions([session]);
        expect((await store.getSession(session.id))?.seed).toBe(engine.seed);
      }
    });

    it('applies a request id once per session: a repeat of it is refused and nothing is added', async () => {
      const engine = await freshEngine(3);
      const session = newSession(engine);
      const other = newSession(engine);
      await store.createSessions([session]);
      await store.createSessions([other]);
      const first = nextTurn(session.id, engine, 'Okay.', 'req-1');
      await store.appendTurns([first]);
      const after = restoreSession(engine.scenario, first.snapshot);
      await expect(store.appendTurns([nextTurn(session.id, after, 'I see.', 'req-1')])).rejects.toBeInstanceOf(
        TurnConflictError,
      );
      expect((await store.listTurns(session.id)).map((t) => t.requestId)).toEqual(['req-1']);
      expect(await store.listRequestIds(session.id)).toEqual([{ requestId: 'req-1', index: 1 }]);
      // The same key on another session is that session's own business.
      await store.appendTurns([nextTurn(other.id, engine, 'Okay.', 'req-1')]);
      expect(await store.listTurns(other.id)).toHaveLength(1);
    });

    it('when many writers take the same turn at once, exactly one is stored and the rest hear of the conflict', async () => {
      const engine = await freshEngine(5);
      const session = newSession(engine);
      await store.createSessions([session]);
      const attempts = STEADY_REPLIES.map((text) => store.appendTurns([nextTurn(session.id, engine, text)]));
      const outcomes = await Promise.allSettled(attempts);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(TurnConflictError);
      }
      expect((await store.listTurns(session.id)).map((t) => t.turn.index)).toEqual([1]);
    });

    it('two writers racing on one session each get every reply in, one turn after another, none lost', async () => {
      const engine = await freshEngine(9);
      const session = newSession(engine);
      await store.createSessions([session]);
      // Not all filler: a run of non-answers ends the session (the partner withdraws) before eight turns.
      const mine = ['Okay.', 'I did this, and I am sorry.', 'Go on.', 'That was my choice.'];
      const theirs = ['Tell me more.', 'I lied to you, and it hurt you.', 'I see.', 'It was on me.'];
      await Promise.all([
        writeReplies(store, engine.scenario, session.id, mine),
        writeReplies(store, engine.scenario, session.id, theirs),
      ]);
      const turns = (await store.listTurns(session.id)).map((t) => t.turn);
      expect(turns.map((t) => t.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(turns.map((t) => t.reply).sort()).toEqual([...mine, ...theirs].sort());
      // Each turn was taken on the state the one before it left.
      const stored = await store.getSession(session.id);
      expect(stored?.turnCount).toBe(8);
      expect(await store.getSnapshotAfter(session.id, 8)).toEqual(plain(stored?.snapshot));
    });

    it('retention deletes sessions created before the cutoff with their turns, and keeps newer ones and their branches', async () => {
      if (store.deleteSessionsCreatedBefore === undefined) throw new Error('this store has no retention');
      const engine = await freshEngine(4);
      const old = newSession(engine, { createdAt: '2020-01-01T00:00:00.000Z' });
      const recent = newSession(engine);
      await store.createSessions([old]);
      await store.createSessions([recent]);
      await store.appendTurns([nextTurn(old.id, engine, 'Okay.'), nextTurn(recent.id, engine, 'Okay.')]);
      const branch = { ...newSession(engine), parentId: old.id, branchedAt: 1 };
      await store.createBranch(branch);

      const deleted = await store.deleteSessionsCreatedBefore('2021-01-01T00:00:00.000Z');
      expect(deleted).toContain(old.id);
      expect(deleted).not.toContain(recent.id);
      expect(await store.getSession(old.id)).toBeNull();
      expect(await store.listTurns(old.id)).toEqual([]);
      expect(await store.getSession(recent.id)).toMatchObject({ turnCount: 1 });
      expect(await store.getSession(branch.id)).toMatchObject({ parentId: null, turnCount: 1 });
      expect(await store.deleteSessionsCreatedBefore('2021-01-01T00:00:00.000Z')).toEqual([]);
    });

    describe('behind the app', () => {
      async function instance(): Promise<App> {
        const { app } = await makeApp({ store });
        apps.push(app);
        return app;
      }

      async function reply(app: App, session: CreatedSession, text: string, key?: string) {
        const response = await app.inject({
          method: 'POST',
          url: `/api/sessions/${session.id}/replies`,
          headers: {
            authorization: `Bearer ${session.token}`,
            ...(key === undefined ? {} : { 'idempotency-key': key }),
          },
          payload: { text },
        });
        return { status: response.statusCode, body: response.json() as TurnResult };
      }

      it('keeps only a hash of each session token, never the token', async () => {
        const app = await instance();
        const session = await createSession(app);
        expect((await reply(app, session, 'I am sorry.')).status).toBe(200);
        const stored = await store.getSession(session.id);
        expect(stored?.tokenHash).toBe(createHash('sha256').update(session.token).digest('hex'));
        expect(await subject.dump()).not.toContain(session.token);
      });

      it('two app instances on one store: a reply to either lands after the turns the other took', async () => {
        const a = await instance();
        const b = await instance();
        const session = await createSession(a);
        expect((await reply(a, session, 'Okay.')).body.turn.index).toBe(1);
        // B has never seen the session: it reads it from the store and goes on from turn 1.
        expect((await reply(b, session, 'I see.')).body.turn.index).toBe(2);
        // A still holds turn 1 in memory: its write conflicts, it reloads, and the reply becomes turn 3.
        const third = await reply(a, session, 'Go on.');
        expect(third.status).toBe(200);
        expect(third.body.turn.index).toBe(3);
        // Sent to both at once: both applied, one after the other.
        const [fromA, fromB] = await Promise.all([reply(a, session, 'Tell me more.'), reply(b, session, 'Okay.')]);
        expect([fromA.status, fromB.status]).toEqual([200, 200]);
        expect([fromA.body.turn.index, fromB.body.turn.index].sort()).toEqual([4, 5]);
        const turns = (await store.listTurns(session.id)).map((t) => t.turn);
        expect(turns.map((t) => t.index)).toEqual([1, 2, 3, 4, 5]);
        expect(turns.slice(0, 3).map((t) => t.reply)).toEqual(['Okay.', 'I see.', 'Go on.']);
      });

      it('two app instances on one store: a reply resent to the other instance is not applied twice', async () => {
        const a = await instance();
        const b = await instance();
        const session = await createSession(a);
        await reply(b, session, 'Okay.'); // B caches the session at turn 1
        const first = await reply(a, session, 'I see.', 'resend-me');
        const again = await reply(b, session, 'I see.', 'resend-me');
        expect(again.status).toBe(200);
        expect(again.body.turn).toEqual(first.body.turn);
        expect(await store.listTurns(session.id)).toHaveLength(2);
      });
    });
  });
}

/**
 * Migration 3 (the `withdrawn` status): a database written before it keeps every session, turn and
 * snapshot, its references still hold (deleting a session still takes its turns, a branch still
 * outlives its parent), and afterwards a withdrawn session round-trips. `database()` makes a new,
 * empty database and returns a way to open it with a given list of migrations (default: all).
 */
export function describeWithdrawnMigration(
  name: string,
  database: () => Promise<(migrations?: readonly Migration[]) => Promise<Store>>,
): void {
  describe(`${name}: migration 3 (withdrawn)`, () => {
    it('keeps the rows written before it, references included, and then stores a withdrawn session', async () => {
      const open = await database();
      const before = await open(MIGRATIONS.filter((migration) => migration.version < 3));
      const engine = await freshEngine(21);
      const parent = newSession(engine);
      await before.createSessions([parent]);
      const { records, engine: after } = play(parent.id, engine, ['I lied to you.', 'I see.'], ['r1', null]);
      await before.appendTurns(records);
      const branch = { ...newSession(engine), parentId: parent.id, branchedAt: 1 };
      await before.createBranch(branch);
      const kept = {
        session: await before.getSession(parent.id),
        turns: await before.listTurns(parent.id),
        snapshot: await before.getSnapshotAfter(parent.id, 2),
        branch: await before.getSession(branch.id),
      };
      await before.close();

      const store = await open();
      try {
        expect(await store.getSession(parent.id)).toEqual(kept.session);
        expect(await store.listTurns(parent.id)).toEqual(kept.turns);
        expect(await store.getSnapshotAfter(parent.id, 2)).toEqual(kept.snapshot);
        expect(plain(kept.snapshot)).toEqual(plain(after.snapshot));
        expect(await store.getSession(branch.id)).toEqual(kept.branch);

        const quiet = newSession(await freshEngine(22));
        await store.createSessions([quiet]);
        const filler = Array.from({ length: 30 }, () => 'ok');
        let current = await freshEngine(22);
        const turns: NewTurn[] = [];
        for (const text of filler) {
          if (current.status !== 'active') break;
          const step = play(quiet.id, current, [text]);
          turns.push(...step.records);
          current = step.engine;
        }
        expect(current.status).toBe('withdrawn');
        await store.appendTurns(turns);
        expect((await store.getSession(quiet.id))?.status).toBe('withdrawn');
        expect((await store.listTurns(quiet.id)).at(-1)?.turn.status).toBe('withdrawn');

        // The rebuilt tables kept their references: a delete still takes the turns, and the branch stays.
        expect(await store.deleteSession(parent.id)).toBe(true);
        expect(await store.listTurns(parent.id)).toEqual([]);
        expect((await store.getSession(branch.id))?.parentId).toBeNull();
      } finally {
        await store.close();
      }
    });
  });
}
