// The same scenario, seed and replies give the same conversation in the engine, over HTTP and over
// the WebSocket, and a rewind replays the rest exactly: with questions answered and dodged, facts
// told, promises quoted, a crisis reply and its check-in. The replies come from a seeded mixed
// player run in the engine; then the server plays them back.
import { afterAll, describe, expect, it } from 'vitest';
import type { CreatedSession, Turn, TurnResult } from '../../server/api-contract.js';
import type { App } from '../../server/app.js';
import { autoplay, mixed } from '../../server/engine/conversation/autoplay.js';
import { checkIn, type Scenario, startSession, takeTurn } from '../../server/engine/index.js';
import {
  bearer,
  createSession,
  expectFrame,
  FrameClient,
  listen,
  makeApp,
  scenarios,
} from '../server/server-fixtures.js';

const CRISIS = 'I want to kill myself';
const apps: App[] = [];
afterAll(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** The replies a seeded mixed player sends, with a crisis reply put in at turn 4. */
function repliesFor(scenario: Scenario, seed: number): { replies: string[] } {
  const replies = autoplay(scenario, seed, mixed, { turns: 14 }).turns.map((turn) => turn.reply);
  replies.splice(3, 0, CRISIS);
  return { replies };
}

/** The same replies played in-process, checking in after a crisis reply. */
function inEngine(scenario: Scenario, seed: number, replies: string[]): Turn[] {
  let session = startSession(scenario, seed);
  const turns: Turn[] = [];
  for (const text of replies) {
    if (session.status !== 'active') break;
    const result = takeTurn(session, text);
    turns.push(result.turn);
    session = result.turn.safety ? checkIn(result.session, 'continue') : result.session;
  }
  return turns;
}

async function app(): Promise<App> {
  const made = (await makeApp()).app;
  apps.push(made);
  return made;
}

/** Plays the replies over HTTP (checking in after a crisis reply); the raw answers and the turns. */
async function overHttp(target: App, session: CreatedSession, replies: string[]) {
  const bodies: string[] = [];
  for (const text of replies) {
    const response = await target.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/replies`,
      headers: bearer(session.token),
      payload: { text },
    });
    if (response.statusCode === 409 && response.json().error.code === 'session_ended') break;
    expect(response.statusCode, response.body).toBe(200);
    bodies.push(response.body);
    const result = response.json() as TurnResult;
    if (result.turn.safety)
      await target.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/check-in`,
        headers: bearer(session.token),
        payload: { choice: 'continue' },
      });
    if (result.status !== 'active') break;
  }
  return { bodies, turns: bodies.map((body) => (JSON.parse(body) as TurnResult).turn) };
}

async function overWebSocket(target: App, session: CreatedSession, replies: string[]): Promise<Turn[]> {
  const client = await FrameClient.connect(await listen(target), session.id);
  try {
    client.send({ type: 'hello', token: session.token });
    expectFrame(await client.next(), 'session');
    const turns: Turn[] = [];
    for (const [i, text] of replies.entries()) {
      client.send({ type: 'reply', text, requestId: `r${i}` });
      const frame = await client.next();
      if (frame.type === 'error') break;
      const turn = expectFrame(frame, 'turn').turn;
      turns.push(turn);
      if (turn.safety) {
        client.send({ type: 'check-in', choice: 'continue' });
        expectFrame(await client.next(), 'checked-in');
      }
      if (turn.status !== 'active') break;
    }
    return turns;
  } finally {
    client.close();
  }
}

describe('a seeded conversation, in the engine, over HTTP and over the WebSocket', () => {
  it.each(['hidden-debt', 'ex-contact', 'suit-every-morning'])('%s plays out the same everywhere', async (id) => {
    const scenario = (await scenarios()).get(id);
    if (!scenario) throw new Error(`no scenario ${id}`);
    const seed = 17;
    const { replies } = repliesFor(scenario, seed);
    const engine = inEngine(scenario, seed, replies);

    const first = await app();
    const second = await app();
    const a = await createSession(first, { scenarioId: id, seed });
    const b = await createSession(second, { scenarioId: id, seed });
    expect(JSON.stringify(a.opening)).toBe(JSON.stringify(b.opening));
    const httpA = await overHttp(first, a, replies);
    const httpB = await overHttp(second, b, replies);
    expect(httpA.bodies.length).toBeGreaterThan(4);
    expect(httpB.bodies).toEqual(httpA.bodies);
    expect(httpA.turns.some((turn) => turn.safety)).toBe(true);
    expect(httpA.turns.some((turn) => turn.understood?.answered || turn.understood?.dodged)).toBe(true);
    expect(httpA.turns).toEqual(JSON.parse(JSON.stringify(engine)));

    const third = await app();
    const socket = await overWebSocket(third, await createSession(third, { scenarioId: id, seed }), replies);
    expect(socket).toEqual(httpA.turns);

    // Rewound to turn 5 and played on with the same replies: the same turns, to the byte.
    const rewound = await first.inject({
      method: 'POST',
      url: `/api/sessions/${a.id}/rewind`,
      headers: bearer(a.token),
      payload: { turn: 5 },
    });
    expect(rewound.statusCode).toBe(201);
    const branch = rewound.json() as CreatedSession;
    const rest = await overHttp(first, branch, replies.slice(5, httpA.turns.length));
    expect(rest.bodies).toEqual(httpA.bodies.slice(5));
  });
});
