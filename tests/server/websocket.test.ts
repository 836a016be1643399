import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession } from '../../server/api-contract.js';
import type { App, AppOptions } from '../../server/app.js';
import { bearer, createSession, expectFrame, FrameClient, listen, makeApp } from './server-fixtures.js';

let app: App | undefined;
const clients: FrameClient[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await app?.close();
  app = undefined;
});

async function start(options: Partial<AppOptions> = {}): Promise<{ address: string; session: CreatedSession }> {
  ({ app } = await makeApp(options));
  const session = await createSession(app);
  return { address: await listen(app), session };
}

async function connect(address: string, session: CreatedSession, hello = true): Promise<FrameClient> {
  const client = await FrameClient.connect(address, session.id);
  clients.push(client);
  if (hello) {
    client.send({ type: 'hello', token: session.token });
    const frame = expectFrame(await client.next(), 'session');
    expect(frame.session.id).toBe(session.id);
  }
  return client;
}

describe('the hello frame', () => {
  it('answers a valid hello with the whole session', async () => {
    const { address, session } = await start();
    const client = await connect(address, session, false);
    client.send({ type: 'hello', token: session.token });
    const frame = expectFrame(await client.next(), 'session');
    expect(frame.session).toMatchObject({ id: session.id, status: 'active', turns: [], partner: session.partner });
    expect(JSON.stringify(frame)).not.toContain(session.token);
  });

  it('closes with 4401 when no hello arrives within 5 seconds', async () => {
    const { address, session } = await start();
    const client = await connect(address, session, false);
    const started = Date.now();
    const closed = await client.closed;
    expect(closed.code).toBe(4401);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('closes with 4401 on a wrong token, or another session’s token', async () => {
    const { address, session } = await start();
    const other = await createSession(app as App);
    for (const token of ['wrong', other.token]) {
      const client = await connect(address, session, false);
      client.send({ type: 'hello', token });
      expect((await client.closed).code).toBe(4401);
    }
  });

  it('asks for hello first when a reply comes before it, then works normally', async () => {
    const { address, session } = await start();
    const client = await connect(address, session, false);
    client.send({ type: 'reply', text: 'I am sorry.', requestId: 'early' });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'hello_required', requestId: 'early' });
    client.send({ type: 'hello', token: session.token });
    expectFrame(await client.next(), 'session');
    client.send({ type: 'reply', text: 'I am sorry.', requestId: 'r1' });
    expect(await client.next()).toMatchObject({ type: 'turn', requestId: 'r1', turn: { index: 1 } });
  });
});

describe('replies over the socket', () => {
  it('takes a turn and answers with the turn, the status and the partner', async () => {
    const { address, session } = await start();
    const client = await connect(address, session);
    client.send({ type: 'reply', text: 'I lied to you, and I am sorry.', requestId: 'a' });
    const frame = expectFrame(await client.next(), 'turn');
    expect(frame).toMatchObject({ requestId: 'a', turn: { index: 1, reply: 'I lied to you, and I am sorry.' } });
    expect(frame.partner).toEqual(frame.turn.partner);
    expect(frame.status).toBe(frame.turn.status);
  });

  it('records a reply sent from a hint', async () => {
    const { address, session } = await start();
    const client = await connect(address, session);
    client.send({ type: 'reply', text: 'I am here. Ask me anything.', hinted: true });
    expect(expectFrame(await client.next(), 'turn').turn.hinted).toBe(true);
  });

  it('answers bad frames with error frames and keeps the session usable', async () => {
    const { address, session } = await start();
    const client = await connect(address, session);
    const bad: Array<[unknown, string]> = [
      ['not json at all', 'bad_frame'],
      ['[1, 2]', 'bad_frame'],
      [{ type: 'shout', requestId: 'x1' }, 'bad_frame'],
      [{ type: 'reply', requestId: 'x2' }, 'bad_frame'],
      [{ type: 'reply', text: 42, requestId: 'x3' }, 'bad_frame'],
      [{ type: 'reply', text: '   ', requestId: 'x4' }, 'empty_reply'],
      [{ type: 'reply', text: 'a'.repeat(2001), requestId: 'x5' }, 'reply_too_long'],
      [{ type: 'hello', token: session.token }, 'bad_frame'],
    ];
    for (const [frame, code] of bad) {
      client.send(frame);
      const answer = expectFrame(await client.next(), 'error');
      expect(answer.code).toBe(code);
      expect(answer.message.length).toBeGreaterThan(0);
      const requestId = (frame as { requestId?: string }).requestId;
      if (requestId !== undefined) expect(answer.requestId).toBe(requestId);
    }
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'bad_frame' });

    client.send({ type: 'reply', text: 'I am still here.', requestId: 'ok' });
    expect(await client.next()).toMatchObject({ type: 'turn', requestId: 'ok', turn: { index: 1 } });
  });

  it('refuses a requestId that is not 1 to 128 visible ASCII characters, and never echoes it', async () => {
    const { address, session } = await start();
    const client = await connect(address, session);
    for (const requestId of ['a\u0000b', 'has space', 'tab\there', 'é', '😶', '\u202eevil', '', 'x'.repeat(129)]) {
      client.send({ type: 'reply', text: 'I am listening.', requestId });
      const answer = expectFrame(await client.next(), 'error');
      expect(answer.code).toBe('bad_frame');
      expect(answer.requestId).toBeUndefined();
    }
    client.send({ type: 'reply', text: 'I am listening.', requestId: 'Aa0-_.~:/+=!x'.padEnd(128, 'z') });
    expect(expectFrame(await client.next(), 'turn').turn.index).toBe(1);
  });

  it('ignores unknown fields in a frame', async () => {
    const { address, session } = await start();
    const client = await connect(address, session);
    client.send('{"type":"reply","text":"I chose this.","index":99,"status":"ended","__proto__":{"hinted":true}}');
    const frame = expectFrame(await client.next(), 'turn');
    expect(frame.turn.index).toBe(1);
    expect(frame.turn.hinted).toBeUndefined();
    expect(frame.status).not.toBe('ended');
  });

  it('processes a burst of replies strictly in order, one turn each', async () => {
    const { address, session } = await start();
    const client = await connect(address, session);
    // Filler alone would wear the partner into withdrawing: every other reply owns it.
    const texts = Array.from({ length: 8 }, (_, i) =>
      i % 2 ? `I'm sorry (${i + 1}). I hurt you.` : `Reply number ${i + 1}: I hear you.`,
    );
    for (const [i, text] of texts.entries()) client.send({ type: 'reply', text, requestId: `burst-${i + 1}` });
    for (let i = 0; i < texts.length; i++) {
      const frame = expectFrame(await client.next(), 'turn');
      expect(frame.requestId).toBe(`burst-${i + 1}`);
      expect(frame.turn.index).toBe(i + 1);
      expect(frame.turn.reply).toBe(texts[i]);
    }
  });

  it('answers a resent requestId with the stored turn instead of taking a new one', async () => {
    const { address, session } = await start();
    const first = await connect(address, session);
    first.send({ type: 'reply', text: 'I am sorry.', requestId: 'same' });
    const original = expectFrame(await first.next(), 'turn');
    first.close();

    // A new connection after a drop resends the same frame.
    const second = await connect(address, session);
    second.send({ type: 'reply', text: 'I am sorry.', requestId: 'same' });
    expect(expectFrame(await second.next(), 'turn')).toEqual(original);
    second.send({ type: 'reply', text: 'Go on.', requestId: 'next' });
    expect(expectFrame(await second.next(), 'turn').turn.index).toBe(2);
  });

  it('limits replies per client address when limits are on', async () => {
    // One budget for the address: creating the session spent the first of three.
    const { address, session } = await start({ rateLimitPerMinute: 3 });
    const client = await connect(address, session);
    for (const id of ['1', '2']) {
      client.send({ type: 'reply', text: 'I am listening.', requestId: id });
      expectFrame(await client.next(), 'turn');
    }
    client.send({ type: 'reply', text: 'I am listening.', requestId: '3' });
    expect(await client.next()).toMatchObject({ type: 'error', code: 'rate_limited', requestId: '3' });
  });
});

describe('sockets that never say hello', () => {
  it('one address may hold 20 open before their hello; the next is refused with 429 until one says hello or closes', async () => {
    const { address, session } = await start({ rateLimitPerMinute: 60 });
    const silent: FrameClient[] = [];
    for (let i = 0; i < 20; i += 1) silent.push(await connect(address, session, false));
    clients.push(...silent);
    const refused = new FrameClient(`ws://${address}/api/sessions/${session.id}/ws`);
    refused.opened.catch(() => {});
    const status = await new Promise<number | undefined>((resolve) => {
      refused.socket.once('unexpected-response', (_request, response) => resolve(response.statusCode));
      refused.socket.once('open', () => resolve(undefined));
    });
    expect(status).toBe(429);
    refused.socket.terminate();

    // One says hello (no longer waiting), one goes away: two places free up.
    silent[0]?.send({ type: 'hello', token: session.token });
    expectFrame(await (silent[0] as FrameClient).next(), 'session');
    silent[1]?.close();
    await silent[1]?.closed;
    await new Promise((resolve) => setTimeout(resolve, 50));
    const welcome = await connect(address, session);
    expect(welcome.socket.readyState).toBe(welcome.socket.OPEN);
  });

  it('has no cap when limits are off', async () => {
    const { address, session } = await start({ rateLimitPerMinute: 0 });
    for (let i = 0; i < 30; i += 1) await connect(address, session, false);
    expect((await connect(address, session)).socket.readyState).toBe(1);
  });
});

describe('two connections on one session', () => {
  it('both receive every turn, whichever socket or HTTP request took it', async () => {
    const { address, session } = await start();
    const tabA = await connect(address, session);
    const tabB = await connect(address, session);

    tabA.send({ type: 'reply', text: 'I am sorry.', requestId: 'from-a' });
    const seenByA = expectFrame(await tabA.next(), 'turn');
    const seenByB = expectFrame(await tabB.next(), 'turn');
    expect(seenByB).toEqual(seenByA);

    const viaHttp = await (app as App).inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/replies`,
      headers: bearer(session.token),
      payload: { text: 'Tell me more.' },
    });
    expect(viaHttp.statusCode).toBe(200);
    for (const tab of [tabA, tabB]) expect(expectFrame(await tab.next(), 'turn').turn.index).toBe(2);
  });

  it('both receive the report when one ends the session; ending again answers only the asker', async () => {
    const { address, session } = await start();
    const tabA = await connect(address, session);
    const tabB = await connect(address, session);
    tabA.send({ type: 'end' });
    const report = expectFrame(await tabA.next(), 'report').report;
    expect(report.status).toBe('ended');
    expect(expectFrame(await tabB.next(), 'report').report).toEqual(report);

    tabB.send({ type: 'end' });
    expect(expectFrame(await tabB.next(), 'report').report).toEqual(report);
    tabA.send({ type: 'reply', text: 'One more thing.', requestId: 'late' });
    expect(await tabA.next()).toMatchObject({ type: 'error', code: 'session_ended', requestId: 'late' });
    expect(tabA.unread).toBe(0);
  });

  it('closes every socket of a deleted session with 4404', async () => {
    const { address, session } = await start();
    const tab = await connect(address, session);
    await (app as App).inject({ method: 'DELETE', url: `/api/sessions/${session.id}`, headers: bearer(session.token) });
    expect((await tab.closed).code).toBe(4404);
  });
});

describe('shutdown', () => {
  it('finishes the turn in flight, then closes sockets with 1001', async () => {
    const { address, session } = await start();
    const client = await connect(address, session);
    client.send({ type: 'reply', text: 'I am sorry.', requestId: 'last' });
    // Give the frame time to reach the server, then stop it while the turn may still be committing.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const closing = (app as App).close();
    expect(await client.next()).toMatchObject({ type: 'turn', requestId: 'last' });
    expect((await client.closed).code).toBe(1001);
    await closing;
    app = undefined;
  });
});
