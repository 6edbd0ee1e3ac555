/**
 * Pain during a session and the questions after it, in the built app on a phone under Playwright's clock:
 * a pain stop offers the easier variant, a lower pain is only noted, and the effort answer moves the level.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { openCheckedInPhone, startAndReach as reach } from './seed';

const baseUrl = inject('baseUrl');
const ROUTINE = { id: 'low-back-essentials', name: 'Low back essentials' };

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A phone-size page, onboarded and checked in green, with time moving only when the test moves it. */
async function openCheckedIn(): Promise<{ page: Page; close(): Promise<void> }> {
  const phone = await openCheckedInPhone(browser, baseUrl);
  await phone.page.getByRole('button', { name: `Start: ${ROUTINE.name}` }).waitFor();
  return phone;
}

/** Starts the routine and taps Skip until `name` is in a work phase, then lets 3 s of it play. */
async function startAndReach(page: Page, name: string): Promise<void> {
  await reach(page, ROUTINE.name, name);
  await page.clock.runFor(3000);
}

/** Reports a pain level with the Pain button and its 0–10 sheet. */
async function reportPain(page: Page, level: number): Promise<void> {
  await page.getByRole('button', { name: 'Pain', exact: true }).click();
  await page.getByRole('dialog', { name: /How much does it hurt/ }).getByRole('button', { name: String(level), exact: true }).click();
}

/** Ends the session early from the player. */
async function endNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End' }).click();
  await page.getByRole('button', { name: 'Yes, end now' }).click();
  await page.getByRole('heading', { name: 'Well done' }).waitFor();
}

/** Writes two earlier green sessions of the routine, both rated about right, at level 0. */
async function seedGoodSessions(page: Page): Promise<void> {
  await page.evaluate(async (routine) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('sessions', 'readwrite');
    for (const daysAgo of [2, 1]) {
      const startedAt = Date.now() - daysAgo * 86_400_000;
      tx.objectStore('sessions').put({
        id: `${startedAt}-${routine.id}`, routineId: routine.id, routineName: routine.name,
        day: new Date(startedAt - new Date(startedAt).getTimezoneOffset() * 60_000).toISOString().slice(0, 10),
        startedAt, endedAt: startedAt + 600_000, activeSeconds: 600, tier: 'green', level: 0, effort: 'about-right',
        exercises: [{ exerciseId: 'pelvic-tilt', name: 'Pelvic tilt', setsPlanned: 1, setsDone: 1, repsDone: 8, secondsWorked: 40, painReports: [], outcome: 'done' }],
      });
    }
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  }, ROUTINE);
}

describe('pain during a session, and how it went', () => {
  it('a pain of 7 in green stops the bridge and offers the buttock squeeze, which then plays', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Bridge');
    await reportPain(page, 7);
    const sheet = page.getByRole('alertdialog', { name: /stop Bridge here/ });
    await sheet.getByText(/Pain 7 of 10 is above today’s limit of 5/).waitFor();
    await sheet.getByRole('button', { name: 'Go on to the next exercise' }).waitFor();
    await sheet.getByRole('button', { name: 'Try Buttock squeeze instead' }).click();
    expect(await page.locator('#exercise-name').textContent()).toBe('Buttock squeeze');
    expect(await page.locator('.phase').textContent()).toBe('Hold');
    await page.clock.runFor(2000);
    expect(await page.getByRole('timer').textContent()).toBe('3');
    await endNow(page);
    await page.getByText('Stopped for pain').waitFor();
    await page.getByText('Pain noted: 7').waitFor();
    await close();
  });

  it('a pain of 3 in green is only noted, and the exercise carries on', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Bridge');
    await reportPain(page, 3);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    expect(await page.locator('.pain-note').textContent()).toBe('Pain 3 of 10 noted. Go gently; stop if it gets worse.');
    expect(await page.getByRole('status').filter({ hasText: 'Pain 3 of 10 noted' }).count()).toBe(1);
    const before = await page.getByRole('timer').textContent();
    await page.clock.runFor(2000);
    expect(await page.getByRole('timer').textContent()).not.toBe(before);
    expect(await page.locator('#exercise-name').textContent()).toBe('Bridge');
    await close();
  });

  it('after the session saves pain now and effort, says what happens to the level, and offers a comfort tip', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Pelvic tilt');
    await endNow(page);
    await page.getByRole('group', { name: 'Pain now' }).getByRole('button', { name: '2', exact: true }).click();
    await page.getByRole('group', { name: 'How did the session feel?' }).getByRole('button', { name: 'Too hard' }).click();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText('Thank you, saved.').waitFor();
    await page.getByText('You found this session too hard, so your next session is one step easier.').waitFor();
    await page.getByRole('complementary', { name: 'A comfort tip' }).getByText(/warm pack/).waitFor();
    const stored = await page.evaluate(() => new Promise<unknown[]>((resolve) => {
      indexedDB.open('flarewise').onsuccess = (e) => {
        const db = (e.target as IDBOpenDBRequest).result;
        const tx = db.transaction(['sessions', 'levels']);
        const sessions = tx.objectStore('sessions').getAll();
        const level = tx.objectStore('levels').get('low-back-essentials');
        tx.oncomplete = () => resolve([sessions.result, level.result]);
      };
    }));
    expect(stored[0]).toEqual([expect.objectContaining({ effort: 'too-hard', painAfter: 2 })]);
    expect(stored[1]).toMatchObject({ level: -1, change: 'down' });
    await close();
  });

  it('three green sessions rated about right step the level up', async () => {
    const { page, close } = await openCheckedIn();
    await seedGoodSessions(page);
    await startAndReach(page, 'Pelvic tilt');
    await endNow(page);
    await page.getByRole('button', { name: 'About right' }).click();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText('Your last three sessions went well with no setbacks, so your next session is one step harder.').waitFor();
    await close();
  });
});
