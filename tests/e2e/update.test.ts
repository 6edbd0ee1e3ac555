/**
 * Releasing a new version: the new service worker installs and waits; the page is never reloaded
 * under the person (registerType 'prompt'); the new worker takes over only on SKIP_WAITING.
 * Runs against a private copy of dist/ so the test can "release" by editing sw.js.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/serve.mjs';
import { launchBrowser, newWatchedContext, waitForServiceWorker } from './browser';
import { seedCheckedIn } from './seed';
import { DIST } from './dist-files';

let browser: Browser;
let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'flarewise-update-'));
  await cp(DIST, root, { recursive: true });
  server = await startServer({ root, port: 0 });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

let releases = 0;

/** Publishes a "new version": same files, but a precache revision changes, so sw.js differs. */
async function releaseNewVersion(): Promise<void> {
  const sw = await readFile(join(root, 'sw.js'), 'utf8');
  releases += 1;
  const next = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+/, `$1${String(releases).padStart(32, 'f')}`);
  expect(next).not.toBe(sw);
  await writeFile(join(root, 'sw.js'), next);
}

describe('a new version of Flarewise', () => {
  it('waits for the app to ask, and never reloads the page on its own', async () => {
    const { context, watch } = await newWatchedContext(browser, server.url);
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // A marker that a reload would wipe.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));

    await releaseNewVersion();
    const waiting = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
      for (let tries = 0; tries < 100 && !registration.waiting; tries += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return registration.waiting !== null;
    });
    expect(waiting).toBe(true);

    // What applyUpdate() sends (workbox-window's messageSkipWaiting); here sent by "another tab".
    const tookOver = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const changed = new Promise<boolean>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true)),
      );
      registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
      return changed;
    });
    expect(tookOver).toBe(true);
    await page.waitForTimeout(500); // room for an unwanted reload to happen
    expect(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('offers the update only once the session has ended, and keeps every record when applied', async () => {
    const { context, watch } = await newWatchedContext(browser, server.url, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-24T14:00:00') });
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await seedCheckedIn(page);
    await page.clock.pauseAt(new Date('2026-11-24T14:05:00'));
    await page.getByRole('button', { name: 'Start: Five-minute desk break' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();

    await releaseNewVersion();
    // The page's timers run on the test's clock here, so the waiting worker is polled from outside.
    await page.evaluate(async () => { await (await navigator.serviceWorker.ready).update(); });
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).waiting !== null), { timeout: 20_000 }).toBe(true);
    await page.clock.runFor(60_000);
    const banner = page.getByText('A new version of Flarewise is ready.');
    expect(await banner.count(), 'no update offered mid-session').toBe(0);

    await page.clock.runFor(10 * 60_000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    await banner.waitFor();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update' }).click()]);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const kept = await page.evaluate(() => new Promise<{ sessions: number; checkIns: number }>((resolve) => {
      const open = indexedDB.open('flarewise');
      open.onsuccess = () => {
        const tx = open.result.transaction(['sessions', 'checkIns']);
        const sessions = tx.objectStore('sessions').count();
        const checkIns = tx.objectStore('checkIns').count();
        tx.oncomplete = () => resolve({ sessions: sessions.result, checkIns: checkIns.result });
      };
    }));
    expect(kept).toEqual({ sessions: 1, checkIns: 1 });
    expect(watch.cspViolations).toEqual([]);
    await context.close();
  });
});
