// The server as `npm start` and the container run it: bundled into one file by
// scripts/bundle-server.mjs. Built here from the current sources (esbuild takes under a second), so
// this checks what a user would run, not a leftover build.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bundleServer } from '../../scripts/bundle-server.mjs';
import type { CreatedSession, ScenarioSummary, SessionView, TurnResult } from '../../server/api-contract.js';
import { api, killServers, repo, ServerProcess } from '../support/server-process.js';
import { expectFrame, FrameClient, turnsInProcess } from './server-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mend-bundle-'));
// One folder below the repository, like dist/mend-server.js: the server finds scenarios/ from there.
const bundle = join(repo, 'dist', `mend-server.test-${process.pid}.js`);

beforeAll(async () => {
  await bundleServer(bundle);
}, 60_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundle, { force: true });
  rmSync(`${bundle}.LEGAL.txt`, { force: true });
});
afterEach(killServers);

const REPLIES = ['I hid it from you, and that was my choice.', 'You have every right to be this angry.'];

describe('the bundled server', () => {
  it('serves the page, the scenarios and a whole session, with the same turns as the sources', async () => {
    const server = await ServerProcess.start({ databaseUrl: `sqlite:${join(dir, 'mend.db')}`, entry: bundle });

    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const scenarios = (await api<ScenarioSummary[]>(server.address, 'GET', '/api/scenarios')).body;
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
    const scenarioId = scenarios[0]?.id as string;

    // One reply over HTTP, one over the WebSocket.
    const created = (
      await api<CreatedSession>(server.address, 'POST', '/api/sessions', undefined, { scenarioId, seed: 7 })
    ).body;
    const first = await api<TurnResult>(server.address, 'POST', `/api/sessions/${created.id}/replies`, created.token, {
      text: REPLIES[0],
    });
    expect(first.status).toBe(200);
    const socket = await FrameClient.connect(server.address, created.id);
    socket.send({ type: 'hello', token: created.token });
    expectFrame(await socket.next(), 'session');
    socket.send({ type: 'reply', text: REPLIES[1], requestId: 'second' });
    const second = expectFrame(await socket.next(), 'turn');
    socket.close();
    const view = (await api<SessionView>(server.address, 'GET', `/api/sessions/${created.id}`, created.token)).body;
    expect(view.turns).toEqual([first.body.turn, second.turn]);

    // The bundle carries the same classifier model and engine: same seed, same replies, same turns.
    expect(view.turns).toEqual((await turnsInProcess({ scenarioId, seed: 7 }, REPLIES)).map((r) => r.turn));

    expect(await server.stop('SIGTERM')).toBe(0);
    for (const text of REPLIES) expect(server.output()).not.toContain(text);
    expect(server.output()).not.toContain(created.token);
  }, 60_000);

  it('loads no package from node_modules at start but the SQLite driver', () => {
    // What makes it start fast: everything else is inside the one file.
    const source = readFileSync(bundle, 'utf8');
    const imported = [...source.matchAll(/^import\s[^;]*?from\s*"([^"]+)";?$/gm)].map((m) => m[1] as string);
    expect(imported.filter((specifier) => !specifier.startsWith('node:'))).toEqual(['better-sqlite3']);
  });
});
