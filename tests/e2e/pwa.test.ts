/**
 * The built app in Chromium: installable, offline after one visit (deep links included), and free of
 * CSP violations, console errors and requests to any other origin.
 * Against stable landmarks only (the main region and its h1) until the real screens land.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  launchBrowser,
  launchProfileContext,
  newWatchedContext,
  waitForServiceWorker,
  type ContextWatch,
} from './browser';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for the app to have rendered its main landmark with a heading. */
async function expectAppRendered(page: Page): Promise<void> {
  await page.getByRole('main').waitFor({ state: 'visible' });
  // A screen loaded on demand draws its heading once its code and words arrive (from the cache when offline).
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor({ state: 'visible' });
}

/** Asserts the run stayed clean: no CSP violation, console error or foreign request. */
function expectNoProblems(watch: ContextWatch): void {
  expect(watch.cspViolations).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
}

describe('Flarewise as an installed, offline app', () => {
  it('works offline after the first visit, deep links and shortcuts included', async () => {
    const { context, watch } = await newWatchedContext(browser, baseUrl);
    const first = await context.newPage();
    await first.goto(baseUrl);
    await expectAppRendered(first);
    await waitForServiceWorker(first);
    // The first visit also keeps the screen's language's spoken words for offline use (src/audio/README.md);
    // closing the page before they are in would cut that download short.
    await expect.poll(() => first.evaluate(async () => (await (await caches.open('flarewise-speech')).keys()).length), { timeout: 30_000 }).toBe(1);
    await first.close();

    await context.setOffline(true);
    const cold = await context.newPage();
    for (const path of ['/', '/library', '/anything/at/all', '/?action=today', '/?action=check-in']) {
      const response = await cold.goto(at(path));
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expectAppRendered(cold);
    }
    expect(await cold.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(watch.failedRequests).toEqual([]);
    expectNoProblems(watch);
    await context.close();
  });

  it('meets Chromium installability criteria with a manifest that parses cleanly', async () => {
    // Chromium never offers installing from an incognito context, so this one gets a real profile.
    const { context, watch, close } = await launchProfileContext(baseUrl);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await waitForServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    expectNoProblems(watch);
    await close();
  });

  it('serves the page with the CSP, referrer and nosniff headers', async () => {
    const { context, watch } = await newWatchedContext(browser, baseUrl, { serviceWorkers: 'block' });
    const page = await context.newPage();
    const response = await page.goto(baseUrl);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("default-src 'none'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');
    await expectAppRendered(page);
    expectNoProblems(watch);
    await context.close();
  });
});
