// Two real server processes (server/main.ts) on different ports sharing one fresh PostgreSQL
// database, the way a load balancer spreads one user's requests over several instances: a session
// started on A goes on at B, a WebSocket on B hears the turns taken on A, and replies sent to A and
// B at the same moment are both applied, one after the other. Skipped, saying why, without PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedSession, EndResult, SessionView, TurnResult } from '../../server/api-contract.js';
import { startSession, takeTurn } from '../../server/engine/index.js';
import { expectFrame, FrameClient, firstScenarioId, scenarios } from '../server/server-fixtures.js';
import {
  createTestDatabase,
  postgresUnavailableReason,
  type TestDatabase,
  warnSkipped,
} from '../store/postgres-test-database.js';
import { api, killServers, ServerProcess } from '../support/server-process.js';

const unavailable = await postgresUnavailableReason();
warnSkipped('two server instances on one PostgreSQL', unavailable);

/** Reads with retries: another instance learns of a change a few milliseconds after it is committed. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((wait) => setTimeout(wait, 50));
  }
}

describe.skipIf(unavailable !== null)('two server instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: ServerProcess;
  let b: ServerProcess;

  beforeAll(async () => {
    database = await createTestDatabase('instances');
    // Started together: both migrate the fresh database at once, which the migration lock makes safe.
    [a, b] = await Promise.all([
      ServerProcess.start({ databaseUrl: database.url }),
      ServerProcess.start({ databaseUrl: database.url }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await killServers(); // one that started while the other failed to
    await database?.drop();
  });

  async function create(on: ServerProcess, seed = 7, difficulty?: 'gentle'): Promise<CreatedSession> {
    const scenarioId = await firstScenarioId();
    const created = await api<CreatedSession>(on.address, 'POST', '/api/sessions', undefined, {
      scenarioId,
      seed,
      ...(difficulty ? { difficulty } : {}),
    });
    expect(created.status).toBe(201);
    return created.body;
  }

  const reply = (on: ServerProcess, session: CreatedSession, text: string) =>
    api<TurnResult>(on.address, 'POST', `/api/sessions/${session.id}/replies`, session.token, { text });

  const view = (on: ServerProcess, session: CreatedSession) =>
    api<SessionView>(on.address, 'GET', `/api/sessions/${session.id}`, session.token);

  async function watch(on: ServerProcess, session: CreatedSession): Promise<FrameClient> {
    const socket = await FrameClient.connect(on.address, session.id);
    socket.send({ type: 'hello', token: session.token });
    expectFrame(await socket.next(), 'session');
    return socket;
  }

  it('listen on different ports of one database, both healthy', async () => {
    expect(a.address).not.toBe(b.address);
    for (const server of [a, b])
      expect(await api(server.address, 'GET', '/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('a session started on A continues on B, and back on A, in one unbroken transcript', async () => {
    const session = await create(a);
    expect((await reply(a, session, 'Okay, A1.')).body.turn.index).toBe(1);

    const onB = await view(b, session);
    expect(onB.status).toBe(200);
    expect(onB.body.turns.map((t) => t.reply)).toEqual(['Okay, A1.']);
    expect((await reply(b, session, 'I see, B1.')).body.turn.index).toBe(2);
    // A held turn 1 in memory; its next reply still lands after B's.
    const back = await reply(a, session, 'Okay, A2.');
    expect(back.status).toBe(200);
    expect(back.body.turn.index).toBe(3);

    for (const server of [a, b]) {
      const seen = await eventually(
        () => view(server, session),
        (v) => v.body.turns.length === 3,
      );
      expect(seen.body.turns.map((t) => t.reply)).toEqual(['Okay, A1.', 'I see, B1.', 'Okay, A2.']);
    }
  });

  it('a WebSocket on B sees the turns taken on A, the end of the session and its deletion', async () => {
    const session = await create(a);
    const onB = await watch(b, session);

    const first = await reply(a, session, 'Okay, A1.');
    const second = await reply(a, session, 'I see, A2.');
    const turn1 = expectFrame(await onB.next(), 'turn');
    const turn2 = expectFrame(await onB.next(), 'turn');
    expect([turn1.turn, turn2.turn]).toEqual([first.body.turn, second.body.turn]);
    expect(turn2.partner).toEqual(second.body.partner);

    const ended = await api<EndResult>(a.address, 'POST', `/api/sessions/${session.id}/end`, session.token);
    expect(ended.status).toBe(200);
    expect(expectFrame(await onB.next(), 'report').report).toEqual(ended.body.report);

    expect((await api(a.address, 'DELETE', `/api/sessions/${session.id}`, session.token)).status).toBe(204);
    expect((await onB.closed).code).toBe(4404);
  });

  it('replies sent to A and B at the same moment are both applied, one after the other, none lost', async () => {
    // Which instance's reply lands first is up to the race, and while the partner waits for an answer
    // either reply may be a dodge; six dodges in a row must not end the conversation, which a gentle
    // partner (withdrawing after seven) guarantees whatever the order.
    const session = await create(a, 11, 'gentle');
    const watcher = await watch(b, session);
    const sent: string[] = [];
    for (let round = 1; round <= 3; round += 1) {
      const texts = [`Okay, A${round}.`, `I'm sorry, B${round}. I hurt you.`];
      sent.push(...texts);
      const [fromA, fromB] = await Promise.all([reply(a, session, texts[0] ?? ''), reply(b, session, texts[1] ?? '')]);
      expect([fromA.status, fromB.status]).toEqual([200, 200]);
      expect([fromA.body.turn.index, fromB.body.turn.index].sort((x, y) => x - y)).toEqual([2 * round - 1, 2 * round]);
    }

    const final = await eventually(
      () => view(b, session),
      (v) => v.body.turns.length === sent.length,
    );
    const turns = final.body.turns;
    expect(turns.map((t) => t.index)).toEqual(sent.map((_, i) => i + 1));
    expect(turns.map((t) => t.reply).sort()).toEqual([...sent].sort());

    // Not interleaved: the stored transcript is exactly what one server would produce taking these
    // replies in this order (the engine is deterministic for a scenario, seed and replies).
    const scenario = (await scenarios()).get(session.scenarioId);
    if (scenario === undefined) throw new Error('no scenario');
    let engine = startSession(scenario, session.seed, { difficulty: session.difficulty });
    for (const stored of turns) {
      const taken = takeTurn(engine, stored.reply);
      expect(JSON.parse(JSON.stringify(taken.turn))).toEqual(stored);
      engine = taken.session;
    }

    // The watcher on B heard every turn once, in order, whichever instance took it.
    const heard: number[] = [];
    while (heard.length < sent.length) heard.push(expectFrame(await watcher.next(), 'turn').turn.index);
    expect(heard).toEqual(sent.map((_, i) => i + 1));
    watcher.close();
  });

  it('WebSocket replies to A and B at once, with request ids, are applied once each and resendable anywhere', async () => {
    const session = await create(b, 13);
    const onA = await watch(a, session);
    const onB = await watch(b, session);
    onA.send({ type: 'reply', text: 'Okay, A1.', requestId: 'a-1' });
    onB.send({ type: 'reply', text: 'I see, B1.', requestId: 'b-1' });
    const heardA = [expectFrame(await onA.next(), 'turn'), expectFrame(await onA.next(), 'turn')];
    const heardB = [expectFrame(await onB.next(), 'turn'), expectFrame(await onB.next(), 'turn')];
    expect(heardA.map((f) => f.turn.index)).toEqual([1, 2]);
    expect(heardB.map((f) => f.turn)).toEqual(heardA.map((f) => f.turn));

    // A client whose connection to A dropped resends its reply through B: it gets the stored turn back.
    const mine = heardA.find((f) => f.requestId === 'a-1');
    onB.send({ type: 'reply', text: 'Okay, A1.', requestId: 'a-1' });
    const resent = expectFrame(await onB.next(), 'turn');
    expect(resent.turn).toEqual(mine?.turn);
    expect((await view(a, session)).body.turns).toHaveLength(2);
    onA.close();
    onB.close();
  });

  it('read after write: 50 times, a reply acknowledged by one instance is in the view, report and export the other gives next', async () => {
    const WALKS = 50;
    let stale = 0;
    for (let walk = 0; walk < WALKS; walk += 1) {
      const [first, second] = walk % 2 === 0 ? [a, b] : [b, a];
      const session = await create(first, 100 + walk);
      // The first instance holds the session in memory, at turn 1 ...
      expect((await reply(first, session, `Okay, walk ${walk}.`)).status).toBe(200);
      // ... the second takes turn 2 and acknowledges it ...
      expect((await reply(second, session, `I see, walk ${walk}.`)).status).toBe(200);
      // ... and the first is asked at once, in the same breath: every read must hold turn 2.
      const [seen, report, exported] = await Promise.all([
        view(first, session),
        api<{ turns: number }>(first.address, 'GET', `/api/sessions/${session.id}/report`, session.token),
        api<{ session: SessionView }>(first.address, 'GET', `/api/sessions/${session.id}/export`, session.token),
      ]);
      if (seen.body.turns.length !== 2 || report.body.turns !== 2 || exported.body.session.turns.length !== 2) {
        stale += 1;
      }
    }
    console.info(`[multi-instance] read after write across instances: ${WALKS} walks, ${stale} stale reads`);
    expect(stale).toBe(0);
  }, 60_000);

  it('a safety pause taken on A is lifted by a check-in on B, and a socket on A hears it', async () => {
    const session = await create(a);
    const socket = await watch(a, session);
    expect((await reply(a, session, 'i just want everything to stop')).body.turn.safety?.kind).toBe('self-harm');
    expectFrame(await socket.next(), 'turn');
    expect((await reply(b, session, 'I am sorry.')).status).toBe(409);
    const checkedIn = await api(b.address, 'POST', `/api/sessions/${session.id}/check-in`, session.token, {
      choice: 'continue',
    });
    expect(checkedIn.status).toBe(200);
    expect(expectFrame(await socket.next(), 'checked-in').safety.checkIn).toBe('continue');
    // A's cached copy was paused: it must have been dropped, so A takes the next reply.
    expect((await reply(a, session, 'I am sorry.')).body.turn.index).toBe(2);
    socket.close();
  });

  it('stop cleanly on SIGTERM, and neither logged a word anyone typed', async () => {
    expect(await Promise.all([a.stop('SIGTERM'), b.stop('SIGTERM')])).toEqual([0, 0]);
    const logs = a.output() + b.output();
    expect(logs).toContain('"msg":"stopped"');
    for (const typed of ['Okay, A1.', 'I see, B1.', 'A1', 'B1']) expect(logs).not.toContain(typed);
    expect(logs).not.toMatch(/"level":(40|50|60)/);
  });
});
