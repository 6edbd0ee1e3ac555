/**
 * The questions after a session, in the built app on a phone under Playwright's clock: pain now and effort
 * are saved, a big rise in pain gets the stop-for-today advice, and the effort answer moves the level.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROUTINE, startAndReach, useCheckedInPhones } from './session-flow';
import { waitForAppDatabase } from './seed';

const openCheckedIn = useCheckedInPhones();

/** Ends the session early from the player. */
async function endNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'End' }).click();
  await page.getByRole('button', { name: 'Yes, end now' }).click();
  await page.getByRole('heading', { name: 'Well done' }).waitFor();
}

/** Writes two earlier green sessions of the routine, both rated about right, at level 0, each with an exercise done. */
async function seedGoodSessions(page: Page): Promise<void> {
  await waitForAppDatabase(page);
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
