import { describe, expect, it, vi } from 'vitest';
import { type ReplyOutcome, SessionService } from '../../server/session-service.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import type { NewTurn } from '../../server/store/store.js';
import { firstScenarioId, scenarios } from './server-fixtures.js';

async function service(options: { cacheSize?: number; store?: SqliteStore } = {}) {
  const store = options.store ?? new SqliteStore(':memory:');
  return {
    store,
    sessions: new SessionService({ store, scenarios: await scenarios(), cacheSize: options.cacheSize }),
  };
}

describe('the session service', () => {
  it('commits the turns of many sessions arriving together in one transaction', async () => {
    const { store, sessions } = await service();
    const scenarioId = await firstScenarioId();
    const created = await Promise.all(Array.from({ length: 6 }, (_, i) => sessions.create({ scenarioId, seed: i })));
    const append = vi.spyOn(store, 'appendTurns');
    const outcomes = await Promise.all(created.map((s) => sessions.reply(s.id, { text: 'I am sorry.' })));
    expect(outcomes.every((o) => o.turn.index === 1)).toBe(true);
    expect(append).toHaveBeenCalledTimes(1);
    expect(append.mock.calls[0]?.[0]).toHaveLength(6);
  });

  it('stores sessions created together in one transaction, each before its creator hears of it', async () => {
    const { store, sessions } = await service();
    const scenarioId = await firstScenarioId();
    const create = vi.spyOn(store, 'createSessions');
    const created = await Promise.all(Array.from({ length: 5 }, (_, i) => sessions.create({ scenarioId, seed: i })));
    expect(create).toHaveBeenCalledTimes(1);
    for (const s of created) expect(await store.getSession(s.id)).not.toBeNull();
  });

  it('acknowledges a turn only after it is stored', async () => {
    const { store, sessions } = await service();
    const session = await sessions.create({ scenarioId: await firstScenarioId() });
    let committed = false;
    const original = store.appendTurns.bind(store);
    vi.spyOn(store, 'appendTurns').mockImplementation(async (turns: readonly NewTurn[]) => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await original(turns);
      committed = true;
    });
    const outcome = await sessions.reply(session.id, { text: 'I am sorry.' });
    expect(committed).toBe(true);
    expect((await store.listTurns(session.id)).map((t) => t.turn)).toEqual([outcome.turn]);
  });

  it('does not take a turn it could not store, and the session goes on from the stored state', async () => {
    const { store, sessions } = await service();
    const session = await sessions.create({ scenarioId: await firstScenarioId() });
    const append = vi.spyOn(store, 'appendTurns').mockRejectedValueOnce(new Error('disk full'));
    await expect(sessions.reply(session.id, { text: 'I am sorry.' })).rejects.toThrow('disk full');
    append.mockRestore();
    const outcome = await sessions.reply(session.id, { text: 'I am sorry.' });
    expect(outcome.turn.index).toBe(1);
    expect((await sessions.view(session.id)).turns).toHaveLength(1);
  });

  it('runs replies to one session one at a time, in the order they were asked', async () => {
    const { sessions } = await service();
    const session = await sessions.create({ scenarioId: await firstScenarioId() });
    // Filler alone would wear the partner into withdrawing before ten turns: every other reply owns it.
    const texts = Array.from({ length: 10 }, (_, i) =>
      i % 2 ? `I'm sorry (${i + 1}). I hurt you.` : `Reply ${i + 1}.`,
    );
    const outcomes: ReplyOutcome[] = await Promise.all(texts.map((text) => sessions.reply(session.id, { text })));
    expect(outcomes.map((o) => o.turn.index)).toEqual(texts.map((_, i) => i + 1));
    expect(outcomes.map((o) => o.turn.reply)).toEqual(texts);
  });

  it('reloads a session pushed out of memory and carries on exactly where it stood', async () => {
    const { sessions } = await service({ cacheSize: 1 });
    const scenarioId = await firstScenarioId();
    const a = await sessions.create({ scenarioId, seed: 5 });
    const b = await sessions.create({ scenarioId, seed: 5 });
    await sessions.reply(a.id, { text: 'I lied.', requestId: 'k1' });
    await sessions.reply(b.id, { text: 'I lied.' });
    const nextA = await sessions.reply(a.id, { text: 'What do you need?' });
    const nextB = await sessions.reply(b.id, { text: 'What do you need?' });
    expect(nextA.turn).toEqual(nextB.turn);
    const replay = await sessions.reply(b.id, { text: 'anything' });
    expect(replay.replayed).toBe(false);
    const again = await sessions.reply(a.id, { text: 'I lied.', requestId: 'k1' });
    expect(again).toMatchObject({ replayed: true, turn: { index: 1 } });
    expect((await sessions.view(a.id)).turns.map((t) => t.reply)).toEqual(['I lied.', 'What do you need?']);
    expect((await sessions.report(a.id)).turns).toBe(2);
  });

  it('finishes every turn accepted before close and refuses new ones', async () => {
    const { sessions } = await service();
    const session = await sessions.create({ scenarioId: await firstScenarioId() });
    const pending = [sessions.reply(session.id, { text: 'One.' }), sessions.reply(session.id, { text: 'Two.' })];
    await sessions.close();
    const done = await Promise.allSettled(pending);
    expect(done.map((d) => d.status)).toEqual(['fulfilled', 'fulfilled']);
    await expect(sessions.reply(session.id, { text: 'Three.' })).rejects.toMatchObject({ code: 'shutting_down' });
  });
});
