// The web client, walked the way a person uses it, in Debian's Chromium against the real server:
// practise, rewind, end and read the report, replay, quick check, the journal after a reload,
// delete, a whole session by keyboard, and a connection that drops mid-session. axe-core checks
// every page; screenshots at 1280 and 390 px land in tests/artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../server/api-contract.js';
import {
  canvasHasInk,
  hasChromium,
  launchChromium,
  openPage,
  type PageElement,
  screenshots,
  seriousViolations,
  type WatchedPage,
} from './browser-kit.js';
import { buildClient, MendServer } from './mend-server.js';

if (!hasChromium)
  console.warn('Skipping the browser suite: /usr/bin/chromium is not installed (apt-get install -y chromium).');

const REPLIES = [
  "You found out in the worst way, and I chose every one of those messages. I'm sorry.",
  'It sounds like you feel betrayed and humiliated. What hurts most right now?',
  "I didn't mean for it to go that far, it just happened.",
];
const RETRY = "I hear how angry you are. Take all the time you need; I'm not going anywhere.";

interface JournalRecord {
  id: string;
  token: string;
  scenarioTitle: string;
  status: string;
}

const journal = async (page: Page): Promise<JournalRecord[]> =>
  JSON.parse((await page.evaluate<string | null>("localStorage.getItem('mend.journal.v1')")) ?? '[]');

const focusedId = (page: Page): Promise<string | undefined> => page.evaluate('document.activeElement?.id');

const sessionIdOf = (page: Page): string => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');

const partnerLines = (page: Page) => page.getByRole('log', { name: 'Conversation' }).locator('.line.partner');
const yourLines = (page: Page) => page.getByRole('log', { name: 'Conversation' }).locator('.line.you');
const feedback = (page: Page) => page.getByRole('region', { name: 'Feedback' });

async function startFirstScenario(page: Page): Promise<string> {
  if (new URL(page.url()).hash.replace(/^#\/?/, '') !== '' || !page.url().startsWith('http')) await page.goto('/');
  const start = page.getByRole('button', { name: /^Start with / }).first();
  await start.waitFor();
  await start.click();
  await page.waitForURL(/#\/practice\//);
  await partnerLines(page).first().waitFor();
  return sessionIdOf(page);
}

/** Types a reply, presses Enter, and waits for the partner's answer and the feedback on it. */
async function sendReply(page: Page, text: string): Promise<void> {
  const before = await partnerLines(page).count();
  const box = page.getByRole('textbox', { name: 'Your reply' });
  await box.fill(text);
  await box.press('Enter');
  await expect.poll(() => partnerLines(page).count(), { timeout: 15_000 }).toBe(before + 1);
  await expect.poll(() => feedback(page).textContent()).toContain(`On your reply ${before}`);
}

async function serverSession(server: MendServer, id: string, token: string): Promise<SessionView> {
  const response = await fetch(`${server.url}/api/sessions/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as SessionView;
}

describe.skipIf(!hasChromium)('the web client in a real browser', () => {
  let server: MendServer;
  let browser: Browser;
  let main: WatchedPage;

  beforeAll(async () => {
    await buildClient();
    [server, browser] = await Promise.all([MendServer.start(), launchChromium()]);
    main = await openPage(browser, server.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  const expectAccessible = async (page: Page): Promise<void> => {
    expect(await seriousViolations(page)).toEqual([]);
  };

  it('when a person picks a scenario and sends three replies, each gets a partner line and feedback', async () => {
    const { page } = main;
    await page.goto('/');
    await expect.poll(() => page.getByRole('button', { name: /^Start with / }).count()).toBeGreaterThan(0);
    expect(await page.getByText(/This is practice, not therapy/).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshots(page, 'home');

    await page.getByRole('radio', { name: /Realistic/ }).check();
    await startFirstScenario(page);
    expect(await page.getByText(/^With .+ · Realistic/).count()).toBe(1);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Connected');
    await expect.poll(() => page.getByRole('meter', { name: 'Trust' }).count()).toBe(1);

    for (const [index, reply] of REPLIES.entries()) {
      await sendReply(page, reply);
      expect(await yourLines(page).nth(index).textContent()).toContain(reply);
      const region = feedback(page);
      expect(await region.locator('.label-chip').count()).toBe(1);
      expect((await region.locator('.feedback-summary').textContent())?.length).toBeGreaterThan(10);
      await region.getByRole('button', { name: 'Use this wording' }).waitFor();
    }
    // The words the feedback points at are highlighted in the person's own reply.
    expect(await feedback(page).locator('mark').count()).toBeGreaterThan(0);

    // "Use this wording" puts the suggestion in the box, to edit or send.
    const suggestion = (await feedback(page).locator('.suggestion blockquote').textContent()) ?? '';
    await feedback(page).getByRole('button', { name: 'Use this wording' }).click();
    expect(await page.getByRole('textbox', { name: 'Your reply' }).inputValue()).toBe(suggestion);
    await page.getByRole('textbox', { name: 'Your reply' }).fill('');

    await expectAccessible(page);
    await screenshots(page, 'practice');
    expect(main.problems).toEqual([]);
  }, 90_000);

  it('when the person tries again from the second reply, a new session keeps the first reply and goes on', async () => {
    const { page } = main;
    const original = sessionIdOf(page);
    await yourLines(page)
      .nth(1)
      .getByRole('button', { name: /Try again from here/ })
      .click();
    await page.waitForURL((url) => url.hash.startsWith('#/practice/') && !url.hash.includes(original));
    await partnerLines(page).first().waitFor();
    expect(await yourLines(page).count()).toBe(1);
    expect(await yourLines(page).first().textContent()).toContain(REPLIES[0]);
    expect(await page.getByText('A new try from an earlier point').count()).toBe(1);

    await sendReply(page, RETRY);
    expect(await yourLines(page).count()).toBe(2);
    const entries = await journal(page);
    expect(entries.map((entry) => entry.id)).toEqual(expect.arrayContaining([original, sessionIdOf(page)]));
    expect(main.problems).toEqual([]);
  }, 60_000);

  it('when the person ends the conversation, the report shows the score and a drawn chart, and exports', async () => {
    const { page } = main;
    await page.getByRole('button', { name: 'End conversation' }).click();
    await page.waitForURL(/#\/report\//);
    await page.getByRole('heading', { name: 'How it went' }).waitFor();
    expect(await page.locator('.score-number').textContent()).toMatch(/^\d+$/);
    await expect.poll(() => canvasHasInk(page, '.chart-box canvas'), { timeout: 10_000 }).toBe(true);
    // The same numbers as a table: the opening plus two replies.
    expect(await page.locator('.chart-table tbody tr').count()).toBe(3);
    expect(await page.getByRole('heading', { name: 'Moments worth revisiting' }).count()).toBe(1);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download as text/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.md$/);
    const { readFile } = await import('node:fs/promises');
    expect(await readFile(await file.path(), 'utf8')).toContain(RETRY);

    await expectAccessible(page);
    await screenshots(page, 'report');
    expect(main.problems).toEqual([]);
  }, 60_000);

  it('when the person replays the session, they step through each reply with its feedback and can branch', async () => {
    const { page } = main;
    await page.getByRole('link', { name: 'Replay step by step' }).click();
    await page.waitForURL(/#\/replay\//);
    await page.getByText(/The opening/).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Reply 1 of 2').waitFor();
    expect(await feedback(page).textContent()).toContain(REPLIES[0]);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('Reply 2 of 2').waitFor({ timeout: 8_000 });
    expect(await feedback(page).textContent()).toContain(RETRY);
    await page.getByRole('button', { name: 'Previous' }).click();
    await page.getByText('Reply 1 of 2').waitFor();

    await expectAccessible(page);
    await screenshots(page, 'replay');

    const replayed = sessionIdOf(page);
    await page.getByRole('button', { name: 'Try again from here' }).click();
    await page.waitForURL((url) => url.hash.startsWith('#/practice/') && !url.hash.includes(replayed));
    await partnerLines(page).first().waitFor();
    expect(await yourLines(page).count()).toBe(0);
    expect(main.problems).toEqual([]);
  }, 60_000);

  it('when the person checks one sentence, the quick check shows the label, highlights and a suggestion', async () => {
    const { page } = main;
    await page.goto('/');
    const box = page.getByRole('region', { name: 'How does this sound?' });
    await box.getByRole('button', { name: 'Check' }).click();
    await box.getByText('Write a sentence to check first.').waitFor();
    await box
      .getByRole('textbox', { name: 'Your sentence' })
      .fill("I'm sorry you feel that way, but you were never home.");
    await box.getByRole('button', { name: 'Check' }).click();
    await box.locator('.feedback-card').waitFor();
    expect(await box.locator('.label-chip').textContent()).toMatch(/Defensive|Minimizing/);
    expect(await box.locator('mark').count()).toBeGreaterThan(0);
    expect((await box.locator('.suggestion blockquote').textContent())?.length).toBeGreaterThan(10);
    await expectAccessible(page);
    await screenshots(page, 'quick-check');
    expect(main.problems).toEqual([]);
  }, 30_000);

  it('after a reload the sessions are in the journal, and one can be deleted after confirming', async () => {
    const { page } = main;
    await page.reload();
    const entries = await journal(page);
    const ended = entries.find((entry) => entry.status !== 'active');
    expect(ended).toBeDefined();
    const list = page.locator('.journal-list > li');
    await expect.poll(() => list.count()).toBe(entries.length);
    expect(await page.getByText(/Your listening score across attempts/).count()).toBe(1);
    await screenshots(page, 'journal');

    // The first session (three replies, one of them minimizing): each moment worth revisiting offers a rewind.
    const first = entries[0];
    if (first && first.id !== ended?.id) {
      await page.goto(`/#/report/${first.id}`);
      await page.getByRole('heading', { name: 'How it went' }).waitFor();
      const moments = page.locator('.moment');
      expect(await moments.getByRole('button', { name: /Try again from here/ }).count()).toBe(await moments.count());
    }

    const { id, token } = ended as JournalRecord;
    await page.goto(`/#/report/${id}`);
    await page.getByRole('heading', { name: 'How it went' }).waitFor();
    await page.getByRole('button', { name: 'Delete this session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this session for good?' });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await serverSession(server, id, token)).id).toBe(id);

    await page.getByRole('button', { name: 'Delete this session' }).click();
    await dialog.getByRole('button', { name: 'Delete it' }).click();
    await page.waitForURL((url) => url.hash === '#/');
    await page.getByText('The session was deleted.').waitFor();
    expect((await journal(page)).some((entry) => entry.id === id)).toBe(false);
    const gone = await fetch(`${server.url}/api/sessions/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(gone.status).toBe(404);
    expect(main.problems).toEqual([]);
  }, 60_000);

  // A reply that signals crisis: tests/browser/safety-check-in.test.ts.

  it('when the server refuses something, the reason is shown in plain words where it happened', async () => {
    const { page, context, problems } = await openPage(browser, server.url);
    try {
      const id = await startFirstScenario(page);
      const box = page.getByRole('textbox', { name: 'Your reply' });
      const tooLong = 'I am listening. '.repeat(130);
      await box.fill(tooLong);
      await box.press('Enter');
      // Right under the reply box, and the words are back in the box to shorten.
      const error = page.locator('#reply-error');
      await expect.poll(() => error.textContent(), { timeout: 15_000 }).toMatch(/at most 2000 characters/);
      expect(await box.inputValue()).toBe(tooLong);

      // Deleted from elsewhere (another window, a script): the page says so instead of going quiet.
      const [entry] = await journal(page);
      await fetch(`${server.url}/api/sessions/${id}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${entry?.token ?? ''}` },
      });
      await page.getByText(/can no longer be reached/).waitFor({ timeout: 10_000 });
      await page.reload();
      await page.getByRole('heading', { name: 'This session is gone' }).waitFor();
      await page.getByRole('button', { name: 'Remove it from the journal' }).click();
      await page.waitForURL((url) => url.hash === '#/');
      expect(await journal(page)).toEqual([]);
      expect(problems.filter((problem) => !problem.includes('404'))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('a whole session works from the keyboard alone', async () => {
    const { page, context, problems } = await openPage(browser, server.url);
    try {
      await page.goto('/');
      await page
        .getByRole('button', { name: /^Start with / })
        .first()
        .waitFor();
      await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent?.startsWith('Start with') === true);
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/practice\//);
      await partnerLines(page).first().waitFor();

      await tabTo(page, (el) => el.id === 'reply-box');
      await page.keyboard.type('I lied to you, and that was my choice.');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('I am sorry.');
      expect(await page.getByRole('textbox', { name: 'Your reply' }).inputValue()).toContain('\n');
      await page.keyboard.press('Enter');
      await expect.poll(() => partnerLines(page).count(), { timeout: 15_000 }).toBe(2);
      // Focus stays in the box, ready for the next reply.
      expect(await focusedId(page)).toBe('reply-box');

      await tabTo(page, (el) => el.textContent === 'What could I say?');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByRole('textbox', { name: 'Your reply' }).inputValue(), { timeout: 10_000 })
        .not.toBe('');
      expect(await focusedId(page)).toBe('reply-box');
      await page.keyboard.press('Enter');
      await expect.poll(() => partnerLines(page).count(), { timeout: 15_000 }).toBe(3);

      const [entry] = await journal(page);
      const view = await serverSession(server, entry?.id ?? '', entry?.token ?? '');
      expect(view.turns.map((turn) => turn.hinted === true)).toEqual([false, true]);

      await tabTo(page, (el) => el.textContent === 'End conversation');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/report\//);
      await tabTo(page, (el) => el.textContent === 'Delete this session');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      // The safe choice has focus first; Escape closes without deleting.
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Keep it');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('when the server goes away mid-session, a reply typed meanwhile is sent once after it comes back', async () => {
    const { page, context, problems } = await openPage(browser, server.url);
    const sent: Array<{ text: string; requestId: string }> = [];
    page.on('websocket', (socket) =>
      socket.on('framesent', ({ payload }) => {
        const frame = JSON.parse(String(payload)) as { type: string; text?: string; requestId?: string };
        if (frame.type === 'reply') sent.push({ text: frame.text ?? '', requestId: frame.requestId ?? '' });
      }),
    );
    try {
      const id = await startFirstScenario(page);
      await sendReply(page, REPLIES[0] as string);

      await server.stop('SIGTERM');
      await page.getByText(/Reconnecting/).waitFor({ timeout: 10_000 });
      const box = page.getByRole('textbox', { name: 'Your reply' });
      await box.fill(REPLIES[1] as string);
      await box.press('Enter');
      await page.getByText(/Not sent yet/).waitFor();
      await screenshots(page, 'practice-reconnecting');

      await server.start();
      await page.getByText('Connected', { exact: true }).waitFor({ timeout: 20_000 });
      await expect.poll(() => partnerLines(page).count(), { timeout: 15_000 }).toBe(3);

      // The server crashes right after a reply leaves the page: on return it is applied exactly once.
      await box.fill(REPLIES[2] as string);
      const count = sent.length;
      await box.press('Enter');
      await expect.poll(() => sent.length).toBeGreaterThan(count);
      await server.stop('SIGKILL');
      await server.start();
      await expect.poll(() => partnerLines(page).count(), { timeout: 25_000 }).toBe(4);

      const [entry] = await journal(page);
      const view = await serverSession(server, id, entry?.token ?? '');
      expect(view.turns.map((turn) => turn.reply)).toEqual(REPLIES);
      for (const reply of REPLIES.slice(1)) {
        const frames = sent.filter((frame) => frame.text === reply);
        expect(frames.length).toBeGreaterThan(0);
        expect(new Set(frames.map((frame) => frame.requestId)).size).toBe(1);
      }
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('when the answer to a reply is lost on the way back, the resend carries the same requestId and takes one turn', async () => {
    const { page, context, problems } = await openPage(browser, server.url);
    const sent: Array<{ text: string; requestId: string }> = [];
    let dropNextTurn = false;
    await page.routeWebSocket(/\/ws$/, (socket) => {
      const upstream = socket.connectToServer();
      socket.onMessage((message) => {
        const frame = JSON.parse(String(message)) as { type: string; text?: string; requestId?: string };
        if (frame.type === 'reply') sent.push({ text: frame.text ?? '', requestId: frame.requestId ?? '' });
        upstream.send(message);
      });
      upstream.onMessage((message) => {
        if (dropNextTurn && (JSON.parse(String(message)) as { type: string }).type === 'turn') {
          // The turn was taken and stored, but its answer never reaches the page: the line drops.
          dropNextTurn = false;
          void socket.close({ code: 1011, reason: 'lost' });
          return;
        }
        socket.send(message);
      });
    });
    try {
      const id = await startFirstScenario(page);
      dropNextTurn = true;
      const box = page.getByRole('textbox', { name: 'Your reply' });
      await box.fill(REPLIES[0] as string);
      await box.press('Enter');
      await expect.poll(() => partnerLines(page).count(), { timeout: 20_000 }).toBe(2);

      const frames = sent.filter((frame) => frame.text === REPLIES[0]);
      expect(frames.length).toBe(2);
      expect(new Set(frames.map((frame) => frame.requestId)).size).toBe(1);
      const [entry] = await journal(page);
      const view = await serverSession(server, id, entry?.token ?? '');
      expect(view.turns.map((turn) => turn.reply)).toEqual([REPLIES[0]]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

/** Presses Tab until the focused element matches (or fails after many presses). */
async function tabTo(page: Page, matches: (element: PageElement) => boolean): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press('Tab');
    const active = await page.evaluateHandle('document.activeElement ?? document.body');
    const found = await active.evaluate(matches);
    await active.dispose();
    if (found) return;
  }
  throw new Error(`Tab never reached the element (${matches.toString()})`);
}
