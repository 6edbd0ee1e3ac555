/**
 * A safe setup on a phone: the emergency number starts from the device's region, can be changed and never
 * saved empty; precautions skipped at the first run leave a card on home and extra safety questions.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { questionsFor } from '../../src/engine/clinical/triage';
import { triageMessages } from '../../src/i18n/en/triage';
import { launchBrowser, openPhone } from './browser';
import { scoreGroup } from './check-in-flow';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** A phone whose device language is `locale`, on the welcome's emergency-number step. */
async function openOnNumberStep(locale: string) {
  const phone = await openPhone(browser, baseUrl, { time: new Date('2026-11-24T09:00:00'), contextOptions: { locale } });
  await phone.page.goto(baseUrl);
  await phone.page.getByRole('heading', { level: 1, name: 'Welcome to Flarewise' }).waitFor();
  for (let step = 0; step < 4; step += 1) await phone.page.getByRole('button', { name: 'Next' }).click();
  return phone;
}

const numberField = (page: Page) => page.getByLabel('Local emergency number');

describe('the emergency number', () => {
  it.each([['en-GB', '999'], ['de-DE', '112'], ['en-US', '911']])('starts a %s phone on %s', async (locale, number) => {
    const { page, close } = await openOnNumberStep(locale);
    expect(await numberField(page).inputValue()).toBe(number);
    await close();
  });

  it('can be changed, but never saved empty: it says so in plain words and keeps the last number', async () => {
    const { page, close } = await openOnNumberStep('en-GB');
    await numberField(page).fill('');
    await page.getByText('Please type a number: the call button needs one. Until you do, 999 is kept.').waitFor();
    expect(await numberField(page).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: 'Done: check in for today' }).click();
    expect(page.url()).toMatch(/\/welcome$/);
    await numberField(page).fill('112');
    await page.getByRole('button', { name: 'Done: check in for today' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today’s check-in' }).waitFor();

    await page.goto(at('/settings'));
    await numberField(page).fill('');
    await page.getByText('Until you do, 112 is kept.', { exact: false }).waitFor();
    await page.reload();
    expect(await numberField(page).inputValue()).toBe('112');
    await close();
  });
});

describe('precautions skipped at the first run', () => {
  it('leave a gentle card on home, and the check-in asks the steroid questions until they are answered', async () => {
    const { page, close } = await openPhone(browser, baseUrl, { time: new Date('2026-11-24T09:00:00') });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    const card = page.getByRole('region', { name: 'A few health questions are still open' });
    await card.waitFor();

    const everyone = new Set(questionsFor(EMPTY_PROFILE).map((q) => q.id));
    const steroid = questionsFor({ ...EMPTY_PROFILE, steroidsLongTerm: true }).filter((q) => !everyone.has(q.id))
      .map((q) => ({ question: triageMessages[`triage.q.${q.id}`] }));
    expect(steroid.length).toBeGreaterThan(0);
    await page.goto(at('/check-in'));
    const safety = page.getByRole('group', { name: 'Safety questions' });
    for (const question of steroid) await safety.getByRole('checkbox', { name: question.question, exact: true }).waitFor();

    await page.goto(baseUrl);
    await card.getByRole('link', { name: 'Answer them now' }).click();
    await page.getByRole('button', { name: 'Save my answers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Choose a routine' }).waitFor();
    expect(await card.count()).toBe(0);
    await page.goto(at('/check-in'));
    await safety.waitFor();
    for (const question of steroid) expect(await safety.getByRole('checkbox', { name: question.question, exact: true }).count()).toBe(0);
    await close();
  });

  it('let a fall that a doctor has already checked be said so, and then the day is not stopped', async () => {
    const { page, close } = await openPhone(browser, baseUrl, { time: new Date('2026-11-24T09:00:00') });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.getByRole('region', { name: 'A few health questions are still open' }).waitFor();
    await page.goto(at('/check-in'));
    await page.getByRole('radio', { name: /^No flare/ }).check();
    await scoreGroup(page, 'pain').getByRole('radio', { name: '2', exact: true }).check();
    await scoreGroup(page, 'fatigue').getByRole('radio', { name: '2', exact: true }).check();
    await page.getByRole('group', { name: /^Any hot or swollen joints today\?/ }).getByRole('checkbox', { name: 'None', exact: true }).check();
    const safety = page.getByRole('group', { name: 'Safety questions' });
    await safety.getByRole('checkbox', { name: triageMessages['triage.q.pain-after-fall-or-lift'], exact: true }).check();
    await safety.getByRole('checkbox', { name: 'A doctor has already checked it' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    expect(await page.getByRole('button', { name: /^Start / }).count()).toBeGreaterThan(0);
    await close();
  });
});

