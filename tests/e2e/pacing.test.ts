/**
 * Pacing in the built app on a phone under Playwright's clock: a routine stopped to finish later today waits
 * on the home screen over a reload, resumes exactly where it stopped, and the finished parts are one session;
 * on an amber day the plan offers two short parts first.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { openCheckedInPhone, startAndReach } from './seed';

const baseUrl = inject('baseUrl');
const ROUTINE = 'Low back essentials';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** The sessions stored, read straight from IndexedDB. */
const storedSessions = (page: Page) => page.evaluate(() => new Promise<{ id: string; finishLater?: boolean; exercises: { outcome: string }[] }[]>((resolve) => {
  indexedDB.open('flarewise').onsuccess = (e) => {
    const request = (e.target as IDBOpenDBRequest).result.transaction('sessions').objectStore('sessions').getAll();
    request.onsuccess = () => resolve(request.result);
  };
}));

describe('short bouts', () => {
  it('stop here, reload, resume exactly where it stopped later the same day, finish, and see one session', async () => {
    const { page, close } = await openCheckedInPhone(browser, baseUrl);
    await startAndReach(page, ROUTINE, 'Knee rocks');
    await page.clock.runFor(4000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const timer = await page.getByRole('timer').textContent();
    await page.getByRole('button', { name: 'End' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Stop here and finish later today' }).click();

    // The part counts now; the rest waits on the home screen, over a reload too.
    const waiting = page.getByRole('region', { name: `The rest of ${ROUTINE} is waiting` });
    await waiting.waitFor();
    expect(await storedSessions(page)).toEqual([expect.objectContaining({ finishLater: true })]);
    await page.reload();
    await waiting.waitFor();
    await waiting.getByText(/starting with Knee rocks/).waitFor();

    // Three hours later the same day.
    await page.clock.runFor(3 * 3_600_000);
    await waiting.getByRole('button', { name: 'Finish my routine' }).click();
    await page.locator('#exercise-name').waitFor();
    expect(await page.locator('#exercise-name').textContent()).toBe('Knee rocks');
    expect(await page.getByRole('timer').textContent()).toBe(timer);
    await page.getByRole('button', { name: 'Resume' }).click();
    for (let i = 0; i < 300 && (await page.locator('#exercise-name').count()) > 0; i += 1) {
      await page.getByRole('button', { name: 'Skip', exact: true }).click();
    }
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    const sessions = await storedSessions(page);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.finishLater).toBeUndefined();
    // The two exercises skipped on the way (Skip moves a whole exercise), Knee rocks worked across both parts, the rest skipped after it.
    expect(sessions[0]?.exercises.slice(0, 3).map((e) => e.outcome)).toEqual(['skipped', 'skipped', 'partly']);
    await close();
  }, 240_000);

  it('on an amber day the plan offers two short parts first', async () => {
    const { page, close } = await openCheckedInPhone(browser, baseUrl, undefined, { tier: 'amber', pain: 2 });
    await page.goto(new URL('/today', page.url()).href);
    await page.getByRole('button', { name: 'Do it in two short parts' }).waitFor();
    const plan = page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Do it in two short parts' }) });
    const buttons = await plan.getByRole('button').allTextContents();
    expect(buttons.slice(0, 2)).toEqual(['Do it in two short parts', 'Do it all now']);
    await plan.getByRole('button', { name: 'Do it in two short parts' }).click();
    await page.locator('#exercise-name').waitFor();
    // Play the first part through: it ends by itself, kept for later, about half way.
    for (let i = 0; i < 600 && (await page.locator('#exercise-name').count()) > 0; i += 1) await page.clock.runFor(5000);
    await page.getByRole('region', { name: /is waiting$/ }).getByText(/to go, starting with/).waitFor();
    await close();
  }, 240_000);
});
