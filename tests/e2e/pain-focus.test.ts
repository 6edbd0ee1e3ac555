/**
 * Keyboard focus around the pain sheets in the built player: closing a sheet hands focus back to the
 * Pain button that opened it, and a sheet that leads to another exercise puts focus on its name, never on <body>.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { openCheckedInPhone, startAndReach as reach } from './seed';

const baseUrl = inject('baseUrl');
const ROUTINE = 'Low back essentials';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** Starts the routine and taps Skip until `name` is in a work phase. */
const startAndReach = (page: Page, name: string) => reach(page, ROUTINE, name);

/** Whether the element is the one with keyboard focus. */
const hasFocus = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);
/** The focused element, described for a failure message. */
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent ?? ''}`);

/** Opens the pain sheet from the keyboard: focus on the Pain button, then Enter (or Space). */
async function openWithKeyboard(page: Page, key: 'Enter' | 'Space' = 'Enter'): Promise<Locator> {
  await page.getByRole('button', { name: 'Pain', exact: true }).focus();
  await page.keyboard.press(key);
  const sheet = page.getByRole('dialog', { name: /How much does it hurt/ });
  await sheet.waitFor();
  await expect.poll(() => hasFocus(sheet.getByRole('button', { name: '0', exact: true }))).toBe(true);
  return sheet;
}

describe('focus around the pain sheet', () => {
  it('Escape, the cancel button and a noted pain each hand focus back to the Pain button', async () => {
    const { page, close } = await openCheckedInPhone(browser, baseUrl);
    await startAndReach(page, 'Pelvic tilt');
    const pain = page.getByRole('button', { name: 'Pain', exact: true });

    const sheet = await openWithKeyboard(page);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    expect(await hasFocus(pain), await focused(page)).toBe(true);

    // Shift+Tab from 0 goes back through the optional sharp / shooting / new buttons, then wraps round to the
    // cancel button at the end of the sheet.
    await openWithKeyboard(page, 'Space');
    for (const kind of ['New', 'Shooting', 'Sharp']) {
      await page.keyboard.press('Shift+Tab');
      expect(await hasFocus(sheet.getByRole('button', { name: kind, exact: true })), await focused(page)).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await hasFocus(sheet.getByRole('button', { name: 'Cancel' })), await focused(page)).toBe(true);
    await page.keyboard.press('Enter');
    await sheet.waitFor({ state: 'detached' });
    expect(await hasFocus(pain), await focused(page)).toBe(true);
    // The session carries on where it was.
    expect(await page.locator('.phase').textContent()).not.toBe('Paused');

    await openWithKeyboard(page);
    await sheet.getByRole('button', { name: '2', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.pain-note').waitFor();
    expect(await hasFocus(pain), await focused(page)).toBe(true);
    await close();
  });

  it('after a pain stop, the easier variant and moving on put focus on the exercise now shown', async () => {
    // Checked in at pain 3 in green: pain 6 is over the limit of 5 and under 7, so the easier variant comes first.
    const { page, close } = await openCheckedInPhone(browser, baseUrl, undefined, { pain: 3 });
    await startAndReach(page, 'Bridge');
    const heading = page.locator('#exercise-name');

    const sheet = await openWithKeyboard(page);
    await sheet.getByRole('button', { name: '6', exact: true }).focus();
    await page.keyboard.press('Enter');
    const stop = page.getByRole('alertdialog', { name: /stop Bridge here/ });
    const easier = stop.getByRole('button', { name: 'Try Buttock squeeze instead' });
    await expect.poll(() => hasFocus(easier)).toBe(true);
    // Tab stays inside the sheet: from its last button it wraps to the first.
    await stop.getByRole('button', { name: 'Stop for today' }).focus();
    await page.keyboard.press('Tab');
    expect(await hasFocus(easier), await focused(page)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await heading.textContent()).toBe('Buttock squeeze');
    expect(await hasFocus(heading), await focused(page)).toBe(true);

    await openWithKeyboard(page);
    await sheet.getByRole('button', { name: '6', exact: true }).focus();
    await page.keyboard.press('Enter');
    const second = page.getByRole('alertdialog', { name: /stop Buttock squeeze here/ });
    await second.getByRole('button', { name: 'Go on to the next exercise' }).click();
    await second.waitFor({ state: 'detached' });
    expect(await heading.textContent()).not.toBe('Buttock squeeze');
    expect(await hasFocus(heading), await focused(page)).toBe(true);
    await close();
  });

  it('"Keep going" hands focus back to End, and ending at a pain stop puts it on the summary heading', async () => {
    const { page, close } = await openCheckedInPhone(browser, baseUrl);
    await startAndReach(page, 'Bridge');
    const end = page.getByRole('button', { name: 'End', exact: true });
    await end.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Keep going' }).click();
    expect(await hasFocus(end), await focused(page)).toBe(true);

    const sheet = await openWithKeyboard(page);
    await sheet.getByRole('button', { name: '7', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Let’s stop for today' }).getByRole('button', { name: 'Stop for today' }).click();
    const done = page.getByRole('heading', { name: 'Well done' });
    await done.waitFor();
    await expect.poll(() => hasFocus(done)).toBe(true);
    await close();
  });
});
