// Chromium driven by playwright-core: Debian's /usr/bin/chromium (never a downloaded browser), the
// axe-core accessibility check, screenshots at a laptop and a phone width, and a watch on the
// console so a Content-Security-Policy refusal or an uncaught error fails the test that caused it.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { repo } from '../support/server-process.js';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
// In CI the browser suite must run, not skip: .ci/run installs Chromium and sets MEND_REQUIRE_BROWSER=1.
if (!hasChromium && process.env.MEND_REQUIRE_BROWSER === '1') {
  throw new Error(`MEND_REQUIRE_BROWSER=1, but there is no browser at ${CHROMIUM}`);
}

const ARTIFACTS = join(repo, 'tests/artifacts');
const AXE_SOURCE = readFileSync(join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and page errors seen so far (CSP refusals show up here). */
  problems: string[];
}

/**
 * A fresh context (its own localStorage) and page, watched for errors. It has seen the first-visit
 * introduction already, unless `firstVisit` is set.
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: { firstVisit?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL, viewport: options.viewport ?? DESKTOP, acceptDownloads: true });
  if (!options.firstVisit)
    await context.addInitScript("localStorage.setItem('mend.intro.seen', 'in an earlier visit')");
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A refused connection while the server is deliberately down is expected; anything else is not.
    if (message.type() === 'error' && !/ERR_CONNECTION_REFUSED|WebSocket connection to/.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { page, context, problems };
}

/** Every page of the context opens as for someone who has seen the first-visit introduction. */
export async function skipIntroduction(context: BrowserContext): Promise<void> {
  await context.addInitScript("localStorage.setItem('mend.intro.seen', 'in an earlier visit')");
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** Runs axe-core in the page (through the DevTools protocol, so the page's CSP does not block it). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations = (await page.evaluate(`(async () => {
    if (!window.axe) { ${AXE_SOURCE}\n }
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  })()`)) as AxeViolation[];
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((node) => node.target))}`,
    );
}

/**
 * Saves the whole page at 1280×800 and at 390×844 as tests/artifacts/<name>-<width>.png (the practice
 * page fills the window, so its whole page is the window; a modal dialog is taken as the window
 * shows it, `fullPage: false`), then goes back to the size it had.
 */
export async function screenshots(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const before = page.viewportSize() ?? DESKTOP;
  for (const size of [DESKTOP, PHONE]) {
    await page.setViewportSize(size);
    // From the top, so the page is seen as a person first sees it.
    await page.evaluate('window.scrollTo(0, 0)');
    // Let layout (and the chart's resize) settle at the new width.
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(ARTIFACTS, `${name}-${size.width}.png`), fullPage: options.fullPage ?? true });
  }
  await page.setViewportSize(before);
}

/** The DOM shapes the tests touch inside the page (the test project compiles without DOM types). */
export interface PageElement {
  id: string;
  tagName: string;
  textContent: string | null;
}
interface PageCanvas {
  width: number;
  height: number;
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> } } | null;
}

/** True when the canvas has at least some drawn (non-transparent) pixels. */
export async function canvasHasInk(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((canvas: PageCanvas) => {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) return false;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] as number) > 0) inked += 1;
    return inked > 500;
  });
}
