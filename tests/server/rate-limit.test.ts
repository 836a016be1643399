// One budget per client address for everything that writes or computes, however it is spent:
// new sessions, rewinds, replies over HTTP and over the WebSocket, hints, ends and classify all
// draw on the same RATE_LIMIT_PER_MINUTE. Reads and deletes do not, nor does the safety check-in
// (someone asking for help is never told to wait). Another address has its own.
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession } from '../../server/api-contract.js';
import type { App } from '../../server/app.js';
import { bearer, expectFrame, FrameClient, firstScenarioId, listen, makeApp } from './server-fixtures.js';

let app: App | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** An app behind one trusted proxy, so each test can speak as several client addresses. */
async function start(perMinute: number): Promise<App> {
  ({ app } = await makeApp({ rateLimitPerMinute: perMinute, trustProxyHops: 1 }));
  return app;
}

const from = (address: string) => ({ 'x-forwarded-for': address });

async function create(server: App, address: string): Promise<{ status: number; session: CreatedSession }> {
  const response = await server.inject({
    method: 'POST',
    url: '/api/sessions',
    headers: from(address),
    payload: { scenarioId: await firstScenarioId(), seed: 3 },
  });
  return { status: response.statusCode, session: response.json() as CreatedSession };
}

describe('one budget per client address', () => {
  it('sessions, replies, hints, rewinds, ends and classify all draw on it; the next of any kind gets 429', async () => {
    const server = await start(7);
    const ip = '203.0.113.7';
    const { session } = await create(server, ip); // 1
    const auth = { ...bearer(session.token), ...from(ip) };
    const spend = [
      () =>
        server.inject({
          method: 'POST',
          url: `/api/sessions/${session.id}/replies`,
          headers: auth,
          payload: { text: 'Tell me the worst part. I am listening.' },
        }),
      () => server.inject({ url: `/api/sessions/${session.id}/hint`, headers: auth }),
      () =>
        server.inject({
          method: 'POST',
          url: `/api/sessions/${session.id}/rewind`,
          headers: auth,
          payload: { turn: 1 },
        }),
      () => server.inject({ method: 'POST', url: '/api/classify', headers: from(ip), payload: { text: 'Sorry.' } }),
      () =>
        server.inject({
          method: 'POST',
          url: `/api/sessions/${session.id}/replies`,
          headers: auth,
          payload: { text: 'Go on, I am listening.' },
        }),
      () => server.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: auth }),
    ];
    const codes = [];
    for (const request of spend) codes.push((await request()).statusCode); // 2..7
    expect(codes).toEqual([200, 200, 201, 200, 200, 200]);

    // The budget is spent, whatever the next request is.
    for (const request of [...spend, () => create(server, ip).then((r) => ({ statusCode: r.status }))]) {
      expect((await request()).statusCode).toBe(429);
    }
    // Reads are not counted; another address has a budget of its own.
    expect((await server.inject({ url: `/api/sessions/${session.id}`, headers: auth })).statusCode).toBe(200);
    expect((await server.inject({ url: `/api/sessions/${session.id}/report`, headers: auth })).statusCode).toBe(200);
    expect((await create(server, '203.0.113.8')).status).toBe(201);
  });

  it('never refuses a safety check-in, over HTTP or the WebSocket, even with the budget spent', async () => {
    const server = await start(3);
    const address = await listen(server);
    const created = await server.inject({
      method: 'POST',
      url: '/api/sessions',
      remoteAddress: '127.0.0.1',
      payload: { scenarioId: await firstScenarioId() },
    }); // 1
    const session = created.json() as CreatedSession;
    const crisis = { text: 'i just want everything to stop' };
    const auth = bearer(session.token);
    const paused = await server.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/replies`,
      remoteAddress: '127.0.0.1',
      headers: auth,
      payload: crisis,
    }); // 2
    expect(paused.json()).toMatchObject({ turn: { safety: expect.any(Object) } });
    const classify = { method: 'POST' as const, url: '/api/classify', remoteAddress: '127.0.0.1', payload: crisis };
    expect((await server.inject(classify)).statusCode).toBe(200); // 3
    expect((await server.inject(classify)).statusCode).toBe(429);

    const socket = await FrameClient.connect(address, session.id);
    try {
      socket.send({ type: 'hello', token: session.token });
      expectFrame(await socket.next(), 'session');
      socket.send({ type: 'reply', text: 'I am listening.', requestId: 'spent' });
      expect(await socket.next()).toMatchObject({ type: 'error', code: 'rate_limited', requestId: 'spent' });
      socket.send({ type: 'check-in', choice: 'continue' });
      expect(await socket.next()).toMatchObject({ type: 'checked-in', status: 'active' });
    } finally {
      socket.close();
    }
    // A second answer over HTTP is told there is nothing to check in for, not to wait a minute.
    const again = await server.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/check-in`,
      remoteAddress: '127.0.0.1',
      headers: auth,
      payload: { choice: 'help' },
    });
    expect(again.json()).toMatchObject({ error: { code: 'no_check_in_pending' } });
  });

  it('WebSocket replies and ends spend the same budget as HTTP', async () => {
    const server = await start(4);
    const address = await listen(server);
    // Over a real socket the client address is 127.0.0.1.
    const created = await server.inject({
      method: 'POST',
      url: '/api/sessions',
      remoteAddress: '127.0.0.1',
      payload: { scenarioId: await firstScenarioId() },
    }); // 1
    const session = created.json() as CreatedSession;
    const socket = await FrameClient.connect(address, session.id);
    try {
      socket.send({ type: 'hello', token: session.token });
      expectFrame(await socket.next(), 'session');
      socket.send({ type: 'reply', text: 'I am listening.', requestId: 'w1' }); // 2
      expectFrame(await socket.next(), 'turn');
      const http = await server.inject({
        method: 'POST',
        url: '/api/classify',
        remoteAddress: '127.0.0.1',
        payload: { text: 'Sorry.' },
      }); // 3
      expect(http.statusCode).toBe(200);
      socket.send({ type: 'reply', text: 'Tell me more.', requestId: 'w2' }); // 4
      expectFrame(await socket.next(), 'turn');
      socket.send({ type: 'reply', text: 'I am still here.', requestId: 'w3' });
      expect(await socket.next()).toMatchObject({ type: 'error', code: 'rate_limited', requestId: 'w3' });
      socket.send({ type: 'end' });
      expect(await socket.next()).toMatchObject({ type: 'error', code: 'rate_limited' });
      const after = await server.inject({
        method: 'POST',
        url: '/api/classify',
        remoteAddress: '127.0.0.1',
        payload: { text: 'Sorry.' },
      });
      expect(after.statusCode).toBe(429);
    } finally {
      socket.close();
    }
  });

  it('tells the client when it may try again', async () => {
    const server = await start(1);
    await create(server, '198.51.100.1');
    const refused = await server.inject({
      method: 'POST',
      url: '/api/classify',
      headers: from('198.51.100.1'),
      payload: { text: 'Sorry.' },
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });
});
