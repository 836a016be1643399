// The web client through a storage outage, in Debian's Chromium: the server runs on PostgreSQL
// behind the fault proxy, which starts refusing in the middle of a conversation. The page must
// say that Mend cannot reach its storage, keep the person's reply and keep trying with backoff,
// never call the session gone or offer to remove it from the journal (the journal holds the only
// copy of its token), and send the reply exactly once when the database is back. Skipped, saying
// why, without Chromium or PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../server/api-contract.js';
import { type App, buildApp } from '../../server/app.js';
import { PostgresStore } from '../../server/store/postgres-store.js';
import { hasChromium, launchChromium, openPage } from '../browser/browser-kit.js';
import { listen, scenarios } from '../server/server-fixtures.js';
import {
  createTestDatabase,
  postgresUnavailableReason,
  type TestDatabase,
  warnSkipped,
} from '../store/postgres-test-database.js';
import { FaultProxy } from '../support/fault-proxy.js';
import { repo } from '../support/server-process.js';

const unavailable = hasChromium ? await postgresUnavailableReason() : 'Chromium is not installed at /usr/bin/chromium';
warnSkipped('the web client through a storage outage', unavailable);

const FIRST = 'I broke your trust, and I am not going to make excuses for it.';
const SECOND = 'Take whatever time you need. I am here, and I will answer anything.';

interface JournalRecord {
  id: string;
  token: string;
}

const journal = async (page: Page): Promise<JournalRecord[]> =>
  JSON.parse((await page.evaluate<string | null>("localStorage.getItem('mend.journal.v1')")) ?? '[]');

const statusText = async (page: Page): Promise<string> =>
  (await page.locator('.connection').first().textContent()) ?? '';

describe.skipIf(unavailable !== null)('the web client through a storage outage', () => {
  let database: TestDatabase;
  let proxy: FaultProxy;
  let store: PostgresStore;
  let app: App;
  let address: string;
  let browser: Browser;
  let clientDir: string;

  beforeAll(async () => {
    // Built into a folder of its own, so this suite never races the browser suite over dist/client.
    clientDir = mkdtempSync(join(tmpdir(), 'mend-outage-client-'));
    const { build } = await import('vite');
    await build({
      configFile: join(repo, 'client/vite.config.ts'),
      build: { outDir: clientDir, emptyOutDir: true },
      logLevel: 'warn',
    });
    database = await createTestDatabase('outage_browser');
    const target = new URL(database.url);
    proxy = await FaultProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    target.port = String(proxy.port);
    store = await PostgresStore.open({
      connectionString: target.toString(),
      timeouts: { connectMs: 1000, statementMs: 1000, queryMs: 1500, keepAliveMs: 0 },
    });
    app = await buildApp({ store, scenarios: await scenarios(), rateLimitPerMinute: 0, clientDir });
    address = await listen(app);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await proxy?.resume();
    await app?.close();
    await store?.close();
    await proxy?.close();
    await database?.drop();
    if (clientDir !== undefined) rmSync(clientDir, { recursive: true, force: true });
  });

  const serverView = async (id: string, token: string): Promise<SessionView> => {
    const response = await fetch(`http://${address}/api/sessions/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as SessionView;
  };

  it('says the storage is unreachable, keeps the reply and the journal entry, and sends the reply once when it is back', async () => {
    const { page, context, problems } = await openPage(browser, `http://${address}`);
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    try {
      await page.goto('/');
      await page
        .getByRole('button', { name: /^Start with / })
        .first()
        .click();
      await page.waitForURL(/#\/practice\//);
      const box = page.getByRole('textbox', { name: 'Your reply' });
      await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('Connected');
      await box.fill(FIRST);
      await box.press('Enter');
      const [entry] = await journal(page);
      if (entry === undefined) throw new Error('the session is not in the journal');
      await expect
        .poll(async () => (await serverView(entry.id, entry.token)).turns.length, { timeout: 15_000 })
        .toBe(1);

      await proxy.refuse();
      await box.fill(SECOND);
      await box.press('Enter');
      await expect.poll(() => statusText(page), { timeout: 15_000 }).toMatch(/cannot reach its storage/);
      await page.getByText(/Not sent yet/).waitFor();
      // It keeps trying, with backoff, and never gives the session up.
      const before = sockets.length;
      await expect.poll(() => sockets.length, { timeout: 15_000 }).toBeGreaterThan(before + 1);
      expect(await page.getByText(/can no longer be reached/).count()).toBe(0);
      expect((await journal(page)).map((e) => e.id)).toContain(entry.id);

      // A reload in the middle of the outage: "try again", never "remove it from the journal".
      await page.reload();
      await page.getByRole('button', { name: 'Try again' }).waitFor({ timeout: 15_000 });
      expect(await page.getByRole('button', { name: /Remove it from the journal/ }).count()).toBe(0);
      expect(await page.getByText(/This session is gone/).count()).toBe(0);
      expect((await journal(page)).map((e) => e.id)).toContain(entry.id);

      await proxy.resume();
      // The page comes back on its own (the connection keeps trying) and the kept reply goes once.
      await expect.poll(() => statusText(page), { timeout: 20_000 }).toContain('Connected');
      await expect
        .poll(async () => (await serverView(entry.id, entry.token)).turns.length, { timeout: 15_000 })
        .toBe(2);
      expect((await serverView(entry.id, entry.token)).turns.map((turn) => turn.reply)).toEqual([FIRST, SECOND]);
      await expect.poll(() => page.getByText(/Not sent yet/).count()).toBe(0);
      expect(problems.filter((problem) => !/503|Service Unavailable/.test(problem))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
