/**
 * A quiet day's check-in as a tired person does it on a phone: from home to today's plan in at most seven
 * taps, with nothing chosen in advance (yesterday's scores show only as a hint).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPhone } from './browser';
import { answerCheckIn, QUESTIONS, scoreGroup } from './check-in-flow';
import { seedCheckedIn, waitForAppDatabase } from './seed';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Stores yesterday's check-in (pain 4, tiredness 5) and opens home afresh. */
async function seedYesterday(page: Page): Promise<void> {
  await waitForAppDatabase(page);
  await page.evaluate(async () => {
    const then = new Date(Date.now() - 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const date = `${then.getFullYear()}-${pad(then.getMonth() + 1)}-${pad(then.getDate())}`;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('flarewise');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('checkIns', 'readwrite');
    tx.objectStore('checkIns').put({
      flare: 'none', pain: 4, fatigue: 5, hotJoints: [], safety: {}, date, at: then.getTime(),
      triage: { outcome: 'none', message: 'No warning signs today.', reasons: [], unanswered: [] },
      tier: { tier: 'amber', reasons: [{ code: 'pain', value: 4 }] },
    });
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
}

/** Counts real taps (pointer presses) from now on, across the app's own page changes. */
async function countTaps(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const box = { taps: 0 };
    Object.assign(window, { tapCount: box });
    document.addEventListener('pointerdown', (event) => { if (event.isTrusted) box.taps += 1; }, true);
  });
  return () => page.evaluate(() => (window as unknown as { tapCount: { taps: number } }).tapCount.taps);
}

describe('a quiet day’s check-in', () => {
  it('goes from home to today’s plan in at most seven taps, with no answer chosen in advance', async () => {
    const { page, close } = await openPhone(browser, baseUrl, { time: new Date('2026-11-24T08:30:00') });
    await page.goto(baseUrl);
    await seedCheckedIn(page, { checkIn: false });
    await seedYesterday(page);
    const taps = await countTaps(page);

    await page.getByRole('link', { name: 'Check in for today' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today’s check-in' }).waitFor();
    expect(await page.locator('input:checked').count()).toBe(0);
    expect(await scoreGroup(page, 'pain').innerText()).toContain('Last time: 4');
    expect(await scoreGroup(page, 'fatigue').innerText()).toContain('Last time: 5');
    expect(await page.getByRole('group', { name: /^This morning/ }).count()).toBe(1);

    await answerCheckIn(page, { flare: 'none', pain: 2, fatigue: 3, hot: [] });
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    await page.getByText('A good day: your usual routine').waitFor();
    expect(await taps()).toBeLessThanOrEqual(7);
    await close();
  });

  it('keeps every safety question readable and answers them all "no" with one tap', async () => {
    const { page, close } = await openPhone(browser, baseUrl, { time: new Date('2026-11-24T08:30:00') });
    await page.goto(baseUrl);
    await seedCheckedIn(page, { checkIn: false });
    await page.getByRole('link', { name: 'Check in for today' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today’s check-in' }).waitFor();
    const safety = page.getByRole('group', { name: 'Safety questions' });
    expect(await safety.getByRole('checkbox').count()).toBe(QUESTIONS.length + 1);
    for (const question of QUESTIONS) await safety.getByRole('checkbox', { name: question.question, exact: true }).waitFor();
    await safety.getByRole('checkbox', { name: 'None of these' }).check();
    const button = page.locator('.sticky-action .button');
    expect(await button.innerText()).toBe('Still to answer: flare, pain, tiredness, and hot joints');
    for (const question of QUESTIONS) expect(await safety.getByRole('checkbox', { name: question.question, exact: true }).isChecked()).toBe(false);
    await close();
  });
});
