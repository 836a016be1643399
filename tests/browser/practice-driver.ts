// How the browser suite drives Mend the way a person does (start a scenario, reply, read the
// feedback), and the few things it does behind the page: sessions played through the HTTP API and
// handed to the browser's journal, and what is inside the viewport.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { CreatedSession, SessionView, TurnResult } from '../../server/api-contract.js';
import type { Difficulty } from '../../server/engine/types.js';
import type { MendServer } from './mend-server.js';

export interface JournalRecord {
  id: string;
  token: string;
  scenarioTitle: string;
  status: string;
  score?: number;
  parentId?: string | null;
}

export const journal = async (page: Page): Promise<JournalRecord[]> =>
  JSON.parse((await page.evaluate<string | null>("localStorage.getItem('mend.journal.v1')")) ?? '[]');

export const focusedId = (page: Page): Promise<string | undefined> => page.evaluate('document.activeElement?.id');

export const sessionIdOf = (page: Page): string => decodeURIComponent(new URL(page.url()).hash.split('/')[2] ?? '');

export const conversation = (page: Page) => page.getByRole('log', { name: 'Conversation' });
export const partnerLines = (page: Page) => conversation(page).locator('.line.partner');
export const yourLines = (page: Page) => conversation(page).locator('.line.you:not(.pending)');
/** The compact line under the latest reply: its verdict, its reason and "More". */
export const latestFeedback = (page: Page) => conversation(page).locator('.feedback-line').last();
export const replyBox = (page: Page) => page.getByRole('textbox', { name: 'Your reply' });
export const endPanel = (page: Page) => page.getByRole('region', { name: 'The conversation is over' });

export async function startFirstScenario(page: Page): Promise<string> {
  if (new URL(page.url()).hash.replace(/^#\/?/, '') !== '' || !page.url().startsWith('http')) await page.goto('/');
  const start = page.getByRole('button', { name: /^Start with / }).first();
  await start.waitFor();
  await start.click();
  await page.waitForURL(/#\/practice\//);
  await partnerLines(page).first().waitFor();
  return sessionIdOf(page);
}

/** Types a reply, presses Enter, and waits for the partner's answer and the feedback line on it. */
export async function sendReply(page: Page, text: string): Promise<void> {
  const before = await partnerLines(page).count();
  await replyBox(page).fill(text);
  await replyBox(page).press('Enter');
  await expect.poll(() => partnerLines(page).count(), { timeout: 15_000 }).toBe(before + 1);
  await expect.poll(() => yourLines(page).count()).toBe(before);
  await expect.poll(() => latestFeedback(page).locator('.label-chip').count()).toBe(1);
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface ClippingElement {
  getBoundingClientRect(): Box;
  parentElement: ClippingElement | null;
}

/**
 * Whether the element can be seen whole: inside the viewport, and not scrolled out of (or cut off
 * by) any pane around it, such as the conversation's.
 */
export async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((element: ClippingElement) => {
    const box = element.getBoundingClientRect();
    const inside = (outer: Box): boolean =>
      box.top >= outer.top - 0.5 &&
      box.left >= outer.left - 0.5 &&
      box.bottom <= outer.bottom + 0.5 &&
      box.right <= outer.right + 0.5;
    const view = globalThis as unknown as {
      innerWidth: number;
      innerHeight: number;
      getComputedStyle(element: ClippingElement): { overflowX: string; overflowY: string };
    };
    if (!inside({ top: 0, left: 0, bottom: view.innerHeight, right: view.innerWidth })) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = view.getComputedStyle(parent);
      if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
        if (!inside(parent.getBoundingClientRect())) return false;
      }
    }
    return true;
  });
}

async function api<T>(
  server: MendServer,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  expect(response.status, `${init.method ?? 'GET'} ${path}`).toBeLessThan(300);
  return (await response.json()) as T;
}

export const apiCreate = (server: MendServer, scenarioId: string, seed: number, difficulty: Difficulty) =>
  api<CreatedSession>(server, '/api/sessions', { method: 'POST', body: { scenarioId, seed, difficulty } });

export const apiReply = (server: MendServer, session: { id: string; token: string }, text: string) =>
  api<TurnResult>(server, `/api/sessions/${session.id}/replies`, {
    method: 'POST',
    token: session.token,
    body: { text },
  });

export const apiSession = (server: MendServer, id: string, token: string) =>
  api<SessionView>(server, `/api/sessions/${id}`, { token });

/**
 * A session one reply from its ending: plays `replies` (in turn) on a probe session until the
 * partner ends it, then plays all but that last reply on a second session with the same seed (so
 * it goes the same way) and returns it with the reply that will end it.
 */
export async function oneReplyFromTheEnd(
  server: MendServer,
  options: { scenarioId: string; seed: number; difficulty: Difficulty; replies: string[]; ending: string },
): Promise<{ session: CreatedSession; last: string }> {
  const { scenarioId, seed, difficulty, replies, ending } = options;
  const probe = await apiCreate(server, scenarioId, seed, difficulty);
  const sent: string[] = [];
  for (let turn = 0; turn < 40; turn += 1) {
    const text = replies[turn % replies.length] as string;
    sent.push(text);
    const result = await apiReply(server, probe, text);
    if (result.status !== 'active') {
      expect(result.status).toBe(ending);
      break;
    }
  }
  expect(sent.length).toBeLessThan(40);
  const session = await apiCreate(server, scenarioId, seed, difficulty);
  for (const text of sent.slice(0, -1)) await apiReply(server, session, text);
  return { session, last: sent.at(-1) as string };
}

/** Puts a session made through the API into the page's journal, as if this browser had started it. */
export async function adopt(page: Page, session: CreatedSession): Promise<void> {
  const entry = {
    id: session.id,
    token: session.token,
    scenarioId: session.scenarioId,
    scenarioTitle: session.scenarioTitle,
    partnerName: session.partnerName,
    createdAt: session.createdAt,
    status: session.status,
    turns: session.turns.length,
    parentId: session.parentId,
  };
  await page.evaluate(`(() => {
    const entries = JSON.parse(localStorage.getItem('mend.journal.v1') ?? '[]');
    entries.push(${JSON.stringify(entry)});
    localStorage.setItem('mend.journal.v1', JSON.stringify(entries));
  })()`);
}
