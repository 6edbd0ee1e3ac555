/**
 * Pain during a session and the questions after it, in the built app on a phone under Playwright's clock:
 * the pain sheet answers by severity (stop for today first at a lot of pain, otherwise the easier variant
 * first with time to change position), a pain stop keeps the streak, a routine skipped through is shown as
 * skipped, and the effort answer moves the level.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { openCheckedInPhone, startAndReach as reach, type SeedOptions } from './seed';

const baseUrl = inject('baseUrl');
const ROUTINE = { id: 'low-back-essentials', name: 'Low back essentials' };

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A phone-size page, onboarded and checked in green (pain 1 unless said), with time moving only when the test moves it. */
async function openCheckedIn(seed: SeedOptions = {}): Promise<{ page: Page; close(): Promise<void> }> {
  const phone = await openCheckedInPhone(browser, baseUrl, undefined, seed);
  await phone.page.getByRole('button', { name: `Start: ${ROUTINE.name}` }).waitFor();
  return phone;
}

/** Starts the routine and taps Skip until `name` is in a work phase, then lets 3 s of it play. */
async function startAndReach(page: Page, name: string): Promise<void> {
  await reach(page, ROUTINE.name, name);
  await page.clock.runFor(3000);
}

/** Reports a pain level (and, optionally, how it feels) with the Pain button and its sheet. */
async function reportPain(page: Page, level: number, kind?: 'Sharp' | 'Shooting' | 'New'): Promise<void> {
  await page.getByRole('button', { name: 'Pain', exact: true }).click();
  const sheet = page.getByRole('dialog', { name: /How much does it hurt/ });
  if (kind) await sheet.getByRole('button', { name: kind, exact: true }).click();
  await sheet.getByRole('button', { name: String(level), exact: true }).click();
}

/** Ends the session early from the player. */
async function endNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End' }).click();
  await page.getByRole('button', { name: 'Yes, end now' }).click();
  await page.getByRole('heading', { name: 'Well done' }).waitFor();
}

/** Writes two earlier green sessions of the routine, both rated about right, at level 0, each with an exercise done. */
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
  // The app reads the history once when it opens: open it again to see what was written behind its back.
  await page.reload();
  await page.getByRole('button', { name: `Start: ${ROUTINE.name}` }).waitFor();
}

describe('the pain sheet answers by severity', () => {
  it('a pain of 9 puts "Stop for today" first, with what to do now, and never another exercise', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Bridge');
    await reportPain(page, 9);
    const sheet = page.getByRole('alertdialog', { name: 'Let’s stop for today' });
    await sheet.getByText('Pain 9 of 10 is a lot.', { exact: false }).waitFor();
    const buttons = await sheet.getByRole('button').allTextContents();
    expect(buttons[0]).toBe('Stop for today');
    expect(buttons.join(' ')).not.toMatch(/Try .* instead|next exercise/);
    await sheet.getByRole('heading', { name: 'What to do now' }).waitFor();
    await sheet.getByText(/^Rest in a position that eases the pain/).waitFor();
    await sheet.getByText(/cool compress wrapped in a cloth/).waitFor();
    await sheet.getByText(/Call your care team if the pain has not settled within 2 hours/).waitFor();
    await sheet.getByRole('button', { name: 'Stop for today' }).click();
    // Stopping for pain is taking care: the summary says so, and today counts.
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    await page.getByText('You stopped for pain, and that was the right thing to do.', { exact: false }).waitFor();
    await page.locator('.outcome-stopped-for-pain').filter({ hasText: 'Stopped for pain' }).waitFor();
    await close();
  });

  it('a pain of 4 after a check-in of 3 in green offers the easier variant first, which starts with a get-ready lead-in', async () => {
    const { page, close } = await openCheckedIn({ pain: 3 });
    await startAndReach(page, 'Bridge');
    await reportPain(page, 4);
    const sheet = page.getByRole('alertdialog', { name: 'Pain 4 of 10 noted' });
    const buttons = await sheet.getByRole('button').allTextContents();
    expect(buttons).toEqual(['Try Buttock squeeze instead', 'Carry on gently', 'Stop for today']);
    await sheet.getByText('You get 10 seconds to change position first.', { exact: false }).waitFor();
    await sheet.getByRole('button', { name: 'Try Buttock squeeze instead' }).click();
    expect(await page.locator('#exercise-name').textContent()).toBe('Buttock squeeze');
    expect(await page.locator('.phase').textContent()).toBe('Get ready');
    expect(await page.getByRole('timer').textContent()).toBe('10');
    await page.clock.runFor(10_500);
    expect(await page.locator('.phase').textContent()).toBe('Hold');
    await close();
  });

  it('a sharp pain stops the exercise even at 2, and offers the easier variant first', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Bridge');
    await reportPain(page, 2, 'Sharp');
    const sheet = page.getByRole('alertdialog', { name: /stop Bridge here/ });
    await sheet.getByText(/^A sharp pain is a signal to stop this exercise, whatever its number/).waitFor();
    expect((await sheet.getByRole('button').allTextContents())[0]).toBe('Try Buttock squeeze instead');
    await close();
  });

  it('a pain of 3 in green after a check-in of 1 is only noted, and the exercise carries on', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Pelvic tilt');
    await reportPain(page, 3);
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);
    expect(await page.locator('.pain-note').textContent()).toBe('Pain 3 of 10 noted. Go gently; stop if it gets worse.');
    const before = await page.getByRole('timer').textContent();
    await page.clock.runFor(2000);
    expect(await page.getByRole('timer').textContent()).not.toBe(before);
    await close();
  });
});

describe('credit that is true', () => {
  it('stopping at a pain stop keeps the streak: the day shows as a care day', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Bridge');
    await reportPain(page, 8);
    await page.getByRole('alertdialog', { name: 'Let’s stop for today' }).getByRole('button', { name: 'Stop for today' }).click();
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    await page.getByRole('button', { name: 'Back to today' }).click();
    await page.goto(new URL('/history', page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    await page.getByText('1 day of taking care.').waitFor();
    const calendar = page.getByRole('region', { name: 'Care calendar' });
    expect(await calendar.getByRole('cell', { name: /Tuesday,? (24 November|November 24): session/ }).count()).toBe(1);
    await close();
  });

  it('a routine skipped through is shown as skipped in the summary and in history, and is not a care day', async () => {
    const { page, close } = await openCheckedIn();
    await page.getByRole('button', { name: `Start: ${ROUTINE.name}` }).click();
    await page.locator('#exercise-name').waitFor();
    for (let i = 0; i < 300 && (await page.locator('#exercise-name').count()) > 0; i += 1) {
      await page.getByRole('button', { name: 'Skip', exact: true }).click();
    }
    await page.getByRole('heading', { name: 'Session ended' }).waitFor();
    const line = (await page.locator('.outcome-line').textContent()) ?? '';
    expect(line).toMatch(/^0 of (\d+) done, \1 skipped$/);
    await page.getByText('Nothing was done this time, and that is all right.', { exact: false }).waitFor();
    await page.goto(new URL('/history', page.url()).href);
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    await page.getByText(line).first().waitFor();
    await page.getByRole('link', { name: /24 Nov 2026|Nov 24, 2026/ }).first().click();
    await page.getByText(line).first().waitFor();
    expect(await page.locator('.outcome-skipped').count()).toBeGreaterThan(0);
    await page.goto(new URL('/history', page.url()).href);
    expect(await page.getByRole('region', { name: 'Care calendar' }).getByRole('cell', { name: /Tuesday,? (24 November|November 24): session/ }).count()).toBe(0);
    await close();
  });
});

describe('after the session', () => {
  it('saves pain now and effort, says what happens to the level, and offers a comfort tip', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Pelvic tilt');
    await endNow(page);
    await page.getByRole('group', { name: 'Pain now' }).getByRole('button', { name: '2', exact: true }).click();
    await page.getByRole('group', { name: 'How did the session feel?' }).getByRole('button', { name: 'Too hard' }).click();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText('Thank you, saved.').waitFor();
    await page.getByText('You found the last session too hard, so this routine is one step easier.').waitFor();
    await page.getByRole('complementary', { name: 'A comfort tip' }).getByText(/warm pack/).waitFor();
    const stored = await page.evaluate(() => new Promise<unknown[]>((resolve) => {
      indexedDB.open('flarewise').onsuccess = (e) => {
        const request = (e.target as IDBOpenDBRequest).result.transaction('sessions').objectStore('sessions').getAll();
        request.onsuccess = () => resolve(request.result);
      };
    }));
    expect(stored).toEqual([expect.objectContaining({ effort: 'too-hard', painAfter: 2 })]);
    await close();
  });

  it('pain after the session 3 or more above the check-in gets the stop-for-today advice', async () => {
    const { page, close } = await openCheckedIn();
    await startAndReach(page, 'Pelvic tilt');
    await endNow(page);
    await page.getByRole('group', { name: 'Pain now' }).getByRole('button', { name: '5', exact: true }).click();
    await page.getByRole('group', { name: 'How did the session feel?' }).getByRole('button', { name: 'About right' }).click();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText('Your pain is well above where it was at the check-in.', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'What to do now' }).waitFor();
    await close();
  });

  it('three green sessions rated about right step the level up', async () => {
    const { page, close } = await openCheckedIn();
    await seedGoodSessions(page);
    await startAndReach(page, 'Pelvic tilt');
    await endNow(page);
    await page.getByRole('button', { name: 'About right' }).click();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByText('Your last three sessions went well with no setbacks, so this routine is one step harder.').waitFor();
    await close();
  });
});
