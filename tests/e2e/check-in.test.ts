/**
 * The first run, the daily check-in, the safety stop and today's plan, in the built app on a phone:
 * onboarding, a flare with hot hips, a mild flare, and a reload (the safety answers: triage.test.ts).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPhone } from './browser';
import { answerCheckIn } from './check-in-flow';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A phone-size page at 14:00 local time; close() checks nothing went wrong. */
const openAt2pm = () => openPhone(browser, baseUrl, { time: new Date('2026-11-24T14:00:00') });

describe('the first run and the daily check-in', () => {
  it('walks through the first run, then asks the check-in, saying what is still missing, and shows a good day', async () => {
    const { page, close } = await openAt2pm();
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Welcome to Flarewise' }).waitFor();
    expect(page.url()).toMatch(/\/welcome$/);
    await page.getByText(/does not replace your care team/).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: /Raynaud/ }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'One session more a week' }).click();
    expect(await page.getByRole('group', { name: 'Sessions a week' }).innerText()).toContain('4');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await page.getByRole('checkbox', { name: 'Sound cues' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Local emergency number').fill('1-1 2a');
    expect(await page.getByLabel('Local emergency number').inputValue()).toBe('112');
    await page.getByRole('button', { name: 'Done: check in for today' }).click();

    await page.getByRole('heading', { level: 1, name: 'Today’s check-in' }).waitFor();
    const button = page.locator('.sticky-action .button');
    expect(await button.innerText()).toBe('Still to answer: flare, pain, tiredness, hot joints, and the safety questions');
    await answerCheckIn(page, { flare: 'none', pain: 1, fatigue: 2, hot: [] });
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    await page.getByText('A good day: your usual routine').waitFor();
    await page.getByText(/never cold packs/).waitFor();
    expect(await page.getByRole('button', { name: /^Start / }).count()).toBe(1);
    await page.goto(at('/settings'));
    expect(await page.getByLabel('Local emergency number').inputValue()).toBe('112');
    await close();
  });

  it('plans a red day for a moderate flare with hot hips, leaving hip loading out and saying why', async () => {
    const { page, close } = await openAt2pm();
    await page.goto(baseUrl);
    await seedCheckedIn(page, { checkIn: false });
    await page.getByRole('link', { name: 'Check in for today' }).click();
    await answerCheckIn(page, { flare: 'moderate', pain: 5, fatigue: 5, hot: ['Hips'] });
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    await page.getByText(/^A flare day/).waitFor();
    await page.getByText(/a moderate flare and hot or swollen hips/).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: 'Flare-day gentle' }).count()).toBe(1);

    await page.getByText('Choose another routine').click();
    await page.getByRole('button', { name: 'Plan Low back essentials instead' }).click();
    await page.getByRole('heading', { level: 2, name: 'Low back essentials' }).waitFor();
    const planned = await page.getByRole('list', { name: 'Today’s exercises' }).innerText();
    expect(planned).not.toContain('Bridge');
    await page.getByText('Bridge is left out today: it works against resistance at your hips, which are hot or swollen.').waitFor();
    await close();
  });

  it('plans an amber day for a mild flare and remembers the check-in after a reload', async () => {
    const { page, close } = await openAt2pm();
    await page.goto(baseUrl);
    await seedCheckedIn(page, { checkIn: false });
    await page.getByRole('link', { name: 'Check in for today' }).click();
    await answerCheckIn(page, { flare: 'mild', pain: 2, fatigue: 3, hot: [] });
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    await page.getByText('A gentle day: about half the usual amount').waitFor();
    await page.getByText('Because of: a mild flare.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    await page.getByText('A gentle day: about half the usual amount').waitFor();
    await page.goto(baseUrl);
    await page.getByText('A gentle day: about half the usual amount').waitFor();
    expect(await page.getByRole('link', { name: 'Change today’s check-in' }).count()).toBe(1);
    await close();
  });
});
