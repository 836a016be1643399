// A partner who asks, in a real browser (Debian's Chromium, the real server): the line that asks a
// question carries a quiet "waiting for an answer" mark while it waits (only the latest line), and
// the feedback card on the next reply says whether that reply answered it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSlots } from '../../server/engine/index.js';
import { loadScenarioDir } from '../../server/scenario-files.js';
import { hasChromium, launchChromium, openPage, seriousViolations } from './browser-kit.js';
import { buildClient, MendServer } from './mend-server.js';
import {
  adopt,
  apiCreate,
  apiSession,
  conversation,
  latestFeedback,
  partnerLines,
  sendReply,
} from './practice-driver.js';

if (!hasChromium) console.warn('Skipping the question-mark browser suite: /usr/bin/chromium is not installed.');

describe.skipIf(!hasChromium)('a question the partner asks, in a real browser', () => {
  let server: MendServer;
  let browser: Browser;

  beforeAll(async () => {
    await buildClient();
    [server, browser] = await Promise.all([MendServer.start(), launchChromium()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.dispose();
  });

  it('is marked quietly while it waits, and the card says whether the reply answered it', async () => {
    const scenario = (await loadScenarioDir()).get('hidden-debt');
    if (!scenario) throw new Error('no hidden-debt scenario');
    // A session whose opening line asks something.
    let session = await apiCreate(server, 'hidden-debt', 1, 'realistic');
    for (let seed = 2; !session.opening.asks && seed < 30; seed++)
      session = await apiCreate(server, 'hidden-debt', seed, 'realistic');
    const asked = session.opening.asks;
    if (!asked) throw new Error('no opening that asks');
    const { page, context } = await openPage(browser, server.url);
    try {
      await page.goto('/');
      await adopt(page, session);
      await page.goto(`/#/practice/${session.id}`);
      await partnerLines(page).first().waitFor();
      const marks = conversation(page).locator('.question-pending');
      expect(await marks.count()).toBe(1);
      expect(await marks.first().textContent()).toMatch(/^\? Jo is waiting for an answer: /);

      // "ok" does not answer it: the partner asks again, and the card says so.
      await sendReply(page, 'ok');
      expect(await marks.count()).toBe(1);
      expect(await partnerLines(page).last().locator('.question-pending').count()).toBe(1);
      await latestFeedback(page).getByRole('button', { name: /More/ }).click();
      expect(await latestFeedback(page).textContent()).toContain(
        'Jo had asked you something, and this reply did not answer it.',
      );

      // The true answer: the card says it was answered.
      const view = await apiSession(server, session.id, session.token);
      const waiting = view.partner.asks?.id ?? asked.id;
      const truth = scenario.questions.find((question) => question.id === waiting)?.answer;
      if (!truth) throw new Error(`no true answer for ${waiting}`);
      await sendReply(page, fillSlots(scenario, truth));
      await latestFeedback(page).getByRole('button', { name: /More/ }).click();
      expect(await latestFeedback(page).textContent()).toContain("You answered Jo's question.");
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
