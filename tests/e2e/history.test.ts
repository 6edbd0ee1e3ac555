/**
 * Progress that people see, in the built app on a phone: the streak on the home screen, the care
 * calendar and trends in History, a real session joining them, deleting and annotating sessions,
 * and a calendar reminder file.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { planSession } from '../../src/engine/session/session-plan';
import { plannedExercises } from '../../src/state/planned-exercises';
import { launchBrowser, openPhone } from './browser';
import { readLibrary, seedHistory, type SeedCheckIn, type SeedSession } from './history-seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A phone-size page on Tuesday 24 November 2026 at 14:00, opened on today; close() checks nothing went wrong. */
async function openAt2pm() {
  const phone = await openPhone(browser, baseUrl, { time: new Date('2026-11-24T14:00:00'), contextOptions: { acceptDownloads: true, locale: 'en-GB' } });
  await phone.page.goto(baseUrl);
  await phone.page.getByRole('heading', { level: 1 }).first().waitFor();
  return phone;
}

const SESSIONS: SeedSession[] = [
  { day: '2026-10-30' }, { day: '2026-11-20' }, { day: '2026-11-21' },
  { day: '2026-11-23', painAfter: 2, stopped: 'knee-rocks' },
];
const CHECK_INS: SeedCheckIn[] = [
  { date: '2026-11-20', pain: 3, fatigue: 4 },
  { date: '2026-11-22', pain: 7, fatigue: 8, flare: 'severe', tier: 'red' },
  { date: '2026-11-23', pain: 5, fatigue: 6, triage: 'see-doctor' },
];

/** Every stored session, read straight from IndexedDB, oldest first. */
async function storedSessions(page: Page): Promise<unknown[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = await new Promise<unknown[]>((resolve) => {
      const request = db.transaction('sessions').objectStore('sessions').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
    });
    db.close();
    return all;
  });
}

describe('progress that people see', () => {
  it('shows the streak on the home screen and care days, trends and sessions in History', async () => {
    const { page, close } = await openAt2pm();
    await seedHistory(page, SESSIONS, CHECK_INS);
    await page.getByText('4 days of taking care, including 1 rest day.').waitFor();
    await page.getByText('This week: 1 of 3 sessions.').waitFor();
    await page.getByText(/^Nothing logged yet today/).waitFor();

    await page.getByRole('link', { name: 'History', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    const calendar = page.getByRole('region', { name: 'Care calendar' });
    for (const name of ['Monday 23 November: session', 'Sunday 22 November: flare or rest day',
      'Thursday 19 November: nothing logged', 'Tuesday 24 November: nothing logged, today', 'Wednesday 25 November: still to come']) {
      expect(await calendar.getByRole('cell', { name, exact: true }).count(), name).toBe(1);
    }
    await calendar.getByRole('button', { name: 'Previous month' }).click();
    expect(await calendar.getByRole('cell', { name: 'Friday 30 October: session' }).count()).toBe(1);

    const trends = page.getByRole('region', { name: 'Trends' });
    await trends.getByRole('button', { name: 'Show as table' }).first().click();
    const pain = trends.getByRole('table', { name: 'Pain, week by week' });
    expect(await pain.getByRole('row').count()).toBe(1 + 4);
    expect(await pain.getByRole('row', { name: /^16 Nov/ }).innerText()).toMatch(/16 Nov\s+5\s+–/);
    expect(await pain.getByRole('row', { name: /^23 Nov/ }).innerText()).toMatch(/23 Nov\s+5\s+2/);
    await trends.getByRole('button', { name: '3 months' }).click();
    expect(await pain.getByRole('row').count()).toBe(1 + 13);

    await page.getByRole('link', { name: '23 Nov 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Desk break' }).waitFor();
    await page.getByText(/^Monday,? 23 November 2026$/).waitFor();
    await page.getByText('Stopped for pain', { exact: true }).waitFor();
    await close();
  });

  it('deletes a session, and Undo puts back exactly what was stored', async () => {
    const { page, close } = await openAt2pm();
    await seedHistory(page, SESSIONS, CHECK_INS);
    const before = await storedSessions(page);
    await page.goto(at('/history'));
    const list = page.getByRole('list', { name: 'Sessions' }).getByRole('link');
    await page.getByRole('link', { name: '23 Nov 2026' }).click();
    await page.getByRole('heading', { level: 1, name: 'Desk break' }).waitFor();
    await page.getByRole('button', { name: 'Delete this session' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    await page.getByRole('status').getByText(/^The session of Monday,? 23 November 2026 was deleted\.$/).waitFor();
    await expect.poll(() => list.allInnerTexts()).toEqual(['21 Nov 2026', '20 Nov 2026', '30 Oct 2026']);
    expect(await storedSessions(page)).toHaveLength(3);

    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText(/^The session of Monday,? 23 November 2026 is back\.$/).waitFor();
    await expect.poll(() => list.allInnerTexts()).toEqual(['23 Nov 2026', '21 Nov 2026', '20 Nov 2026', '30 Oct 2026']);
    expect(await storedSessions(page)).toEqual(before);
    await close();
  });

  it('keeps a note on a session over a reload, in the list and in the CSV', async () => {
    const { page, close } = await openAt2pm();
    await seedHistory(page, SESSIONS, CHECK_INS);
    await page.goto(at('/history'));
    await page.getByRole('link', { name: '21 Nov 2026' }).click();
    await page.getByLabel(/A few words/).fill('Hips stiff after a long drive, went gently');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.getByText('Note saved.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Desk break' }).waitFor();
    expect(await page.getByLabel(/A few words/).inputValue()).toBe('Hips stiff after a long drive, went gently');
    await page.goto(at('/history'));
    await page.getByText('Note: Hips stiff after a long drive, went gently').waitFor();

    await page.goto(at('/settings/data'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sessions as CSV' }).click()]);
    const rows = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(rows[0]).toMatch(/,note$/);
    expect(rows.find((row) => row.startsWith('2026-11-21,'))).toMatch(/,"Hips stiff after a long drive, went gently"$/);
    await close();
  });

  it('adds a finished session to the streak and to History', async () => {
    const { page, close } = await openAt2pm();
    await seedHistory(page, [{ day: '2026-11-23' }], [{ date: '2026-11-24', pain: 1, fatigue: 2 }]);
    await page.getByText('1 day of taking care.').waitFor();
    // Let the service worker's offline notice arrive first, so nothing moves under the Start tap.
    await page.waitForLoadState('networkidle');
    const library = readLibrary();
    const routine = library.routines.get('desk-break');
    if (!routine) throw new Error('desk-break routine missing');
    const plan = planSession(plannedExercises(routine, library));
    await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
    await page.getByRole('heading', { level: 1, name: plan.exercises[0]?.exercise.name ?? '' }).waitFor();
    // Today's plan may dose it differently from the library; a minute more covers that.
    await page.clock.runFor(plan.totalMs + 60_000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();

    await page.goto(baseUrl);
    await page.getByText('2 days of taking care.').waitFor();
    await page.getByText('Today already counts. Anything more is a bonus.').waitFor();
    await page.goto(at('/history'));
    const calendar = page.getByRole('region', { name: 'Care calendar' });
    await calendar.getByRole('cell', { name: 'Tuesday 24 November: session, today' }).waitFor();
    const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('link');
    expect(await sessions.allInnerTexts()).toEqual(['24 Nov 2026', '23 Nov 2026']);
    await close();
  });

  it('downloads a weekly calendar reminder for the chosen days and time', async () => {
    const { page, close } = await openAt2pm();
    await page.goto(at('/reminders'));
    for (const day of ['Monday', 'Wednesday', 'Friday']) await page.getByRole('checkbox', { name: day }).uncheck();
    await page.getByText('Choose at least one day.').waitFor();
    for (const day of ['Thursday', 'Tuesday']) await page.getByRole('checkbox', { name: day }).check();
    await page.getByLabel('Time', { exact: true }).fill('18:30');
    await page.getByText('Repeats every Tuesday and Thursday at 18:30.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download calendar file' }).click()]);
    expect(download.suggestedFilename()).toBe('flarewise-reminders.ics');
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU,TH\r\n');
    expect(text).toContain('DTSTART:20261124T183000\r\n');
    await close();
  });
});
