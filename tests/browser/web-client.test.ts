// The web client, walked the way a person uses it, in Debian's Chromium against the real server:
// the first visit, practising in the chat (at a laptop and a phone size), endings, rewind and the
// comparison, the report and its chart, replay, quick check, "Your practice" with the journal moved
// between browsers, delete, a whole session by keyboard, and a connection that drops mid-session.
// axe-core checks every page, state and dialog; screenshots at 1280 and 390 px land in
// tests/artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canvasHasInk,
  DESKTOP,
  hasChromium,
  launchChromium,
  openPage,
  type PageElement,
  PHONE,
  screenshots,
  seriousViolations,
  type WatchedPage,
} from './browser-kit.js';
import { buildClient, MendServer } from './mend-server.js';
import {
  adopt,
  apiSession,
  conversation,
  endPanel,
  focusedId,
  inViewport,
  type JournalRecord,
  journal,
  latestFeedback,
  oneReplyFromTheEnd,
  partnerLines,
  replyBox,
  sendReply,
  sessionIdOf,
  startFirstScenario,
  yourLines,
} from './practice-driver.js';

if (!hasChromium)
  console.warn('Skipping the browser suite: /usr/bin/chromium is not installed (apt-get install -y chromium).');

const REPLIES = [
  "You found out in the worst way, and I chose every one of those messages. I'm sorry.",
  'It sounds like you feel betrayed and humiliated. What hurts most right now?',
  "I didn't mean for it to go that far, it just happened.",
];
const RETRY = "I hear how angry you are. Take all the time you need; I'm not going anywhere.";
const FIVE = [
  ...REPLIES,
  'You are right to be angry with me. I lied, and I kept lying.',
  "Ask me anything. I'll answer it straight, even the parts I'm ashamed of.",
];
const KIND = ["I'm sorry I lied to you. That was my choice.", 'I hurt you, and I chose to. I am sorry.'];
const HARSH = ['But you were never home!', 'But you never listen to me anyway!'];
/** Replies that answer nothing: the partner stops asking and withdraws. */
const FILLER = ['Okay.', 'I see.', 'Right.'];

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

  /** A second browser for one test, closed (with its problems checked) at the end. */
  async function withPage(
    test: (watched: WatchedPage) => Promise<void>,
    options: Parameters<typeof openPage>[2] = {},
  ): Promise<void> {
    const watched = await openPage(browser, server.url, options);
    try {
      await test(watched);
      expect(watched.problems).toEqual([]);
    } finally {
      await watched.context.close();
    }
  }

  it('on a first visit, an introduction says what Mend is and where things are kept; it can be skipped and opened again', async () => {
    await withPage(
      async ({ page }) => {
        await page.goto('/');
        const intro = page.getByRole('dialog', { name: 'Welcome to Mend' });
        await intro.waitFor();
        expect(await intro.textContent()).toMatch(/practice, not therapy/);
        expect(await intro.textContent()).toMatch(/stays on the server that runs Mend/);
        expect(await intro.locator('.label-chip').textContent()).toContain('Validating');
        await expectAccessible(page);
        await screenshots(page, 'intro', { fullPage: false });
        await intro.getByRole('button', { name: 'Skip' }).click();
        await intro.waitFor({ state: 'hidden' });

        await page.reload();
        await page.getByRole('heading', { level: 1 }).waitFor();
        expect(await page.getByRole('dialog').count()).toBe(0);
        await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How it works' }).click();
        await page.getByRole('button', { name: 'Show the introduction again' }).click();
        await intro.waitFor();
        await page.keyboard.press('Escape');
        await intro.waitFor({ state: 'hidden' });
      },
      { firstVisit: true },
    );
  }, 60_000);

  it('"How it works" shows the four verdicts, each with its own colour, icon and word, and defines the score', async () => {
    const { page } = main;
    await page.goto('/#/help');
    await page.getByRole('heading', { name: 'The four verdicts' }).waitFor();
    const chips = page.locator('.verdict .label-chip');
    expect(await chips.count()).toBe(4);
    const looks = await chips.evaluateAll((elements: ChipElement[]) => {
      const view = globalThis as unknown as {
        getComputedStyle(element: ChipElement): { backgroundColor: string; color: string };
      };
      return elements.map((element) => ({
        text: element.textContent?.trim(),
        background: view.getComputedStyle(element).backgroundColor,
        colour: view.getComputedStyle(element).color,
        icon: element.querySelector('svg path')?.getAttribute('d'),
      }));
    });
    expect(looks.map((look) => look.text)).toEqual(['Validating', 'Defensive', 'Minimizing', 'Neutral']);
    for (const part of ['background', 'colour', 'icon'] as const) {
      expect(new Set(looks.map((look) => look[part])).size, part).toBe(4);
    }
    expect(await page.getByText(/one such reply keeps the score at 90/).count()).toBe(1);
    await expectAccessible(page);
    await screenshots(page, 'help');
  }, 30_000);

  it('when a person picks a scenario and sends three replies, each gets a partner line and a feedback line', async () => {
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
    // The session opens in the reply box.
    expect(await focusedId(page)).toBe('reply-box');

    for (const [index, reply] of REPLIES.entries()) {
      await sendReply(page, reply);
      expect(await yourLines(page).nth(index).textContent()).toContain(reply);
      const line = latestFeedback(page);
      expect(await line.locator('.label-chip').count()).toBe(1);
      expect((await line.textContent())?.length).toBeGreaterThan(20);
      // Only the latest reply has the line; earlier replies keep a chip that opens theirs.
      expect(await conversation(page).locator('.feedback-line').count()).toBe(1);
      expect(await conversation(page).locator('.chip-button').count()).toBe(index);
    }
    // The words the feedback points at are highlighted in the person's own reply.
    expect(await yourLines(page).last().locator('mark').count()).toBeGreaterThan(0);
    await screenshots(page, 'practice');

    // "More" opens the whole card; "Use this wording" puts the suggestion in the box, to edit or send.
    await latestFeedback(page).getByRole('button', { name: /^More/ }).click();
    const card = latestFeedback(page).locator('.feedback-card');
    await card.waitFor();
    await expectAccessible(page);
    await screenshots(page, 'practice-more');
    const suggestion = (await card.locator('.suggestion blockquote').textContent()) ?? '';
    await card.getByRole('button', { name: 'Use this wording' }).click();
    expect(await replyBox(page).inputValue()).toBe(suggestion);
    expect(await focusedId(page)).toBe('reply-box');
    await replyBox(page).fill('');
    await expectAccessible(page);

    // An earlier reply's chip opens its card.
    await conversation(page).locator('.chip-button').first().click();
    await conversation(page).locator('#feedback-1').waitFor();
    expect(await conversation(page).locator('#feedback-1').textContent()).toContain('Try again from here');
    await conversation(page).locator('.chip-button').first().click();
    await expectAccessible(page);
    expect(main.problems).toEqual([]);
  }, 90_000);

  it('when the person tries again from the second reply, a new session keeps the first reply and can be compared', async () => {
    const { page } = main;
    const original = sessionIdOf(page);
    await conversation(page).locator('.chip-button').nth(1).click();
    await conversation(page)
      .locator('#feedback-2')
      .getByRole('button', { name: /Try again from here/ })
      .click();
    await page.waitForURL((url) => url.hash.startsWith('#/practice/') && !url.hash.includes(original));
    await partnerLines(page).first().waitFor();
    expect(await yourLines(page).count()).toBe(1);
    expect(await yourLines(page).first().textContent()).toContain(REPLIES[0]);
    expect(await page.getByRole('link', { name: 'Compare with the first attempt' }).count()).toBe(1);
    // After a rewind the person is back in the reply box.
    await expect.poll(() => focusedId(page)).toBe('reply-box');

    await sendReply(page, RETRY);
    expect(await yourLines(page).count()).toBe(2);
    const entries = await journal(page);
    expect(entries.map((entry) => entry.id)).toEqual(expect.arrayContaining([original, sessionIdOf(page)]));

    await page.getByRole('link', { name: 'Compare with the first attempt' }).click();
    await page.waitForURL(/#\/compare\//);
    const first = page.getByRole('region', { name: 'First attempt' });
    const again = page.getByRole('region', { name: 'The new try' });
    await first.waitFor();
    expect(await page.getByText('The first reply was the same.', { exact: false }).count()).toBe(1);
    expect(await first.textContent()).toContain(REPLIES[1]);
    expect(await again.textContent()).toContain(RETRY);
    expect(await again.textContent()).not.toContain(REPLIES[1]);
    await expectAccessible(page);
    await screenshots(page, 'compare');
    await page.goBack();
    await partnerLines(page).first().waitFor();
    expect(main.problems).toEqual([]);
  }, 60_000);

  it('"End conversation" asks first; then the end panel takes the reply box\'s place, and the report has the score and an unclipped chart', async () => {
    const { page } = main;
    await page.getByRole('button', { name: 'End conversation' }).click();
    const dialog = page.getByRole('dialog', { name: 'End the conversation now?' });
    await dialog.waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Keep talking');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Keep talking' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await replyBox(page).count()).toBe(1);

    await page.getByRole('button', { name: 'End conversation' }).click();
    await dialog.getByRole('button', { name: 'End it' }).click();
    await endPanel(page).waitFor();
    expect(await inViewport(endPanel(page))).toBe(true);
    expect(await endPanel(page).textContent()).toContain('You ended the conversation.');
    await expect.poll(() => focusedId(page)).toBe('end-heading');
    expect(await replyBox(page).count()).toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'practice-ended');

    await endPanel(page).getByRole('link', { name: 'See how it went' }).click();
    await page.waitForURL(/#\/report\//);
    await page.getByRole('heading', { name: 'How it went' }).waitFor();
    expect(await page.locator('.score-number').textContent()).toMatch(/^\d+$/);
    await page.getByText('How the score works').click();
    expect(await page.getByText(/counts as\s+five/).count()).toBe(1);
    await expect.poll(() => canvasHasInk(page, '.chart-box canvas'), { timeout: 10_000 }).toBe(true);
    // The same numbers as a table: the opening plus two replies.
    expect(await page.locator('.chart-table tbody tr').count()).toBe(3);
    expect(await page.getByRole('heading', { name: 'Moments worth revisiting' }).count()).toBe(1);
    for (const size of [DESKTOP, PHONE]) {
      await page.setViewportSize(size);
      await expectPointsInsideCanvas(page);
    }
    await page.setViewportSize(DESKTOP);

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
    const feedback = page.getByRole('region', { name: 'Feedback' });
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText('Reply 1 of 2').waitFor();
    expect(await feedback.textContent()).toContain(REPLIES[0]);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByText('Reply 2 of 2').waitFor({ timeout: 8_000 });
    expect(await feedback.textContent()).toContain(RETRY);
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

  it('"Your practice" lists the sessions, unfinished first, with the score across attempts; the journal moves to another browser as a file', async () => {
    const { page } = main;
    await page.reload();
    // The start page offers the unfinished ones first.
    await page.getByRole('heading', { name: 'Pick up where you left off' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'home-returning');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your practice' }).click();
    await page.getByRole('heading', { name: 'Your practice', level: 1 }).waitFor();
    const entries = await journal(page);
    const items = page.locator('.journal-list > li');
    await expect.poll(() => items.count()).toBe(entries.length);
    const statuses = await items.locator('.journal-status').allTextContents();
    const firstFinished = statuses.findIndex((status) => status !== 'In progress');
    expect(firstFinished).toBeGreaterThan(0);
    expect(statuses.slice(firstFinished).every((status) => status !== 'In progress')).toBe(true);
    expect(await page.locator('.score-chart').count()).toBe(1);
    expect(await page.getByRole('link', { name: /Compare with the first attempt/ }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshots(page, 'progress');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the journal' }).click();
    const file = await (await download).path();
    await withPage(async ({ page: other }) => {
      await other.goto('/#/progress');
      await other.getByText('Nothing here yet.').waitFor();
      await other.locator('input[type=file]').setInputFiles(file);
      await other.getByText(`${entries.length} sessions added.`).waitFor();
      await expect.poll(() => other.locator('.journal-list > li').count()).toBe(entries.length);
      // Sessions from the file open in this browser too.
      await other
        .locator('.journal-list > li')
        .first()
        .getByRole('link', { name: /^Report/ })
        .click();
      await other.getByRole('heading', { name: 'How it went' }).waitFor();
      await other.goto('/#/progress');
      await other.locator('input[type=file]').setInputFiles(file);
      await other.getByText(`0 sessions added; ${entries.length} were already here.`).waitFor();
      await other.locator('input[type=file]').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"hello": "world"}'),
      });
      await other.getByText(/That file is not a Mend journal/).waitFor();
    });
    expect(main.problems).toEqual([]);
  }, 60_000);

  it('a session can be deleted from its report after confirming, and leaves the journal', async () => {
    const { page } = main;
    const entries = await journal(page);
    const ended = entries.find((entry) => entry.status !== 'active');
    expect(ended).toBeDefined();
    const { id, token } = ended as JournalRecord;
    await page.goto(`/#/report/${id}`);
    await page.getByRole('heading', { name: 'How it went' }).waitFor();
    await page.getByRole('button', { name: 'Delete this session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this session for good?' });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await apiSession(server, id, token)).id).toBe(id);

    await page.getByRole('button', { name: 'Delete this session' }).click();
    await dialog.getByRole('button', { name: 'Delete it' }).click();
    await page.waitForURL((url) => url.hash === '#/');
    await page.getByText('The session was deleted.').waitFor();
    expect((await journal(page)).some((entry) => entry.id === id)).toBe(false);
    const gone = await fetch(`${server.url}/api/sessions/${id}`, { headers: { authorization: `Bearer ${token}` } });
    expect(gone.status).toBe(404);
    expect(main.problems).toEqual([]);
  }, 60_000);

  describe.each([
    ['a laptop', DESKTOP],
    ['a phone', PHONE],
  ])('on %s', (_, viewport) => {
    it('after each of five replies, the reply box and the latest feedback line are in view, and focus is in the box', async () => {
      await withPage(
        async ({ page }) => {
          await startFirstScenario(page);
          for (const reply of FIVE) {
            await sendReply(page, reply);
            // Polled briefly: the conversation scrolls on the frame after the answer arrives.
            await expect.poll(() => inViewport(replyBox(page)), { timeout: 2_000 }).toBe(true);
            await expect.poll(() => inViewport(latestFeedback(page)), { timeout: 2_000 }).toBe(true);
            expect(await focusedId(page)).toBe('reply-box');
          }
          // The page itself does not scroll: only the conversation does.
          expect(await page.evaluate('document.scrollingElement.scrollHeight <= window.innerHeight + 1')).toBe(true);
          await expectAccessible(page);
        },
        { viewport },
      );
    }, 60_000);

    it('what you did is there to answer from: open beside the conversation, or folded under the reply box', async () => {
      await withPage(
        async ({ page }) => {
          await startFirstScenario(page);
          const facts = page.locator(viewport === PHONE ? '.what-you-did.under-reply' : '.what-you-did.side');
          await facts.waitFor();
          if (viewport === PHONE) {
            expect(await facts.evaluate((el) => el.hasAttribute('open'))).toBe(false);
            await facts.locator('summary').click();
          }
          expect(await facts.evaluate((el) => el.hasAttribute('open'))).toBe(true);
          expect(await facts.locator('li').count()).toBeGreaterThanOrEqual(6);
          expect(await facts.textContent()).not.toMatch(/[{}]/);
          expect(await inViewport(replyBox(page))).toBe(true);
          await expectAccessible(page);
          await sendReply(page, FIVE[0] as string);
          // Opened, it stays open across replies, and the reply box stays in view.
          expect(await facts.evaluate((el) => el.hasAttribute('open'))).toBe(true);
          await expect.poll(() => inViewport(replyBox(page)), { timeout: 2_000 }).toBe(true);
        },
        { viewport },
      );
    }, 60_000);

    it.each([
      ['repairs', 'repaired', 'gentle', KIND, /willing to keep talking/],
      ['walks away', 'shutdown', 'hard', HARSH, /walked away/],
      ['stops asking and withdraws', 'withdrawn', 'hard', FILLER, /stopped asking/],
    ] as const)(
      'when the partner %s, the end panel is in view, announced and focused, and the mood shows the end',
      async (_, ending, difficulty, replies, words) => {
        await withPage(
          async ({ page }) => {
            await page.goto('/');
            const { session, last } = await oneReplyFromTheEnd(server, {
              scenarioId: 'affair-messages',
              seed: 7,
              difficulty,
              replies: [...replies],
              ending,
            });
            await adopt(page, session);
            await page.goto(`/#/practice/${session.id}`);
            await partnerLines(page).first().waitFor();
            await replyBox(page).fill(last);
            await replyBox(page).press('Enter');
            await endPanel(page).waitFor({ timeout: 15_000 });
            expect(await inViewport(endPanel(page))).toBe(true);
            expect(await endPanel(page).textContent()).toMatch(words);
            await expect.poll(() => focusedId(page)).toBe('end-heading');
            await expect.poll(() => page.locator('.practice-page > [aria-live="polite"]').textContent()).toMatch(words);
            // The mood says how it ended, not only the feeling of the last line.
            const mood = page.locator(viewport === PHONE ? '.partner-strip' : '.partner-state');
            const moodWords = { repaired: /willing to keep talking|will keep talking/, shutdown: /walked away/ };
            expect(await mood.textContent()).toMatch(ending === 'withdrawn' ? /stopped asking/ : moodWords[ending]);
            expect(await inViewport(endPanel(page).getByRole('link', { name: 'See how it went' }))).toBe(true);
            await expectAccessible(page);
          },
          { viewport },
        );
      },
      60_000,
    );
  });

  // A reply that signals crisis: tests/browser/safety-check-in.test.ts.

  it('a reply over the limit is counted as the server counts it and kept in the box; a session deleted elsewhere says so', async () => {
    await withPage(async ({ page, problems }) => {
      const id = await startFirstScenario(page);
      const counter = page.locator('#reply-count');
      await replyBox(page).fill('I am listening. '.repeat(99));
      expect(await counter.count()).toBe(0);
      // 16 × 125 = 2,000 characters: at the limit, counted, and still fine.
      await replyBox(page).fill('I am listening. '.repeat(125));
      expect(await counter.textContent()).toBe('2,000 of 2,000 characters');
      // Line breaks and an emoji count too: one each (code points, as the server counts).
      const tooLong = `${'I am listening. '.repeat(125)}\n💔`;
      await replyBox(page).fill(tooLong);
      expect(await counter.textContent()).toBe('2,002 of 2,000 characters: 2 too many');
      await replyBox(page).press('Enter');
      await expect.poll(() => page.locator('#reply-error').textContent()).toMatch(/2 characters over the limit/);
      expect(await replyBox(page).inputValue()).toBe(tooLong);
      expect(await yourLines(page).count()).toBe(0);
      expect(await conversation(page).locator('.pending').count()).toBe(0);

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
      // The 404s of the deleted session are expected here.
      problems.splice(0, problems.length, ...problems.filter((problem) => !problem.includes('404')));
    });
  }, 60_000);

  it('a whole session works from the keyboard alone, and Tab reaches the reply box first', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/');
      await page
        .getByRole('button', { name: /^Start with / })
        .first()
        .waitFor();
      await tabTo(page, (el) => el.tagName === 'BUTTON' && el.textContent?.startsWith('Start with') === true);
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/practice\//);
      await partnerLines(page).first().waitFor();
      // A new session opens in the reply box; from the top of the page's content, Tab reaches it first.
      await expect.poll(() => focusedId(page)).toBe('reply-box');
      await page.keyboard.press('Shift+Tab');
      await tabTo(page, (el) => el.textContent === 'Skip to the main content', 'backwards');
      await page.keyboard.press('Enter');
      expect(await focusedId(page)).toBe('main');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe('reply-box');

      await page.keyboard.type('I lied to you, and that was my choice.');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('I am sorry.');
      expect(await replyBox(page).inputValue()).toContain('\n');
      await page.keyboard.press('Enter');
      await expect.poll(() => partnerLines(page).count(), { timeout: 15_000 }).toBe(2);
      // Focus stays in the box, ready for the next reply.
      expect(await focusedId(page)).toBe('reply-box');

      await tabTo(page, (el) => el.textContent === 'What could I say?');
      await page.keyboard.press('Enter');
      await expect.poll(() => replyBox(page).inputValue(), { timeout: 10_000 }).not.toBe('');
      expect(await focusedId(page)).toBe('reply-box');
      await page.keyboard.press('Enter');
      await expect.poll(() => partnerLines(page).count(), { timeout: 15_000 }).toBe(3);
      expect(await focusedId(page)).toBe('reply-box');

      const [entry] = await journal(page);
      const view = await apiSession(server, entry?.id ?? '', entry?.token ?? '');
      expect(view.turns.map((turn) => turn.hinted === true)).toEqual([false, true]);

      await tabTo(page, (el) => el.textContent === 'End conversation');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Keep talking');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await endPanel(page).waitFor();
      await expect.poll(() => focusedId(page)).toBe('end-heading');
      await page.keyboard.press('Tab');
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('See how it went');
      await page.keyboard.press('Enter');
      await page.waitForURL(/#\/report\//);
      await tabTo(page, (el) => el.textContent === 'Delete this session');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      // The safe choice has focus first; Escape closes without deleting.
      expect(await page.evaluate('document.activeElement?.textContent')).toBe('Keep it');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    });
  }, 90_000);

  it('when the server goes away mid-session, a reply typed meanwhile is sent once after it comes back', async () => {
    await withPage(async ({ page }) => {
      const sent: Array<{ text: string; requestId: string }> = [];
      page.on('websocket', (socket) =>
        socket.on('framesent', ({ payload }) => {
          const frame = JSON.parse(String(payload)) as { type: string; text?: string; requestId?: string };
          if (frame.type === 'reply') sent.push({ text: frame.text ?? '', requestId: frame.requestId ?? '' });
        }),
      );
      const id = await startFirstScenario(page);
      await sendReply(page, REPLIES[0] as string);

      await server.stop('SIGTERM');
      await page.getByText(/Reconnecting/).waitFor({ timeout: 10_000 });
      await replyBox(page).fill(REPLIES[1] as string);
      await replyBox(page).press('Enter');
      await page.getByText(/Not sent yet/).waitFor();
      await screenshots(page, 'practice-reconnecting');

      await server.start();
      await page.getByText('Connected', { exact: true }).waitFor({ timeout: 20_000 });
      await expect.poll(() => partnerLines(page).count(), { timeout: 15_000 }).toBe(3);

      // The server crashes right after a reply leaves the page: on return it is applied exactly once.
      await replyBox(page).fill(REPLIES[2] as string);
      const count = sent.length;
      await replyBox(page).press('Enter');
      await expect.poll(() => sent.length).toBeGreaterThan(count);
      await server.stop('SIGKILL');
      await server.start();
      await expect.poll(() => partnerLines(page).count(), { timeout: 25_000 }).toBe(4);

      const [entry] = await journal(page);
      const view = await apiSession(server, id, entry?.token ?? '');
      expect(view.turns.map((turn) => turn.reply)).toEqual(REPLIES);
      for (const reply of REPLIES.slice(1)) {
        const frames = sent.filter((frame) => frame.text === reply);
        expect(frames.length).toBeGreaterThan(0);
        expect(new Set(frames.map((frame) => frame.requestId)).size).toBe(1);
      }
    });
  }, 150_000);

  it('when the answer to a reply is lost on the way back, the resend carries the same requestId and takes one turn', async () => {
    await withPage(async ({ page }) => {
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
      const id = await startFirstScenario(page);
      dropNextTurn = true;
      await replyBox(page).fill(REPLIES[0] as string);
      await replyBox(page).press('Enter');
      await expect.poll(() => partnerLines(page).count(), { timeout: 20_000 }).toBe(2);

      const frames = sent.filter((frame) => frame.text === REPLIES[0]);
      expect(frames.length).toBe(2);
      expect(new Set(frames.map((frame) => frame.requestId)).size).toBe(1);
      const [entry] = await journal(page);
      const view = await apiSession(server, id, entry?.token ?? '');
      expect(view.turns.map((turn) => turn.reply)).toEqual([REPLIES[0]]);
    });
  }, 60_000);
});

interface ChipElement {
  textContent: string | null;
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}

/** Every point Chart.js drew (recorded by the chart on its canvas) lies wholly inside the canvas. */
async function expectPointsInsideCanvas(page: Page): Promise<void> {
  const canvas = page.locator('.chart-box canvas');
  await expect.poll(() => canvas.getAttribute('data-points')).toBeTruthy();
  // Let a resize redraw first.
  await page.waitForTimeout(200);
  const { points, width, height } = await canvas.evaluate(
    (element: PageElement & { dataset: Record<string, string>; clientWidth: number; clientHeight: number }) => ({
      points: JSON.parse(element.dataset.points ?? '[]') as Array<{ x: number; y: number; r: number }>,
      width: element.clientWidth,
      height: element.clientHeight,
    }),
  );
  expect(points.length).toBeGreaterThan(0);
  const outside = points.filter(
    (point) =>
      point.x - point.r < 0 || point.y - point.r < 0 || point.x + point.r > width || point.y + point.r > height,
  );
  expect(outside, `canvas ${width}×${height}`).toEqual([]);
}

/** Presses Tab (or Shift+Tab) until the focused element matches, or fails after many presses. */
async function tabTo(
  page: Page,
  matches: (element: PageElement) => boolean,
  direction: 'forwards' | 'backwards' = 'forwards',
): Promise<void> {
  for (let presses = 0; presses < 120; presses += 1) {
    await page.keyboard.press(direction === 'forwards' ? 'Tab' : 'Shift+Tab');
    const active = await page.evaluateHandle('document.activeElement ?? document.body');
    const found = await active.evaluate(matches);
    await active.dispose();
    if (found) return;
  }
  throw new Error(`Tab never reached the element (${matches.toString()})`);
}
