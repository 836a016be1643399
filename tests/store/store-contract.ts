// The one contract every Store keeps, run against SQLite and PostgreSQL alike. It is the server's
// own store contract (sessions, turns in order, snapshots, branches, deletes) plus what running
// several instances on one database relies on: token hashes only, one turn per request id,
// concurrent turns on one session applied one after the other, retention, and two app instances
// sharing the store without losing a reply.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedSession, TurnResult } from '../../server/api-contract.js';
import { type App, buildApp } from '../../server/app.js';
import {
  type EngineSession,
  restoreSession,
  type Scenario,
  startSession,
  takeTurn,
} from '../../server/engine/index.js';
import { type NewSession, type NewTurn, type Store, TurnConflictError } from '../../server/store/store.js';
import { firstScenarioId, scenarios } from '../server/server-fixtures.js';
import { describeStoreContract as describeServerStoreContract } from '../server/store-contract.js';

export interface StoreUnderTest {
  store: Store;
  /** Everything the store wrote, as text, to search for what must never be stored. */
  dump(): Promise<string>;
}

/** Replies the partner neither repairs nor shuts down on: a session stays active through many of them. */
const STEADY_REPLIES = ['Okay.', 'I see.', 'Go on.', 'Tell me more.'];

let counter = 0;
const uniqueId = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${++counter}`;

async function scenario(): Promise<Scenario> {
  const found = (await scenarios()).get(await firstScenarioId());
  if (found === undefined) throw new Error('no scenario');
  return found;
}

function newSession(engine: EngineSession, overrides: Partial<NewSession> = {}): NewSession {
  return {
    id: uniqueId('session'),
    tokenHash: 'cd'.repeat(32),
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

function nextTurn(sessionId: string, engine: EngineSession, text: string, requestId: string | null = null): NewTurn {
  const { turn, session } = takeTurn(engine, text);
  return {
    sessionId,
    turn,
    snapshot: session.snapshot,
    status: session.status,
    requestId,
    createdAt: new Date().toISOString(),
  };
}

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
  describeServerStoreContract(name, async () => (await open()).store);

  describe(`${name} store, shared by several instances`, () => {
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

    async function instance(): Promise<App> {
      const app = await buildApp({
        store,
        scenarios: await scenarios(),
        rateLimitPerMinute: 0,
        clientDir: '/nonexistent-client-dir',
      });
      apps.push(app);
      return app;
    }

    async function reply(app: App, session: CreatedSession, text: string, key?: string) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/replies`,
        headers: { authorization: `Bearer ${session.token}`, ...(key === undefined ? {} : { 'idempotency-key': key }) },
        payload: { text },
      });
      return { status: response.statusCode, body: response.json() as TurnResult };
    }

    async function create(app: App): Promise<CreatedSession> {
      const response = await app.inject({
        method: 'POST',
        url: '/api/sessions',
        payload: { scenarioId: await firstScenarioId(), seed: 7 },
      });
      expect(response.statusCode).toBe(201);
      return response.json() as CreatedSession;
    }

    it('keeps only a hash of each session token, never the token', async () => {
      const app = await instance();
      const session = await create(app);
      await reply(app, session, 'I am sorry.');
      const stored = await store.getSession(session.id);
      expect(stored?.tokenHash).toBe(createHash('sha256').update(session.token).digest('hex'));
      expect(await subject.dump()).not.toContain(session.token);
    });

    it('keeps seeds across the whole range the engine uses', async () => {
      const story = await scenario();
      for (const seed of [-(2 ** 31), -1, 0, 2 ** 31 - 1]) {
        const engine = startSession(story, seed);
        const session = newSession(engine);
        await store.createSession(session);
        expect((await store.getSession(session.id))?.seed).toBe(engine.seed);
      }
    });

    it('applies a request id once per session: a repeat of it is refused and nothing is added', async () => {
      const engine = startSession(await scenario(), 3);
      const session = newSession(engine);
      const other = newSession(engine);
      await store.createSession(session);
      await store.createSession(other);
      const first = nextTurn(session.id, engine, 'Okay.', 'req-1');
      await store.appendTurns([first]);
      const after = restoreSession(engine.scenario, first.snapshot);
      await expect(store.appendTurns([nextTurn(session.id, after, 'I see.', 'req-1')])).rejects.toBeInstanceOf(
        TurnConflictError,
      );
      expect((await store.listTurns(session.id)).map((t) => t.requestId)).toEqual(['req-1']);
      // The same key on another session is that session's own business.
      await store.appendTurns([nextTurn(other.id, engine, 'Okay.', 'req-1')]);
      expect(await store.listTurns(other.id)).toHaveLength(1);
    });

    it('when many writers take the same turn at once, exactly one is stored and the rest hear of the conflict', async () => {
      const engine = startSession(await scenario(), 5);
      const session = newSession(engine);
      await store.createSession(session);
      const attempts = STEADY_REPLIES.map((text) => store.appendTurns([nextTurn(session.id, engine, text)]));
      const outcomes = await Promise.allSettled(attempts);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(TurnConflictError);
      }
      expect((await store.listTurns(session.id)).map((t) => t.turn.index)).toEqual([1]);
    });

    it('two writers racing on one session each get every reply in, one turn after another, none lost', async () => {
      const story = await scenario();
      const engine = startSession(story, 9);
      const session = newSession(engine);
      await store.createSession(session);
      const mine = ['Okay.', 'I see.', 'Go on.', 'Tell me more.'];
      const theirs = ['Tell me more.', 'Go on.', 'I see.', 'Okay.'];
      await Promise.all([writeReplies(store, story, session.id, mine), writeReplies(store, story, session.id, theirs)]);
      const turns = (await store.listTurns(session.id)).map((t) => t.turn);
      expect(turns.map((t) => t.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(turns.map((t) => t.reply).sort()).toEqual([...mine, ...theirs].sort());
      // Each turn was taken on the state the one before it left.
      const stored = await store.getSession(session.id);
      expect(stored?.turnCount).toBe(8);
      expect(await store.getSnapshotAfter(session.id, 8)).toEqual(JSON.parse(JSON.stringify(stored?.snapshot)));
    });

    it('retention deletes sessions created before the cutoff with their turns, and keeps newer ones and their branches', async () => {
      if (store.deleteSessionsCreatedBefore === undefined) throw new Error('this store has no retention');
      const engine = startSession(await scenario(), 4);
      const old = newSession(engine, { createdAt: '2020-01-01T00:00:00.000Z' });
      const recent = newSession(engine);
      await store.createSession(old);
      await store.createSession(recent);
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

    it('two app instances on one store: a reply to either lands after the turns the other took', async () => {
      const a = await instance();
      const b = await instance();
      const session = await create(a);
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
      const session = await create(a);
      await reply(b, session, 'Okay.'); // B caches the session at turn 1
      const first = await reply(a, session, 'I see.', 'resend-me');
      const again = await reply(b, session, 'I see.', 'resend-me');
      expect(again.status).toBe(200);
      expect(again.body.turn).toEqual(first.body.turn);
      expect(await store.listTurns(session.id)).toHaveLength(2);
    });
  });
}
