import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionView, TranscriptExport, TurnResult } from '../../server/api-contract.js';
import type { App } from '../../server/app.js';
import { quoted } from '../../server/transcript-markdown.js';
import { bearer, createSession, firstScenarioId, makeApp } from './server-fixtures.js';

let app: App;
beforeEach(async () => {
  ({ app } = await makeApp());
});
afterEach(async () => {
  await app.close();
});

async function reply(id: string, token: string, payload: unknown, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/api/sessions/${id}/replies`,
    headers: { ...bearer(token), ...headers },
    payload: payload as Record<string, unknown>,
  });
}

describe('health and scenarios', () => {
  it('answers the health check once the store answers', async () => {
    const response = await app.inject({ url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('lists every scenario with its title, summary, betrayal, partner name and what you did', async () => {
    const response = await app.inject({ url: '/api/scenarios' });
    expect(response.statusCode).toBe(200);
    const list = response.json() as Array<Record<string, unknown>>;
    expect(list.length).toBeGreaterThan(0);
    for (const scenario of list) {
      expect(Object.keys(scenario).sort()).toEqual(['betrayal', 'id', 'partner', 'summary', 'title', 'whatYouDid']);
      expect(scenario.partner).toEqual({ name: expect.any(String) });
      // The facts as a person reads them: names and sums filled in, no {slot} left.
      const facts = scenario.whatYouDid as string[];
      expect(facts.length).toBeGreaterThanOrEqual(6);
      for (const fact of facts) expect(fact).not.toMatch(/[{}]/);
    }
  });

  it('a session shows what you did, the same facts its scenario lists', async () => {
    const [first] = (await app.inject({ url: '/api/scenarios' })).json() as Array<{ id: string; whatYouDid: string[] }>;
    const created = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { scenarioId: first?.id, seed: 3 },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().whatYouDid).toEqual(first?.whatYouDid);
  });
});

describe('POST /api/sessions', () => {
  it('starts an active session with a token, the partner opening and no turns', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { scenarioId: await firstScenarioId(), seed: 42, difficulty: 'gentle' },
    });
    expect(response.statusCode).toBe(201);
    const session = response.json();
    expect(session).toMatchObject({
      scenarioId: await firstScenarioId(),
      seed: 42,
      difficulty: 'gentle',
      status: 'active',
      turns: [],
      parentId: null,
    });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(session.partner.line.length).toBeGreaterThan(0);
    expect(session.scenarioTitle.length).toBeGreaterThan(0);
    expect(session.partnerName.length).toBeGreaterThan(0);
  });

  it('plays the same opening for the same scenario and seed', async () => {
    const a = await createSession(app, { seed: 99 });
    const b = await createSession(app, { seed: 99 });
    expect(a.partner).toEqual(b.partner);
    expect(a.id).not.toBe(b.id);
    expect(a.token).not.toBe(b.token);
  });

  it('refuses an unknown scenario with 404 unknown_scenario', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/sessions', payload: { scenarioId: 'nope' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'unknown_scenario', message: expect.any(String) } });
  });

  it('does not coerce types: a numeric string seed is a bad request', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { scenarioId: await firstScenarioId(), seed: '12' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_request');
  });

  it('ignores unknown fields instead of letting them change the session', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { scenarioId: await firstScenarioId(), seed: 3, status: 'ended', turns: [{}], id: 'mine' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ status: 'active', turns: [] });
    expect(response.json().id).not.toBe('mine');
  });

  it('refuses a body with a __proto__ key', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'application/json' },
      payload: `{"scenarioId":"${await firstScenarioId()}","__proto__":{"status":"ended"}}`,
    });
    expect(response.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('answers broken JSON with a JSON error, not a stack trace', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { 'content-type': 'application/json' },
      payload: '{"scenarioId": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: 'bad_json', message: 'The body is not valid JSON.' } });
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { scenarioId: 'x'.repeat(40_000) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('body_too_large');
  });
});

describe('the bearer token', () => {
  it('gives the same 404 for a missing token, a wrong token, another session’s token and no session', async () => {
    const mine = await createSession(app);
    const theirs = await createSession(app);
    const answers = await Promise.all([
      app.inject({ url: `/api/sessions/${mine.id}` }),
      app.inject({ url: `/api/sessions/${mine.id}`, headers: bearer('not-the-token') }),
      app.inject({ url: `/api/sessions/${mine.id}`, headers: bearer(theirs.token) }),
      app.inject({ url: '/api/sessions/00000000-0000-4000-8000-000000000000', headers: bearer(mine.token) }),
      app.inject({ url: `/api/sessions/${mine.id}`, headers: { authorization: mine.token } }),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      expect(answer.json()).toEqual({
        error: { code: 'session_not_found', message: 'No session with that id and token.' },
      });
    }
  });

  it('guards every session route, including delete and export', async () => {
    const mine = await createSession(app);
    const routes: Array<[string, string]> = [
      ['GET', ''],
      ['POST', '/replies'],
      ['POST', '/rewind'],
      ['GET', '/hint'],
      ['POST', '/end'],
      ['GET', '/report'],
      ['GET', '/export'],
      ['DELETE', ''],
    ];
    for (const [method, path] of routes) {
      const response = await app.inject({
        method: method as 'GET',
        url: `/api/sessions/${mine.id}${path}`,
        headers: bearer('wrong'),
        ...(method === 'POST' ? { payload: { text: 'hello', turn: 0 } } : {}),
      });
      expect(response.statusCode, `${method} ${path}`).toBe(404);
    }
    const still = await app.inject({ url: `/api/sessions/${mine.id}`, headers: bearer(mine.token) });
    expect(still.json().turns).toEqual([]);
  });
});

describe('replies', () => {
  it('takes a turn and shows it in the session', async () => {
    const session = await createSession(app);
    const response = await reply(session.id, session.token, { text: 'I hurt you, and I am sorry.' });
    expect(response.statusCode).toBe(200);
    const result = response.json() as TurnResult;
    expect(result.turn).toMatchObject({ index: 1, reply: 'I hurt you, and I am sorry.' });
    expect(['validating', 'defensive', 'minimizing', 'neutral']).toContain(result.turn.classification.label);
    expect(result.turn.feedback.summary.length).toBeGreaterThan(0);
    expect(result.partner).toEqual(result.turn.partner);

    const view = (await app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(session.token) })).json();
    expect(view.turns).toEqual([result.turn]);
    expect(view.partner).toEqual(result.partner);
    expect(view.opening).toEqual(session.partner);
  });

  it('records a reply sent from a hint', async () => {
    const session = await createSession(app);
    const hint = (await app.inject({ url: `/api/sessions/${session.id}/hint`, headers: bearer(session.token) })).json();
    expect(hint.hint.length).toBeGreaterThan(0);
    const result = (await reply(session.id, session.token, { text: hint.hint, hinted: true })).json() as TurnResult;
    expect(result.turn.hinted).toBe(true);
    const plain = (await reply(session.id, session.token, { text: 'Go on.' })).json() as TurnResult;
    expect(plain.turn.hinted).toBeUndefined();
  });

  it('refuses blank text with 400 empty_reply and takes no turn', async () => {
    const session = await createSession(app);
    const response = await reply(session.id, session.token, { text: '   \n ' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('empty_reply');
    const view = (await app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(session.token) })).json();
    expect(view.turns).toEqual([]);
  });

  it('refuses a reply of only invisible characters (zero-width, NUL, bidi marks, BOM) with empty_reply', async () => {
    const session = await createSession(app);
    for (const text of [
      '\u200b\u200c\u200d',
      '\u0000',
      '\u0000 \u0000',
      '\u202e\u2066\u200f',
      '\ufeff\u2060\u00ad',
      '\u3164',
    ]) {
      const response = await reply(session.id, session.token, { text });
      expect(response.statusCode, JSON.stringify(text)).toBe(400);
      expect(response.json().error.code).toBe('empty_reply');
    }
    const classify = await app.inject({ method: 'POST', url: '/api/classify', payload: { text: '\u200b\u0000' } });
    expect(classify.statusCode).toBe(400);
    expect(classify.json().error.code).toBe('empty_reply');
    const view = (await app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(session.token) })).json();
    expect(view.turns).toEqual([]);
    // Words with invisible characters around them are a reply.
    expect((await reply(session.id, session.token, { text: '\u200bI hear you.\u0000' })).statusCode).toBe(200);
  });

  it('counts a reply in Unicode code points: 2,000 emoji fit, 2,001 do not', async () => {
    const session = await createSession(app);
    const fits = await reply(session.id, session.token, { text: '💔'.repeat(2000) });
    expect(fits.statusCode).toBe(200);
    const long = await reply(session.id, session.token, { text: '💔'.repeat(2001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('reply_too_long');
    const classify = await app.inject({ method: 'POST', url: '/api/classify', payload: { text: '😶'.repeat(2000) } });
    expect(classify.statusCode).toBe(200);
  });

  it('accepts 2,000 characters and refuses 2,001 with reply_too_long', async () => {
    const session = await createSession(app);
    const text = 'I am listening. '.repeat(130);
    const long = await reply(session.id, session.token, { text: text.slice(0, 2001) });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.code).toBe('reply_too_long');
    const fits = await reply(session.id, session.token, { text: text.slice(0, 2000) });
    expect(fits.statusCode).toBe(200);
  });

  it('refuses a reply that is not a string', async () => {
    const session = await createSession(app);
    const response = await reply(session.id, session.token, { text: 5 });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('bad_request');
  });

  it('answers a repeated Idempotency-Key with the stored turn instead of taking another', async () => {
    const session = await createSession(app);
    const key = { 'idempotency-key': 'req-1' };
    const first = (await reply(session.id, session.token, { text: 'I lied to you.' }, key)).json();
    const again = (await reply(session.id, session.token, { text: 'I lied to you.' }, key)).json();
    expect(again).toEqual(first);
    const view = (await app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(session.token) })).json();
    expect(view.turns).toHaveLength(1);
  });

  it('answers 409 session_ended once the session has ended', async () => {
    const session = await createSession(app);
    await app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: bearer(session.token) });
    const response = await reply(session.id, session.token, { text: 'Wait, one more thing.' });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('session_ended');
  });
});

describe('ending and the report', () => {
  it('ends a session with a report, and ending again returns the same report', async () => {
    const session = await createSession(app);
    await reply(session.id, session.token, { text: 'I am sorry. It was my choice.' });
    const end = await app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/end`,
      headers: bearer(session.token),
    });
    expect(end.statusCode).toBe(200);
    expect(end.json()).toMatchObject({ status: 'ended', report: { status: 'ended', turns: 1 } });
    const again = await app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/end`,
      headers: bearer(session.token),
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(end.json());
  });

  it('gives the report at any time, with the opening as trajectory turn 0', async () => {
    const session = await createSession(app);
    await reply(session.id, session.token, { text: 'Tell me what you need to say.' });
    const report = (
      await app.inject({ url: `/api/sessions/${session.id}/report`, headers: bearer(session.token) })
    ).json();
    expect(report.status).toBe('active');
    expect(report.turns).toBe(1);
    expect(report.trajectory[0]).toMatchObject({ turn: 0, emotion: session.partner.emotion });
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
  });

  it('refuses a hint once the session has ended', async () => {
    const session = await createSession(app);
    await app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: bearer(session.token) });
    const hint = await app.inject({ url: `/api/sessions/${session.id}/hint`, headers: bearer(session.token) });
    expect(hint.statusCode).toBe(409);
  });
});

describe('rewind', () => {
  it('makes a new session with the first N turns and continues from the state after them', async () => {
    const session = await createSession(app);
    const replies = ['I lied to you.', 'You have every reason to be angry.', 'What do you want to know?'];
    const turns = [];
    for (const text of replies)
      turns.push(((await reply(session.id, session.token, { text })).json() as TurnResult).turn);

    const response = await app.inject({
      method: 'POST',
      url: `/api/sessions/${session.id}/rewind`,
      headers: bearer(session.token),
      payload: { turn: 2 },
    });
    expect(response.statusCode).toBe(201);
    const branch = response.json();
    expect(branch.id).not.toBe(session.id);
    expect(branch.token).not.toBe(session.token);
    expect(branch.parentId).toBe(session.id);
    expect(branch.turns).toEqual(turns.slice(0, 2));
    expect(branch.partner).toEqual(turns[1]?.partner);

    // Same reply from the same state gives the same turn: the branch really is the state after turn 2.
    const retaken = (await reply(branch.id, branch.token, { text: replies[2] })).json() as TurnResult;
    expect(retaken.turn).toEqual(turns[2]);

    const parent = (await app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(session.token) })).json();
    expect(parent.turns).toHaveLength(3);
  });

  it('rewinds to turn 0: the opening, no turns', async () => {
    const session = await createSession(app);
    await reply(session.id, session.token, { text: 'I am sorry.' });
    const branch = (
      await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/rewind`,
        headers: bearer(session.token),
        payload: { turn: 0 },
      })
    ).json();
    expect(branch.turns).toEqual([]);
    expect(branch.partner).toEqual(session.partner);
  });

  it('refuses a turn out of range with 400 bad_turn', async () => {
    const session = await createSession(app);
    await reply(session.id, session.token, { text: 'I am sorry.' });
    for (const turn of [-1, 2, 1000]) {
      const response = await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/rewind`,
        headers: bearer(session.token),
        payload: { turn },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('bad_turn');
    }
  });

  it('rewinds an ended session into an active one', async () => {
    const session = await createSession(app);
    await reply(session.id, session.token, { text: 'I am sorry.' });
    await app.inject({ method: 'POST', url: `/api/sessions/${session.id}/end`, headers: bearer(session.token) });
    const branch = (
      await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/rewind`,
        headers: bearer(session.token),
        payload: { turn: 1 },
      })
    ).json();
    expect(branch.status).toBe('active');
    const next = await reply(branch.id, branch.token, { text: 'I will answer anything.' });
    expect(next.statusCode).toBe(200);
  });
});

describe('export', () => {
  it('downloads the transcript as JSON with the report', async () => {
    const session = await createSession(app);
    await reply(session.id, session.token, { text: 'I broke your trust.' });
    const response = await app.inject({ url: `/api/sessions/${session.id}/export`, headers: bearer(session.token) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="mend-${session.id}.json"`);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json() as TranscriptExport;
    expect(body.format).toBe('mend-transcript');
    expect(body.notice).toMatch(/practice, not therapy/i);
    expect(body.session.turns).toHaveLength(1);
    expect(body.report.turns).toBe(1);
    expect(JSON.stringify(body)).not.toContain(session.token);
  });

  it('downloads a Markdown transcript that reads like the conversation, feedback under each reply', async () => {
    const session = await createSession(app);
    const turn = ((await reply(session.id, session.token, { text: 'I broke your trust.' })).json() as TurnResult).turn;
    const response = await app.inject({
      url: `/api/sessions/${session.id}/export?format=markdown`,
      headers: bearer(session.token),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(response.headers['content-disposition']).toBe(`attachment; filename="mend-${session.id}.md"`);
    const text = response.body;
    expect(text).toMatch(/practice, not therapy/i);
    const opening = text.indexOf(quoted(session.partner.line).join('\n'));
    const mine = text.indexOf('**You:**\n\n> I broke your trust.');
    const feedback = text.indexOf(turn.feedback.summary.slice(0, 20));
    const answer = text.indexOf(quoted(turn.partner.line).join('\n'), mine);
    expect(opening).toBeGreaterThan(0);
    expect(mine).toBeGreaterThan(opening);
    expect(feedback).toBeGreaterThan(mine);
    expect(answer).toBeGreaterThan(feedback);
  });

  it('refuses an unknown format', async () => {
    const session = await createSession(app);
    const response = await app.inject({
      url: `/api/sessions/${session.id}/export?format=pdf`,
      headers: bearer(session.token),
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('DELETE /api/sessions/:id', () => {
  it('deletes the session and its turns for good; its branches stay', async () => {
    const session = await createSession(app);
    await reply(session.id, session.token, { text: 'I am sorry.' });
    const branch = (
      await app.inject({
        method: 'POST',
        url: `/api/sessions/${session.id}/rewind`,
        headers: bearer(session.token),
        payload: { turn: 1 },
      })
    ).json();
    const deleted = await app.inject({
      method: 'DELETE',
      url: `/api/sessions/${session.id}`,
      headers: bearer(session.token),
    });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    const gone = await app.inject({ url: `/api/sessions/${session.id}`, headers: bearer(session.token) });
    expect(gone.statusCode).toBe(404);
    const again = await app.inject({
      method: 'DELETE',
      url: `/api/sessions/${session.id}`,
      headers: bearer(session.token),
    });
    expect(again.statusCode).toBe(404);
    const kept = (
      await app.inject({ url: `/api/sessions/${branch.id}`, headers: bearer(branch.token) })
    ).json() as SessionView;
    expect(kept.turns).toHaveLength(1);
    expect(kept.parentId).toBeNull();
  });
});

describe('POST /api/classify', () => {
  it('classifies one sentence with feedback, no token needed', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/classify',
      payload: { text: 'I was wrong and I am sorry.', partner: 'How could you?', emotion: 'anger' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(['validating', 'defensive', 'minimizing', 'neutral']).toContain(body.classification.label);
    expect(body.feedback.suggestion.length).toBeGreaterThan(0);
  });

  it('refuses blank and over-long text', async () => {
    const blank = await app.inject({ method: 'POST', url: '/api/classify', payload: { text: ' ' } });
    expect(blank.json().error.code).toBe('empty_reply');
    const long = await app.inject({ method: 'POST', url: '/api/classify', payload: { text: 'a'.repeat(2001) } });
    expect(long.json().error.code).toBe('reply_too_long');
  });

  it('refuses an emotion it does not know', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/classify',
      payload: { text: 'Hi', emotion: 'joy' },
    });
    expect(response.statusCode).toBe(400);
  });
});

describe('rate limits', () => {
  it('limits classify per client address and answers 429 rate_limited', async () => {
    const limited = (await makeApp({ rateLimitPerMinute: 3 })).app;
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) {
        codes.push(
          (await limited.inject({ method: 'POST', url: '/api/classify', payload: { text: 'Sorry.' } })).statusCode,
        );
      }
      expect(codes).toEqual([200, 200, 200, 429]);
      const last = await limited.inject({ method: 'POST', url: '/api/classify', payload: { text: 'Sorry.' } });
      expect(last.json().error.code).toBe('rate_limited');
      // Reading is not limited.
      expect((await limited.inject({ url: '/api/scenarios' })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('has no limits when the limit is 0', async () => {
    for (let i = 0; i < 70; i++) {
      const response = await app.inject({ method: 'POST', url: '/api/classify', payload: { text: 'Sorry.' } });
      expect(response.statusCode).toBe(200);
    }
  });
});

describe('the page and the headers', () => {
  it('serves a placeholder page at / until the client is built', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(/practice, not therapy/i);
  });

  it('sends a strict Content-Security-Policy and no CORS header', async () => {
    const response = await app.inject({ url: '/', headers: { origin: 'https://elsewhere.example' } });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const response = await app.inject({ url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

describe('the built web client', () => {
  it('serves dist/client files, and index.html for page paths the client routes itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mend-client-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Mend client</title><script src="/app.js"></script>');
    writeFileSync(join(dir, 'app.js'), 'console.log("mend")');
    const built = (await makeApp({ clientDir: dir })).app;
    try {
      const page = await built.inject({ url: '/' });
      expect(page.body).toContain('Mend client');
      const script = await built.inject({ url: '/app.js' });
      expect(script.headers['content-type']).toMatch(/javascript/);
      const deepLink = await built.inject({ url: '/sessions/abc', headers: { accept: 'text/html' } });
      expect(deepLink.statusCode).toBe(200);
      expect(deepLink.body).toContain('Mend client');
      const api = await built.inject({ url: '/api/nothing', headers: { accept: 'text/html' } });
      expect(api.statusCode).toBe(404);
      expect(api.json().error.code).toBe('not_found');
      const missing = await built.inject({ url: '/missing.js' });
      expect(missing.statusCode).toBe(404);
      expect((await built.inject({ url: '/api/scenarios' })).statusCode).toBe(200);
    } finally {
      await built.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
