/** Puts the app in a known state for browser tests by writing to its IndexedDB, then reloading. */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DB_VERSION } from '../../src/storage/schema';
import { newWatchedContext } from './browser';

/** Answers a check-in may carry; the rest is a calm green day with every safety answer "no". */
export interface SeedOptions {
  onboarded?: boolean;
  checkIn?: boolean;
  emergencyNumber?: string;
  /** The check-in's pain 0–10 (1 unless given; up to 3 keeps the day green). */
  pain?: number;
  /** The day's tier as the check-in decided it (green unless given; amber with a mild flare). */
  tier?: 'green' | 'amber';
}

/**
 * Waits until the app has made its database at its own version. A test that opened it sooner (without a version)
 * would find nothing in it, or make an empty one of its own; the app makes it on its first open, which may still
 * be fetching the upgrade's steps when the first heading shows.
 */
export async function waitForAppDatabase(page: Page): Promise<void> {
  const made = () => page.evaluate(async (version) => (await indexedDB.databases())
    .some((db) => db.name === 'flarewise' && db.version === version), DB_VERSION);
  const until = Date.now() + 10_000;
  while (!(await made())) {
    if (Date.now() > until) throw new Error('The app did not make its database within 10 s.');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** One row of one of the app's stores as it is on disk now (undefined when there is none). */
export function storedRow<T = Record<string, unknown>>(page: Page, store: string, key: string): Promise<T | undefined> {
  return page.evaluate(({ store, key }) => new Promise<T | undefined>((resolve) => {
    indexedDB.open('flarewise').onsuccess = (event) => {
      const db = (event.target as IDBOpenDBRequest).result;
      db.transaction(store).objectStore(store).get(key).onsuccess = (got) => {
        db.close();
        resolve((got.target as IDBRequest<T | undefined>).result);
      };
    };
  }), { store, key });
}

/**
 * Waits until a field of a settings row holds what the page was just given, so the next page load reads it
 * (a page load aborts a write still under way).
 */
export async function waitForSavedSetting(page: Page, key: string, field: string, value: unknown): Promise<void> {
  await waitForAppDatabase(page);
  await expect.poll(async () => (await storedRow<{ value?: Record<string, unknown> }>(page, 'settings', key))?.value?.[field],
    { timeout: 10_000 }).toEqual(value);
}

/**
 * Marks the first run done and saves a green check-in for the page's today (its own clock, so
 * page.clock is respected), then opens the home page afresh. Call after the app has rendered once (the database exists).
 */
export async function seedCheckedIn(page: Page, options: SeedOptions = {}): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await waitForAppDatabase(page);
  await page.evaluate(async ({ onboarded, checkIn, emergencyNumber, pain, tier }) => {
    const now = new Date();
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['settings', 'checkIns'], 'readwrite');
    if (onboarded) tx.objectStore('settings').put({ key: 'onboarded', value: true });
    if (emergencyNumber) tx.objectStore('settings').put({ key: 'emergencyNumber', value: emergencyNumber });
    if (checkIn) {
      tx.objectStore('checkIns').put({
        flare: tier === 'amber' ? 'mild' : 'none', pain, fatigue: 2, hotJoints: [], safety: {}, date, at: now.getTime(),
        triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device',
        tier: tier === 'amber' ? { tier, reasons: [{ code: 'flare', value: 'mild' }] } : { tier, reasons: [] },
      });
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, { onboarded: options.onboarded ?? true, checkIn: options.checkIn ?? true, emergencyNumber: options.emergencyNumber ?? '', pain: options.pain ?? 1, tier: options.tier ?? 'green' });
  // The first visit may have been sent to /welcome: open today's screen afresh.
  await page.goto(new URL('/', page.url()).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/**
 * A phone-size page at 09:00 local time, onboarded and checked in green, with its clock paused at
 * 09:00:30 so that from then on time moves only when the test moves it. `prepare` runs before the first load.
 */
export async function openCheckedInPhone(
  browser: Browser, baseUrl: string, prepare?: (page: Page) => Promise<void>, seed: SeedOptions = {},
): Promise<{ page: Page; close(): Promise<void> }> {
  const { context, watch } = await newWatchedContext(browser, baseUrl, { viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await prepare?.(page);
  await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
  await page.goto(baseUrl);
  await seedCheckedIn(page, seed);
  await page.clock.pauseAt(new Date('2026-11-24T09:00:30'));
  return {
    page,
    async close() {
      expect(watch.cspViolations).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      await context.close();
    },
  };
}

/**
 * Starts `routine` from today's screen, taps Skip (one exercise at a time) until `exercise` is shown, then
 * Next step until it is in a work phase (Go, Hold or Breathe).
 */
export async function startAndReach(page: Page, routine: string, exercise: string): Promise<void> {
  await page.getByRole('button', { name: `Start: ${routine}` }).click();
  await page.locator('#exercise-name').waitFor();
  for (let i = 0; i < 80; i += 1) {
    const here = await page.locator('#exercise-name').textContent();
    const phase = await page.locator('.phase').textContent();
    if (here === exercise && (phase === 'Go' || phase === 'Hold' || phase === 'Breathe')) break;
    await page.getByRole('button', { name: here === exercise ? 'Next step' : 'Skip', exact: true }).click();
  }
  expect(await page.locator('#exercise-name').textContent()).toBe(exercise);
}
