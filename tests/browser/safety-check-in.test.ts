// The safety check-in in a real browser (Debian's Chromium, the real server): a crisis reply opens a
// modal dialog that takes focus, is announced, is fully in view at 1280 and 390 px wide the moment
// it appears and stays so when the page is scrolled, cannot be dismissed with Escape, and keeps the
// reply box disabled until the person answers. "I'm safe" resumes the practice; "I need help now"
// shows the region's lines again and ends it. axe-core stays clean with the dialog open; the
// screenshots land in tests/artifacts/safety-check-in-*.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionView } from '../../server/api-contract.js';
import { repo } from '../support/server-process.js';
import { DESKTOP, hasChromium, launchChromium, PHONE, seriousViolations, skipIntroduction } from './browser-kit.js';
import { buildClient, MendServer } from './mend-server.js';

if (!hasChromium) console.warn('Skipping the safety check-in browser suite: /usr/bin/chromium is not installed.');

const ARTIFACTS = join(repo, 'tests/artifacts');
const SORRY = "I'm sorry I lied to you. That was my choice.";

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe.skipIf(!hasChromium)('the safety check-in in a real browser', () => {
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

  /** A fresh page at a size and browser language, in practice with the first scenario. */
  async function practising(viewport: { width: number; height: number }, locale: string) {
    const context = await browser.newContext({ baseURL: server.url, viewport, locale });
    await skipIntroduction(context);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto('/');
    await page
      .getByRole('button', { name: /^Start with / })
      .first()
      .click();
    await page.waitForURL(/#\/practice\//);
    await page.getByRole('log', { name: 'Conversation' }).locator('.line.partner').first().waitFor();
    return { context, page, problems };
  }

  const replyBox = (page: Page) => page.getByRole('textbox', { name: 'Your reply' });

  async function send(page: Page, text: string): Promise<void> {
    await replyBox(page).fill(text);
    await replyBox(page).press('Enter');
  }

  const dialogNamed = (page: Page, name: string) => page.getByRole('alertdialog', { name });

  async function expectInViewport(page: Page, name: string): Promise<Box> {
    const box = (await dialogNamed(page, name).boundingBox()) as Box;
    const viewport = page.viewportSize() as { width: number; height: number };
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // And all of it shows: nothing inside the dialog needs scrolling to be seen.
    const { scrollHeight, clientHeight } = await dialogNamed(page, name).evaluate((element) => ({
      scrollHeight: (element as unknown as { scrollHeight: number }).scrollHeight,
      clientHeight: (element as unknown as { clientHeight: number }).clientHeight,
    }));
    expect(scrollHeight).toBeLessThanOrEqual(clientHeight + 1);
    return box;
  }

  async function sessionView(page: Page): Promise<SessionView> {
    const id = decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');
    const journal = JSON.parse((await page.evaluate<string | null>("localStorage.getItem('mend.journal.v1')")) ?? '[]');
    const token = (journal as Array<{ id: string; token: string }>).find((entry) => entry.id === id)?.token;
    const response = await fetch(`${server.url}/api/sessions/${id}`, { headers: { authorization: `Bearer ${token}` } });
    return (await response.json()) as SessionView;
  }

  it('at 1280 px: flag -> a modal dialog in view, focused, announced -> "I\'m safe" -> the practice resumes', async () => {
    const { context, page, problems } = await practising(DESKTOP, 'en-GB');
    try {
      await send(page, "honestly i don't know if i want to be here anymore");
      const dialog = dialogNamed(page, 'The practice is paused');
      await dialog.waitFor({ timeout: 15_000 });
      // Fully in view the moment it appears.
      await expectInViewport(page, 'The practice is paused');
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, 'safety-check-in-1280.png') });

      // Modal, focused, described by its message, with the lines for the browser's region (en-GB).
      expect(await dialog.evaluate((element) => (element as unknown as { open: boolean }).open)).toBe(true);
      expect(await page.evaluate('document.activeElement?.closest("dialog") !== null')).toBe(true);
      expect(await dialog.getAttribute('aria-describedby')).toBeTruthy();
      await expect.poll(() => dialog.textContent()).toContain('Samaritans');
      expect(await dialog.getByRole('link', { name: '116 123' }).getAttribute('href')).toBe('tel:116123');
      expect(await dialog.getByRole('combobox', { name: 'Where you are' }).inputValue()).toBe('GB');

      // The reply box waits for the check-in; Escape and scrolling do not get past the dialog.
      expect(await replyBox(page).isDisabled()).toBe(true);
      await page.keyboard.press('Escape');
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(200);
      expect(await dialog.isVisible()).toBe(true);
      await expectInViewport(page, 'The practice is paused');
      expect(await seriousViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: /I’m safe and want to keep practising/ }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await replyBox(page).isDisabled()).toBe(false);
      await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('reply-box');
      const partnerLines = page.getByRole('log', { name: 'Conversation' }).locator('.line.partner');
      const before = await partnerLines.count();
      await send(page, SORRY);
      await expect.poll(() => partnerLines.count(), { timeout: 15_000 }).toBe(before + 1);
      expect((await sessionView(page)).safety).toEqual({ pausedAt: 1, kind: 'self-harm', checkIn: 'continue' });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('at 390 px: flag -> dialog in view -> region -> "I need help now" -> the lines again -> ended', async () => {
    const { context, page, problems } = await practising(PHONE, 'en-US');
    try {
      await send(page, 'I keep thinking about driving the car into the river');
      const dialog = dialogNamed(page, 'The practice is paused');
      await dialog.waitFor({ timeout: 15_000 });
      await expectInViewport(page, 'The practice is paused');
      await page.screenshot({ path: join(ARTIFACTS, 'safety-check-in-390.png') });
      expect(await dialog.getByRole('combobox', { name: 'Where you are' }).inputValue()).toBe('US');
      await expect.poll(() => dialog.textContent()).toContain('988');

      // Another region: its own lines, remembered for next time.
      await dialog.getByRole('combobox', { name: 'Where you are' }).selectOption('NZ');
      await expect.poll(() => dialog.textContent()).toContain('1737');
      expect(await page.evaluate("localStorage.getItem('mend.region.v1')")).toBe('NZ');
      expect(await replyBox(page).isDisabled()).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);

      await dialog.getByRole('button', { name: 'I need help now' }).click();
      const help = dialogNamed(page, 'Please reach out now');
      await help.waitFor();
      await expectInViewport(page, 'Please reach out now');
      expect(await help.textContent()).toContain('111');
      expect(await help.textContent()).toContain('The practice has ended');
      await page.screenshot({ path: join(ARTIFACTS, 'safety-check-in-help-390.png') });
      expect(await seriousViolations(page)).toEqual([]);
      expect((await sessionView(page)).status).toBe('ended');

      await help.getByRole('button', { name: 'Close' }).click();
      await help.waitFor({ state: 'hidden' });
      await expect.poll(() => replyBox(page).count()).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('after a reload the session is still paused and asks again', async () => {
    const { context, page } = await practising(DESKTOP, 'fr-FR');
    try {
      await send(page, 'i just want everything to stop');
      await dialogNamed(page, 'The practice is paused').waitFor({ timeout: 15_000 });
      await page.reload();
      const dialog = dialogNamed(page, 'The practice is paused');
      await dialog.waitFor({ timeout: 15_000 });
      // No lines for France: the notice names the local emergency number.
      expect(await dialog.getByRole('combobox', { name: 'Where you are' }).inputValue()).toBe('elsewhere');
      expect(await dialog.textContent()).toContain('Your local emergency number');
      expect(await replyBox(page).isDisabled()).toBe(true);
    } finally {
      await context.close();
    }
  }, 60_000);
});
