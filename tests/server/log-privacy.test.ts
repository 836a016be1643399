import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CreatedSession, TurnResult } from '../../server/api-contract.js';
import { createLogger } from '../../server/plugins/logging.js';
import { bearer, expectFrame, FrameClient, listen, makeApp } from './server-fixtures.js';

function captureLog() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger('trace', stream), text: () => chunks.join('') };
}

describe('log privacy', () => {
  it('never logs typed text, partner lines or tokens, even at trace level', async () => {
    const log = captureLog();
    const { app } = await makeApp({ logger: log.logger, rateLimitPerMinute: 1000 });
    const secrets: string[] = [];
    const said = (text: string) => {
      secrets.push(text);
      return text;
    };
    try {
      const created = await app.inject({
        method: 'POST',
        url: '/api/sessions',
        payload: { scenarioId: (await app.inject({ url: '/api/scenarios' })).json()[0].id, seed: 3 },
      });
      const session = created.json() as CreatedSession;
      secrets.push(session.token, session.partner.line);
      const auth = bearer(session.token);

      // HTTP: a turn, a hinted turn, a replayed turn, and refusals whose bodies hold typed text.
      const first = await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/replies`,
        headers: { ...auth, 'idempotency-key': 'privacy-1' },
        payload: { text: said('I met Quillon at the Marrowfield hotel and I lied about it.') },
      });
      secrets.push((first.json() as TurnResult).turn.partner.line);
      await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/replies`,
        headers: { ...auth, 'idempotency-key': 'privacy-1' },
        payload: { text: 'I met Quillon at the Marrowfield hotel and I lied about it.' },
      });
      const hint = (await app.inject({ url: `/api/sessions/${session.id}/hint`, headers: auth })).json().hint as string;
      secrets.push(hint);
      const hinted = await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/replies`,
        headers: auth,
        payload: { text: hint, hinted: true },
      });
      secrets.push((hinted.json() as TurnResult).turn.partner.line);
      await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/replies`,
        headers: { ...auth, 'content-type': 'application/json' },
        payload: `{"text": "${said('Broken JSON about Quillon')}`,
      });
      await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/replies`,
        headers: auth,
        payload: { text: said(`Too long about Quillon ${'x'.repeat(2100)}`) },
      });
      await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/replies`,
        headers: auth,
        payload: { text: 7, note: said('Wrong type about Marrowfield') },
      });
      await app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(said('guessed-token-zyxwv')) });
      await app.inject({
        method: 'POST',
        url: '/api/classify',
        payload: { text: said('You never listen either, Quillon.'), partner: said('Where were you on Friday night?') },
      });

      // WebSocket: hello, a turn, a bad frame carrying text, the end.
      const address = await listen(app);
      const client = await FrameClient.connect(address, session.id);
      client.send({ type: 'hello', token: session.token });
      expectFrame(await client.next(), 'session');
      client.send({
        type: 'reply',
        text: said('Over the socket: I chose Quillon over us that week.'),
        requestId: 'ws-1',
      });
      secrets.push(expectFrame(await client.next(), 'turn').partner.line);
      client.send(`not json ${said('Marrowfield socket garbage')}`);
      expectFrame(await client.next(), 'error');
      client.send({ type: 'end' });
      expectFrame(await client.next(), 'report');
      client.close();
      await client.closed;

      await app.inject({ url: `/api/sessions/${session.id}/export?format=markdown`, headers: auth });
      await app.inject({ url: `/api/sessions/${session.id}/export`, headers: auth });
      const branch = await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/rewind`,
        headers: auth,
        payload: { turn: 1 },
      });
      secrets.push((branch.json() as CreatedSession).token);
      await app.inject({ method: 'DELETE', url: `/api/sessions/${session.id}`, headers: auth });
    } finally {
      await app.close();
    }

    const text = log.text();
    expect(text).toContain('incoming request'); // the log really was written at trace level
    expect(text).toContain('request refused');
    for (const secret of secrets) expect(text, `the log contains: ${secret}`).not.toContain(secret);
    for (const word of ['Quillon', 'Marrowfield', 'Bearer']) expect(text).not.toContain(word);
  });
});
