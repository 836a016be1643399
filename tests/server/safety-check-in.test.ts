// A crisis reply pauses the session over HTTP and over the WebSocket alike: the turn is marked
// `safety`, further replies get 409 safety_check_in_required, and the check-in either resumes the
// practice (continue) or ends it gently with the region's lines (help). Exports keep the pause
// but not the words.
import { afterEach, describe, expect, it } from 'vitest';
import type {
  CheckInResult,
  CreatedSession,
  CrisisLinesResult,
  SessionView,
  TranscriptExport,
  TurnResult,
} from '../../server/api-contract.js';
import type { App } from '../../server/app.js';
import { bearer, createSession, expectFrame, FrameClient, listen, makeApp } from './server-fixtures.js';

const CRISIS = "honestly i've been saving up my pills in the drawer";
const SORRY = "I'm sorry I lied to you. That was my choice.";

let app: App | undefined;
const clients: FrameClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await app?.close();
  app = undefined;
});

async function start(): Promise<{ app: App; session: CreatedSession }> {
  ({ app } = await makeApp());
  return { app, session: await createSession(app) };
}

const reply = (a: App, s: CreatedSession, text: string) =>
  a.inject({ method: 'POST', url: `/api/sessions/${s.id}/replies`, headers: bearer(s.token), payload: { text } });
const checkIn = (a: App, s: CreatedSession, payload: Record<string, unknown>) =>
  a.inject({ method: 'POST', url: `/api/sessions/${s.id}/check-in`, headers: bearer(s.token), payload });
const view = async (a: App, s: CreatedSession) =>
  (await a.inject({ url: `/api/sessions/${s.id}`, headers: bearer(s.token) })).json() as SessionView;

describe('over HTTP', () => {
  it('flag -> pause -> check-in "continue" -> the practice resumes', async () => {
    const { app, session } = await start();
    const flagged = await reply(app, session, CRISIS);
    expect(flagged.statusCode).toBe(200);
    const turn = (flagged.json() as TurnResult).turn;
    expect(turn.safety?.kind).toBe('self-harm');
    expect(turn.partner).toEqual(session.partner);
    expect((await view(app, session)).safety).toEqual({ pausedAt: 1, kind: 'self-harm' });

    const refused = await reply(app, session, SORRY);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('safety_check_in_required');
    const hint = await app.inject({ url: `/api/sessions/${session.id}/hint`, headers: bearer(session.token) });
    expect(hint.json().error.code).toBe('safety_check_in_required');

    const answer = await checkIn(app, session, { choice: 'continue', region: 'GB' });
    expect(answer.statusCode).toBe(200);
    const result = answer.json() as CheckInResult;
    expect(result).toMatchObject({ status: 'active', safety: { pausedAt: 1, kind: 'self-harm', checkIn: 'continue' } });

    const resumed = await reply(app, session, SORRY);
    expect(resumed.statusCode).toBe(200);
    const next = (resumed.json() as TurnResult).turn;
    expect(next.index).toBe(2);
    expect(next.safety).toBeUndefined();
    expect(next.partner.line).not.toBe(session.partner.line);
  });

  it('flag -> "I need help now" -> the region\'s lines -> the practice has ended', async () => {
    const { app, session } = await start();
    await reply(app, session, 'i just want everything to stop');
    const answer = await checkIn(app, session, { choice: 'help', region: 'uk' });
    expect(answer.statusCode).toBe(200);
    const result = answer.json() as CheckInResult;
    expect(result.status).toBe('ended');
    expect(result.safety.checkIn).toBe('help');
    expect(result.lines.map((line) => line.number)).toEqual(expect.arrayContaining(['999', '116 123']));
    expect(result.lines.every((line) => line.source.startsWith('https://') && line.checked !== '')).toBe(true);

    expect((await reply(app, session, SORRY)).json().error.code).toBe('session_ended');
    const report = await app.inject({ url: `/api/sessions/${session.id}/report`, headers: bearer(session.token) });
    expect(report.json().status).toBe('ended');
    expect((await view(app, session)).safety).toEqual({ pausedAt: 1, kind: 'self-harm', checkIn: 'help' });
    // A repeated answer (a retry) gets the same answer and changes nothing.
    const again = await checkIn(app, session, { choice: 'help' });
    expect(again.statusCode).toBe(200);
    expect((again.json() as CheckInResult).lines).toEqual([]);
  });

  it('refuses a check-in with nothing paused, a changed answer, and a bad body', async () => {
    const { app, session } = await start();
    const none = await checkIn(app, session, { choice: 'continue' });
    expect(none.statusCode).toBe(409);
    expect(none.json().error.code).toBe('no_check_in_pending');
    await reply(app, session, CRISIS);
    expect((await checkIn(app, session, { choice: 'maybe' })).statusCode).toBe(400);
    expect((await checkIn(app, session, {})).statusCode).toBe(400);
    expect((await checkIn(app, session, { choice: 'continue' })).statusCode).toBe(200);
    expect((await checkIn(app, session, { choice: 'help' })).json().error.code).toBe('no_check_in_pending');
  });

  it('marks a threat used as leverage on the turn', async () => {
    const { app, session } = await start();
    const turn = ((await reply(app, session, "if you leave me i'll kill myself")).json() as TurnResult).turn;
    expect(turn.safety).toMatchObject({ kind: 'self-harm', leverage: true });
    expect(turn.feedback.summary).toMatch(/threat/);
  });

  it('exports say the practice paused for safety, without repeating the words', async () => {
    const { app, session } = await start();
    await reply(app, session, SORRY);
    await reply(app, session, CRISIS);
    await checkIn(app, session, { choice: 'continue' });
    const url = `/api/sessions/${session.id}/export`;
    const json = await app.inject({ url: `${url}?format=json`, headers: bearer(session.token) });
    const markdown = await app.inject({ url: `${url}?format=markdown`, headers: bearer(session.token) });
    for (const body of [json.body, markdown.body]) {
      expect(body).not.toMatch(/pills|drawer/);
      expect(body).toContain(SORRY);
      expect(body).toMatch(/paused for safety/);
    }
    const exported = json.json() as TranscriptExport;
    expect(exported.session.turns[1]?.safety?.kind).toBe('self-harm');
    expect(exported.session.safety).toEqual({ pausedAt: 2, kind: 'self-harm', checkIn: 'continue' });
    expect(markdown.body).toContain('Paused for safety after reply 2: you said you were safe and went on.');
    // The live session (on this machine, behind its token) still has the words: the person wrote them.
    expect((await view(app, session)).turns[1]?.reply).toBe(CRISIS);
  });
});

describe('GET /api/crisis-lines', () => {
  it("lists a region's lines that fit the notice, with every region named", async () => {
    ({ app } = await makeApp());
    const answer = (
      await app.inject({ url: '/api/crisis-lines?region=ie&kind=being-harmed' })
    ).json() as CrisisLinesResult;
    expect(answer.region).toBe('IE');
    expect(answer.lines[0]?.number).toBe('112 or 999');
    expect(answer.lines.map((line) => line.name)).toContain("Women's Aid National Freephone Helpline");
    expect(Object.keys(answer.regions)).toEqual(['GB', 'IE', 'US', 'CA', 'AU', 'NZ']);
  });

  it('gives no lines for a region it has none for', async () => {
    ({ app } = await makeApp());
    const answer = (await app.inject({ url: '/api/crisis-lines?region=FR' })).json() as CrisisLinesResult;
    expect(answer).toMatchObject({ region: null, lines: [] });
  });
});

describe('over the WebSocket', () => {
  async function open(): Promise<{ session: CreatedSession; sockets: FrameClient[] }> {
    const { app: started, session } = await start();
    const address = await listen(started);
    const sockets: FrameClient[] = [];
    for (let i = 0; i < 2; i++) {
      const socket = await FrameClient.connect(address, session.id);
      clients.push(socket);
      socket.send({ type: 'hello', token: session.token });
      expectFrame(await socket.next(), 'session');
      sockets.push(socket);
    }
    return { session, sockets };
  }

  it('flag -> pause -> check-in frame "continue" -> every socket hears it -> replies go on', async () => {
    const { sockets } = await open();
    const [mine, other] = sockets as [FrameClient, FrameClient];
    mine.send({ type: 'reply', text: 'ive been thinking about driving the car into the river', requestId: 'r1' });
    for (const socket of sockets) expect(expectFrame(await socket.next(), 'turn').turn.safety?.kind).toBe('self-harm');

    mine.send({ type: 'reply', text: SORRY, requestId: 'r2' });
    const refused = expectFrame(await mine.next(), 'error');
    expect(refused).toMatchObject({ code: 'safety_check_in_required', requestId: 'r2' });

    mine.send({ type: 'check-in', choice: 'continue' });
    for (const socket of sockets) {
      expect(expectFrame(await socket.next(), 'checked-in')).toMatchObject({
        status: 'active',
        safety: { pausedAt: 1, checkIn: 'continue' },
      });
    }
    mine.send({ type: 'reply', text: SORRY, requestId: 'r3' });
    expect(expectFrame(await other.next(), 'turn').turn.index).toBe(2);
  });

  it('flag -> check-in frame "help" -> checked-in (ended) and the report', async () => {
    const { sockets } = await open();
    const [mine] = sockets as [FrameClient];
    mine.send({ type: 'reply', text: 'I want to die', requestId: 'r1' });
    expectFrame(await mine.next(), 'turn');
    mine.send({ type: 'check-in', choice: 'help' });
    expect(expectFrame(await mine.next(), 'checked-in')).toMatchObject({
      status: 'ended',
      safety: { checkIn: 'help' },
    });
    expect(expectFrame(await mine.next(), 'report').report.status).toBe('ended');
  });

  it('answers a malformed check-in frame with bad_frame and keeps the connection', async () => {
    const { sockets } = await open();
    const [mine] = sockets as [FrameClient];
    mine.send({ type: 'check-in', choice: 'later' });
    expect(expectFrame(await mine.next(), 'error').code).toBe('bad_frame');
    mine.send({ type: 'check-in', choice: 'continue' });
    expect(expectFrame(await mine.next(), 'error').code).toBe('no_check_in_pending');
  });
});
