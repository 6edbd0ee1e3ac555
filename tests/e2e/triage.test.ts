/**
 * The safety answers in the built app on a phone (src/engine/clinical/README.md, section 2): an emergency
 * names the person's own number with a call link, an urgent answer asks for a doctor first, no session can
 * start that day, and the rest of the app (History, the report, the library, settings) stays one tap away.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { triageMessages } from '../../src/i18n/en/triage';
import { launchBrowser, openPhone } from './browser';
import { answerCheckIn } from './check-in-flow';
import { seedCheckedIn, waitForAppDatabase } from './seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

const openAt2pm = () => openPhone(browser, baseUrl, { time: new Date('2026-11-24T14:00:00') });
const onSteroids = { ...EMPTY_PROFILE, steroidsLongTerm: true };

/** Saves a precaution profile straight into the app's settings, then reloads. */
async function seedProfile(page: Page, profile: typeof EMPTY_PROFILE): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(async (value) => {
    const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('flarewise'); r.onsuccess = () => resolve(r.result); });
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ key: 'profile', value });
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  }, profile);
  await page.reload();
}

describe('safety answers that rule out a session', () => {
  it('a fever with back pain: get care now, "Call 999" for the number set, no session, and History one tap away', async () => {
    const { page, close } = await openAt2pm();
    await page.goto(baseUrl);
    await seedCheckedIn(page, { checkIn: false, emergencyNumber: '999' });
    await page.getByRole('link', { name: 'Check in for today' }).click();
    await answerCheckIn(page, { flare: 'none', pain: 3, fatigue: 3, hot: [], yes: 'Do you have a fever over 38.3°C (101°F) along with back or hip pain?' });
    await page.getByRole('heading', { level: 1, name: 'Get medical care now' }).waitFor();
    await page.getByText(/urgent line now.*call 999/).waitFor();
    expect(await page.getByText(/911/).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(await page.getByRole('button', { name: /Start/ }).count()).toBe(0);

    // History is one tap away, and no routine can start today.
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    await page.goto(at('/routine/desk-break'));
    await page.getByRole('button', { name: 'Start this routine' }).click();
    await page.getByRole('heading', { level: 1, name: 'Get medical care now' }).waitFor();
    expect(page.url()).not.toMatch(/\/play$/);
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Get medical care now' }).waitFor();

    // Answered by mistake: corrected, and the first answer stays in the care-team report, marked.
    await page.getByRole('button', { name: /answered by mistake/ }).click();
    await answerCheckIn(page, { flare: 'none', pain: 3, fatigue: 3, hot: [] });
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    await page.goto(at('/report'));
    await page.getByText('Emergency (corrected: answered by mistake)').waitFor();
    await close();
  });

  it('new hip pain after a minor fall, on long-term steroids: urgent, checked before exercising, no session', async () => {
    const { page, close } = await openAt2pm();
    await page.goto(baseUrl);
    await seedCheckedIn(page, { checkIn: false, emergencyNumber: '999' });
    await seedProfile(page, onSteroids);
    // The family doctor's number, saved in Settings, becomes the call button of the urgent screen.
    await page.goto(at('/settings'));
    const doctor = page.getByRole('group', { name: 'Family doctor' });
    await doctor.getByLabel('Name').fill('Dr Okafor');
    await doctor.getByLabel('Name').press('Tab');
    await doctor.getByLabel('Phone number').fill('020 7946 0123');
    await doctor.getByLabel('Phone number').press('Tab');
    await page.goto(baseUrl);
    await page.getByRole('link', { name: 'Check in for today' }).click();
    await answerCheckIn(page, { flare: 'none', pain: 4, fatigue: 3, hot: [], yes: triageMessages['triage.q.pain-after-fall-or-lift'] });
    await page.getByRole('heading', { level: 1, name: 'Please get this checked first' }).waitFor();
    await page.getByText(/broken bone in the spine or hip/).waitFor();
    expect(await page.getByRole('link', { name: /^Call 999/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Call family doctor: Dr Okafor' }).getAttribute('href')).toBe('tel:02079460123');
    expect(await page.getByRole('button', { name: /Start/ }).count()).toBe(0);
    for (const place of ['History', 'Report for your care team', 'Exercise library', 'Settings']) {
      expect(await page.getByRole('link', { name: place }).count(), place).toBe(1);
    }

    // Once a doctor has checked it, ticking that under the question clears it: today's plan is offered again.
    await page.getByRole('button', { name: /answered by mistake/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Today’s check-in' }).waitFor();
    const cleared = page.getByRole('checkbox', { name: 'A doctor has already checked it' });
    expect(await cleared.count()).toBe(1);
    await cleared.check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    expect(await page.getByRole('button', { name: /^Start|^Do it/ }).count()).toBeGreaterThan(0);
    await close();
  });

  it('saddle numbness: an emergency with a call link to the number set, and no way to start from anywhere', async () => {
    const { page, close } = await openAt2pm();
    await page.goto(baseUrl);
    await seedCheckedIn(page, { checkIn: false, emergencyNumber: '112' });
    await page.getByRole('button', { name: 'Start: Five-minute desk break' }).click();
    await answerCheckIn(page, { flare: 'none', pain: 2, fatigue: 2, hot: [], yes: triageMessages['triage.q.bowel-bladder-or-saddle'] });
    await page.getByRole('heading', { level: 1, name: 'Please get help now' }).waitFor();
    await page.getByText(/nerves at the base of the spine/).waitFor();
    await page.getByText('This could be an emergency. Call 112 now, or go to the nearest emergency department.').waitFor();
    expect(await page.getByRole('link', { name: 'Call 112' }).getAttribute('href')).toBe('tel:112');
    expect(await page.getByRole('button', { name: /Start/ }).count()).toBe(0);
    await close();
  });
});
