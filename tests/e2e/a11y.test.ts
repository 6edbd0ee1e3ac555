/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on every screen, in light and dark, at phone size.
 * axe is injected as a script, which the app's CSP rightly refuses, so these contexts bypass the CSP.
 */
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { SCREENS, openSeededPage, showScreen } from './screen-tour.mjs';

const baseUrl = inject('baseUrl');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }

/** Every WCAG 2.1 A/AA violation on the page, one readable line per failing node. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  await page.evaluate(() => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: unknown[] }> }; __axe?: unknown[] };
    void w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((result) => { w.__axe = result.violations; });
  });
  // axe schedules its work with timers, which only move when the page's (paused) clock is moved.
  let found: AxeViolation[] | undefined;
  for (let i = 0; i < 400 && !found; i += 1) {
    await page.clock.runFor(10);
    found = await page.evaluate(() => (window as unknown as { __axe?: AxeViolation[] }).__axe);
  }
  if (!found) throw new Error('axe did not finish');
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
}

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility in the ${colorScheme} theme`, () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme, bypassCSP: true, serviceWorkers: 'block' });
      page = await openSeededPage(context, baseUrl);
    });
    afterAll(async () => { await context?.close(); });

    for (const screen of SCREENS) {
      it(`${screen.name} has no WCAG 2.1 A/AA violations`, async () => {
        await showScreen(page, baseUrl, screen);
        const found = await violations(page);
        expect(found, `${screen.name} (${colorScheme}):\n${found.join('\n')}`).toEqual([]);
      });
    }
  });
}
