// Garbage in, a clear answer out. fast-check throws thousands of arbitrary WebSocket frames and
// HTTP bodies at a live server on a real socket (random JSON, wrong types, huge and empty strings,
// invalid UTF-8, deep nesting, `__proto__` and `constructor` keys, binary frames): the server never
// crashes, answers each one with an error it names (or a turn, when the garbage happens to be a
// valid reply), and the session keeps working. The same for the classifier and the scenario loader:
// any input gives a result or their own error, never a stray exception.

import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import YAML from 'yaml';
import type { CreatedSession } from '../../server/api-contract.js';
import type { App } from '../../server/app.js';
import {
  classifyReply,
  EmptyReplyError,
  LABELS,
  parseScenario,
  ScenarioError,
  SIGNALS,
} from '../../server/engine/index.js';
import { SCENARIO_DIR, scenarioFilesIn } from '../../server/scenario-files.js';
import { createSession, listen, makeApp } from '../server/server-fixtures.js';

/** Fixed, so a failure replays; change it to explore further. */
const SEED = 20_240_607;
const WS_FRAMES = 6000;
const HTTP_BODIES = 4000;
const WS_MAX_PAYLOAD = 32 * 1024;

// ---------------------------------------------------------------------------------------------
// Arbitrary input
// ---------------------------------------------------------------------------------------------

/** Characters nobody can see: NUL and other controls, zero-width spaces and joiners, bidi marks, overrides and isolates, BOM. */
const INVISIBLE = [
  '\u0000',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\ufeff',
  '\u00ad',
  '\u3164',
];
const invisible = fc
  .array(fc.constantFrom(...INVISIBLE, ' ', '\n', '\t'), { minLength: 1, maxLength: 12 })
  .map((c) => c.join(''));

/** Lone surrogates, NUL, zero-width and bidi marks, overrides and isolates: strings JSON can carry but text handling trips on. */
const oddChar = fc.constantFrom('\ud800', '\udfff', '\u0301', 'İ', 'ß', '😶‍🌫️', ...INVISIBLE);
const oddString = fc
  .array(fc.oneof(fc.string({ maxLength: 8 }), oddChar), { maxLength: 12 })
  .map((parts) => parts.join(''));

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 2, arbitrary: oddString },
  { weight: 1, arbitrary: invisible },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\n\t ',
      '\u00a0',
      'I hear you.',
      'It was nothing.',
      'Maybe if you had listened.',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2001, max: 12_000 }).map((n) => 'a'.repeat(n)) },
);

/** Any JSON value, including the wrong type for every field. */
const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), text);

const frameObject = fc.record(
  {
    type: fc.oneof(
      {
        weight: 5,
        arbitrary: fc.constantFrom('hello', 'reply', 'end', 'turn', 'session', 'error', 'Reply', '', ' reply'),
      },
      { weight: 1, arbitrary: value },
    ),
    text: value,
    token: value,
    requestId: fc.oneof(fc.string({ maxLength: 200 }), value),
    hinted: value,
    extra: value,
  },
  { requiredKeys: [] },
);

/** JSON text with keys that poison a naive merge, written out by hand (an object literal would set the prototype). */
const poisoned = fc
  .tuple(
    fc.constantFrom('__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString'),
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('reply', 'end', 'hello'),
    text,
  )
  .map(
    ([key, inner, type, t]) =>
      `{"type":${JSON.stringify(type)},${JSON.stringify(key)}:${JSON.stringify({ type: 'end', text: inner, prototype: { polluted: true } })},"text":${JSON.stringify(t)}}`,
  );

/** Nested up to 3,000 deep: still inside the WebSocket payload limit, so the server itself must cope. */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('[', '{"type":'))
  .map(([depth, open]) =>
    open === '[' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${open.repeat(depth)}1${'}'.repeat(depth)}`,
  );

/** Bytes that are not UTF-8 (a lone continuation byte or 0xff somewhere). */
const invalidUtf8 = fc
  .tuple(fc.uint8Array({ maxLength: 64 }), fc.nat(64), fc.constantFrom(0xff, 0xfe, 0x80, 0xc3))
  .map(([bytes, at, bad]) => {
    const out = Buffer.from(bytes);
    const i = Math.min(at, out.length);
    return Buffer.concat([out.subarray(0, i), Buffer.from([bad, bad === 0xc3 ? 0x28 : 0xff]), out.subarray(i)]);
  });

type WsInput =
  | { kind: 'text'; data: string }
  | { kind: 'binary'; data: Uint8Array }
  | { kind: 'bad-utf8'; data: Buffer }
  | { kind: 'oversize'; data: string };

const wsInput: fc.Arbitrary<WsInput> = fc.oneof(
  { weight: 10, arbitrary: frameObject.map((f) => ({ kind: 'text' as const, data: JSON.stringify(f) })) },
  { weight: 3, arbitrary: fc.jsonValue().map((v) => ({ kind: 'text' as const, data: JSON.stringify(v) })) },
  { weight: 2, arbitrary: poisoned.map((data) => ({ kind: 'text' as const, data })) },
  { weight: 1, arbitrary: deep.map((data) => ({ kind: 'text' as const, data })) },
  { weight: 2, arbitrary: fc.oneof(text, oddString).map((data) => ({ kind: 'text' as const, data })) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 256 }).map((data) => ({ kind: 'binary' as const, data })) },
  { weight: 1, arbitrary: invalidUtf8.map((data) => ({ kind: 'bad-utf8' as const, data })) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: WS_MAX_PAYLOAD + 1, max: WS_MAX_PAYLOAD + 4096 })
      .map((n) => ({ kind: 'oversize' as const, data: JSON.stringify({ type: 'reply', text: 'x'.repeat(n) }) })),
  },
);

// ---------------------------------------------------------------------------------------------
// A bare client that reports each answer: a frame, or how the connection closed
// ---------------------------------------------------------------------------------------------

type Answer = { frame: Record<string, unknown>; raw: string } | { closed: number };

class Wire {
  private readonly inbox: Answer[] = [];
  private waiter: ((answer: Answer) => void) | undefined;
  closedWith: number | undefined;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const raw = data.toString();
      this.deliver({ frame: JSON.parse(raw) as Record<string, unknown>, raw });
    });
    socket.on('close', (code) => {
      this.closedWith = code;
      this.deliver({ closed: code });
    });
    socket.on('error', () => {});
  }

  static async open(address: string, sessionId: string): Promise<Wire> {
    const socket = new WebSocket(`ws://${address}/api/sessions/${sessionId}/ws`, { perMessageDeflate: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new Wire(socket);
  }

  static async greeted(address: string, session: CreatedSession): Promise<Wire> {
    const wire = await Wire.open(address, session.id);
    wire.socket.send(JSON.stringify({ type: 'hello', token: session.token }));
    const answer = await wire.next();
    if (!('frame' in answer) || answer.frame.type !== 'session')
      throw new Error(`hello answered ${JSON.stringify(answer)}`);
    return wire;
  }

  send(input: WsInput): void {
    if (input.kind === 'binary') this.socket.send(input.data, { binary: true });
    else if (input.kind === 'bad-utf8') this.socket.send(input.data, { binary: false });
    else this.socket.send(input.data);
  }

  next(timeoutMs = 10_000): Promise<Answer> {
    const ready = this.inbox.shift();
    if (ready) return Promise.resolve(ready);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no answer in time')), timeoutMs);
      this.waiter = (answer) => {
        clearTimeout(timer);
        resolve(answer);
      };
    });
  }

  get unread(): number {
    return this.inbox.filter((a) => 'frame' in a).length;
  }

  close(): void {
    this.socket.terminate();
  }

  private deliver(answer: Answer): void {
    const waiter = this.waiter;
    this.waiter = undefined;
    if (waiter) waiter(answer);
    else this.inbox.push(answer);
  }
}

function expectClearErrorFrame(frame: Record<string, unknown>): void {
  expect(frame.type).toBe('error');
  expect(typeof frame.code).toBe('string');
  expect(frame.code).not.toBe('internal');
  expect(typeof frame.message).toBe('string');
  expect((frame.message as string).length).toBeGreaterThan(0);
}

// ---------------------------------------------------------------------------------------------
// The live server
// ---------------------------------------------------------------------------------------------

let app: App;
let address: string;
const agent = new Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  ({ app } = await makeApp());
  address = await listen(app);
});

afterAll(async () => {
  agent.destroy();
  await app.close();
});

function http(
  method: string,
  path: string,
  body: Buffer | undefined,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`http://${address}${path}`, { method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.once('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.once('error', reject);
    req.end(body);
  });
}

describe.sequential('a live session under arbitrary input', () => {
  it(`answers ${WS_FRAMES} arbitrary WebSocket frames each with a clear error (or a turn), and the session still works`, async () => {
    let session = await createSession(app);
    let wire = await Wire.greeted(address, session);
    const tally = { errors: 0, turns: 0, reports: 0, protocolCloses: 0, beforeHello: 0 };

    const fresh = async () => {
      wire.close();
      session = await createSession(app);
      wire = await Wire.greeted(address, session);
    };

    await fc.assert(
      fc.asyncProperty(wsInput, fc.nat(19), async (input, roll) => {
        if (wire.closedWith !== undefined) throw new Error(`the connection closed (${wire.closedWith}) on its own`);
        if (roll === 0) {
          // Now and then, the garbage is the very first frame on a new connection.
          const early = await Wire.open(address, session.id);
          early.send(input);
          const answer = await early.next();
          if ('frame' in answer) expectClearErrorFrame(answer.frame);
          else expect([1007, 1009, 4401]).toContain(answer.closed);
          early.close();
          tally.beforeHello += 1;
          return;
        }
        wire.send(input);
        const answer = await wire.next();
        if (input.kind === 'bad-utf8' || input.kind === 'oversize') {
          // The WebSocket protocol's own answer: 1007 (not UTF-8) or 1009 (too big). Then reconnect.
          expect('closed' in answer && answer.closed).toBe(input.kind === 'bad-utf8' ? 1007 : 1009);
          tally.protocolCloses += 1;
          wire = await Wire.greeted(address, session);
          return;
        }
        if (!('frame' in answer))
          throw new Error(`connection closed (${answer.closed}) after ${input.data.slice(0, 80)}`);
        const { frame } = answer;
        if (frame.type === 'turn') {
          expect(JSON.parse(input.data as string)).toMatchObject({ type: 'reply' });
          tally.turns += 1;
          // Ended, withdrawn, or paused for a safety check-in: no more replies on this one.
          if (frame.status !== 'active' || (frame.turn as { safety?: unknown }).safety !== undefined) await fresh();
        } else if (frame.type === 'report') {
          expect(JSON.parse(input.data as string)).toMatchObject({ type: 'end' });
          tally.reports += 1;
          await fresh();
        } else {
          expectClearErrorFrame(frame);
          tally.errors += 1;
          if (frame.code === 'session_ended' || frame.code === 'safety_check_in_required') await fresh();
        }
      }),
      // One connection carries every run, so a failure is reported as found: shrinking would replay
      // the runs on a connection whose state has moved on.
      { numRuns: WS_FRAMES, seed: SEED, endOnFailure: true },
    );

    // Nothing unanswered or answered twice, and the same connection still takes a turn.
    expect(wire.unread).toBe(0);
    wire.socket.send(
      JSON.stringify({ type: 'reply', text: 'You are right, and I did that.', requestId: 'after-fuzz' }),
    );
    const last = await wire.next();
    expect('frame' in last && last.frame).toMatchObject({ type: 'turn', requestId: 'after-fuzz' });
    wire.close();
    // Every kind of answer was exercised: mostly errors, and some turns, reports, protocol closes
    // and garbage sent before hello.
    expect(tally.errors).toBeGreaterThan(WS_FRAMES / 2);
    expect(Math.min(tally.turns, tally.reports, tally.protocolCloses, tally.beforeHello)).toBeGreaterThan(0);
    expect(Object.keys(Object.prototype)).toEqual([]);
  }, 90_000);

  it(`answers ${HTTP_BODIES} arbitrary HTTP bodies with 2xx or a {error:{code,message}} 4xx, never a 5xx`, async () => {
    let session = await createSession(app);
    const routes = [
      { method: 'POST', path: () => '/api/sessions', auth: false },
      { method: 'POST', path: () => `/api/sessions/${session.id}/replies`, auth: true },
      { method: 'POST', path: () => `/api/sessions/${session.id}/rewind`, auth: true },
      { method: 'POST', path: () => '/api/classify', auth: false },
      { method: 'POST', path: () => `/api/sessions/${session.id}/replies`, auth: false },
    ];
    const body = fc.oneof(
      { weight: 6, arbitrary: frameObject.map((f) => Buffer.from(JSON.stringify(f))) },
      { weight: 3, arbitrary: fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v))) },
      { weight: 2, arbitrary: poisoned.map((s) => Buffer.from(s)) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom('__proto__', 'constructor'), fc.constantFrom('scenarioId', 'text', 'seed', 'turn'))
          .map(([k, field]) =>
            Buffer.from(`{"text":"hi","scenarioId":"x","${k}":{"${field}":"y","prototype":{"p":1}}}`),
          ),
      },
      { weight: 1, arbitrary: deep.map((s) => Buffer.from(s)) },
      { weight: 1, arbitrary: invalidUtf8 },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 128 }).map((b) => Buffer.from(b)) },
      { weight: 1, arbitrary: fc.constant(Buffer.alloc(0)) },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: 16 * 1024, max: 40 * 1024 })
          .map((n) => Buffer.from(JSON.stringify({ text: 'a'.repeat(n) }))),
      },
    );
    const contentType = fc.oneof(
      { weight: 8, arbitrary: fc.constant('application/json') },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          'text/plain',
          'application/octet-stream',
          'application/json; charset=latin1',
          'multipart/form-data',
          '',
        ),
      },
    );
    const idempotencyKey = fc.option(
      fc.string({ unit: 'grapheme-ascii', maxLength: 200 }).filter((s) => /^[\x21-\x7e]*$/.test(s)),
    );

    await fc.assert(
      fc.asyncProperty(fc.nat(routes.length - 1), body, contentType, idempotencyKey, async (r, payload, type, key) => {
        const route = routes[r] as (typeof routes)[number];
        const headers: Record<string, string> = {};
        if (type !== '') headers['content-type'] = type;
        if (route.auth) headers.authorization = `Bearer ${session.token}`;
        if (key !== null && key !== '') headers['idempotency-key'] = key;
        const response = await http(route.method, route.path(), payload, headers);
        expect(response.status).toBeLessThan(500);
        const json = JSON.parse(response.body) as {
          error?: { code?: unknown; message?: unknown };
          status?: string;
          turn?: { safety?: unknown };
        };
        if (response.status >= 400) {
          expect(typeof json.error?.code).toBe('string');
          expect(json.error?.code).not.toBe('internal');
          expect(typeof json.error?.message).toBe('string');
          // A session that ended or paused for a safety check-in takes no more replies: go on with a new one.
          if (json.error?.code === 'session_ended' || json.error?.code === 'safety_check_in_required') {
            session = await createSession(app);
          }
        } else if (
          r === 1 &&
          ((json.status !== undefined && json.status !== 'active') || json.turn?.safety !== undefined)
        ) {
          session = await createSession(app);
        }
      }),
      { numRuns: HTTP_BODIES, seed: SEED },
    );

    // The server is up, nothing leaked into Object.prototype, and the session still takes a reply.
    expect((await http('GET', '/healthz', undefined, {})).status).toBe(200);
    expect(Object.keys(Object.prototype)).toEqual([]);
    const after = await http(
      'POST',
      `/api/sessions/${session.id}/replies`,
      Buffer.from(JSON.stringify({ text: 'I hear how much that hurt.' })),
      { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
    );
    expect(after.status).toBe(200);
  }, 90_000);

  it('answers a reply of only invisible characters (NUL, zero-width, bidi) with empty_reply, over HTTP and the WebSocket, and takes no turn', async () => {
    const session = await createSession(app);
    const wire = await Wire.greeted(address, session);
    await fc.assert(
      fc.asyncProperty(invisible, async (said) => {
        wire.send({ kind: 'text', data: JSON.stringify({ type: 'reply', text: said, requestId: 'blank' }) });
        const answer = await wire.next();
        expect('frame' in answer && answer.frame).toMatchObject({ type: 'error', code: 'empty_reply' });
        const response = await http(
          'POST',
          `/api/sessions/${session.id}/replies`,
          Buffer.from(JSON.stringify({ text: said })),
          { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
        );
        expect(response.status).toBe(400);
        expect(JSON.parse(response.body).error.code).toBe('empty_reply');
      }),
      { numRuns: 300, seed: SEED },
    );
    wire.close();
    const view = await http('GET', `/api/sessions/${session.id}`, undefined, {
      authorization: `Bearer ${session.token}`,
    });
    expect(JSON.parse(view.body).turns).toEqual([]);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// The engine's entry points
// ---------------------------------------------------------------------------------------------

describe('classifyReply on arbitrary text', () => {
  const longText = fc.integer({ min: 1000, max: 12_000 }).chain((n) => fc.string({ minLength: n, maxLength: n }));
  function expectClassificationOrEmptyReply(reply: string, context: unknown): void {
    let result: ReturnType<typeof classifyReply>;
    try {
      result = classifyReply(reply, context as Parameters<typeof classifyReply>[1]);
    } catch (error) {
      if (!(error instanceof EmptyReplyError)) {
        throw new Error(`classifyReply threw ${(error as Error)?.name}: ${(error as Error)?.message}`);
      }
      expect(reply.trim()).toBe('');
      return;
    }
    expect(LABELS).toContain(result.label);
    expect(result.confidence).toBeGreaterThanOrEqual(0);
    expect(result.confidence).toBeLessThanOrEqual(1);
    for (const signal of result.signals) expect(SIGNALS).toContain(signal);
    for (const e of result.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeGreaterThan(e.start);
      expect(reply.slice(e.start, e.end)).toBe(e.text);
    }
  }

  it('gives a well-formed classification whose evidence quotes the reply, or EmptyReplyError for a blank reply', () => {
    fc.assert(
      fc.property(
        fc.oneof({ weight: 8, arbitrary: fc.oneof(text, oddString) }, { weight: 1, arbitrary: longText }),
        fc.option(fc.oneof(text, oddString), { nil: undefined }),
        fc.option(fc.oneof(fc.constantFrom('anger', 'sadness', 'numbness', 'confusion'), fc.string()), {
          nil: undefined,
        }),
        (reply, partner, emotion) => expectClassificationOrEmptyReply(reply, { partner, emotion }),
      ),
      { numRuns: 2500, seed: SEED },
    );
  }, 60_000);

  it('ignores a context of the wrong shape (a partner line that is not a string) rather than throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(text, oddString),
        fc.oneof(fc.anything(), fc.record({ partner: fc.anything(), emotion: fc.anything() })),
        (reply, context) => expectClassificationOrEmptyReply(reply, context),
      ),
      { numRuns: 1000, seed: SEED },
    );
  });

  it('refuses anything that is not a string with EmptyReplyError, never another throw', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        if (typeof input === 'string') return;
        expect(() => classifyReply(input as string)).toThrow(EmptyReplyError);
      }),
      { numRuns: 500, seed: SEED },
    );
  });
});

describe('parseScenario on arbitrary YAML', () => {
  const nastyYaml = fc.constantFrom(
    // An alias bomb (a few lines that expand to millions of nodes) and an alias to nothing.
    'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
    'id: *nowhere\n',
    '%YAML 9.9\n---\nid: x\n',
    'id: !!binary aGVsbG8=\n',
    '<<: {id: x}\n',
    '? [a, b]\n: c\n',
    '__proto__: {polluted: true}\nid: x\n',
    `${'- '.repeat(3000)}x\n`,
    `${'['.repeat(3000)}`,
    'id: 1e99999\n',
    '\ufeffid: x\n',
    '',
  );

  function expectResultOrScenarioError(yamlText: string): void {
    try {
      const scenario = parseScenario(yamlText, 'fuzz.yaml');
      expect(typeof scenario.id).toBe('string');
    } catch (error) {
      if (!(error instanceof ScenarioError)) {
        throw new Error(
          `parseScenario threw ${(error as Error)?.name}: ${(error as Error)?.message} for ${JSON.stringify(yamlText.slice(0, 200))}`,
        );
      }
      expect(error.problems.length).toBeGreaterThan(0);
    }
  }

  it('turns any text into a scenario or a ScenarioError, never another throw', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 3, arbitrary: fc.string({ maxLength: 300 }) },
          { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => YAML.stringify(v)) },
          { weight: 1, arbitrary: oddString },
          { weight: 1, arbitrary: nastyYaml },
        ),
        (yamlText) => expectResultOrScenarioError(yamlText),
      ),
      { numRuns: 1500, seed: SEED },
    );
    expect(Object.keys(Object.prototype)).toEqual([]);
  }, 60_000);

  it('turns a real scenario with any one field replaced into a scenario or a ScenarioError', async () => {
    const files = await scenarioFilesIn(SCENARIO_DIR).catch(() => [] as string[]);
    if (files.length === 0) {
      console.warn('no scenario files found: the mutation fuzz has nothing to mutate');
      return;
    }
    const documents = files.map((file) => YAML.parse(readFileSync(file, 'utf8')) as unknown);
    const paths = documents.map((doc) => leafPaths(doc));
    fc.assert(
      fc.property(
        fc.nat(documents.length - 1),
        fc.nat(),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), text, fc.constant(undefined)),
        (d, p, replacement) => {
          const doc = structuredClone(documents[d]);
          const list = paths[d] as string[][];
          const path = list[p % list.length] as string[];
          setAt(doc, path, replacement);
          expectResultOrScenarioError(YAML.stringify(doc));
        },
      ),
      { numRuns: 300, seed: SEED },
    );
  }, 60_000);
});

/** Every path in a parsed YAML document, containers included. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const out: string[][] = prefix.length > 0 ? [prefix] : [];
  for (const [key, child] of Object.entries(value as Record<string, unknown>))
    out.push(...leafPaths(child, [...prefix, key]));
  return out;
}

function setAt(doc: unknown, path: string[], replacement: unknown): void {
  let node = doc as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1) as string;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
}
