/**
 * Keyboard only, no mouse: the first run, the check-in, and a whole desk break to the summary.
 * At every stop focus must be visible, and after every screen change it must not fall to <body>.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newWatchedContext } from './browser';

const baseUrl = inject('baseUrl');

interface Focused { tag: string; role: string; name: string; visible: boolean }

/** What has focus, its accessible-ish name, and whether an outline or box-shadow shows it. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: 'body', role: '', name: '', visible: false };
    const css = getComputedStyle(el);
    const outline = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0;
    const labelled = el.getAttribute('aria-labelledby');
    const name = el.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled)?.textContent : null)
      ?? (el.closest('label')?.textContent || el.textContent || '');
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role') ?? (el as HTMLInputElement).type ?? '', name: name.trim(), visible: outline || css.boxShadow !== 'none' };
  });
}

/** Asserts focus is on something, visibly. */
async function expectVisibleFocus(page: Page, where: string): Promise<Focused> {
  const now = await focused(page);
  expect(now.tag, `focus fell to <body> ${where}`).not.toBe('body');
  expect(now.visible, `focus on <${now.tag}> "${now.name}" is not visible ${where}`).toBe(true);
  return now;
}

/** Presses Tab until the focused element's name matches, checking every stop on the way. */
async function tabTo(page: Page, name: RegExp, onStop?: (at: Focused) => Promise<void>): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const at = await expectVisibleFocus(page, `while tabbing to ${name}`);
    if (name.test(at.name)) return;
    if (onStop) await onStop(at);
  }
  throw new Error(`never reached ${name} with Tab`);
}

/** Answers a check-in stop: "None" / "None of these" ticked, the calm "no"/"none" choice or a low score in each radio group. */
async function answerCalmly(page: Page, at: Focused): Promise<void> {
  if (at.role === 'checkbox' && /^None( of these)?$/.test(at.name)) await page.keyboard.press('Space');
  if (at.role !== 'radio') return;
  if (/^\d+$/.test(at.name)) { await page.keyboard.press('Space'); return; } // a 0–10 grid: the lowest score
  for (let i = 0; i < 6 && !/^(No|None)\b/.test((await focused(page)).name); i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
}

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('the app by keyboard alone', () => {
  it('goes from the first run through the check-in and a whole session to the summary, focus always shown', async () => {
    const { context, watch } = await newWatchedContext(browser, baseUrl, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Flarewise' }).waitFor();
    for (let step = 0; step < 4; step += 1) {
      await tabTo(page, /^Next$/);
      await page.keyboard.press('Enter');
      await expectVisibleFocus(page, `after welcome step ${step + 1}`);
    }
    await tabTo(page, /emergency number/i);
    await page.keyboard.type('112');
    await tabTo(page, /^Done: check in for today$/);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Today’s check-in' }).waitFor();
    expect((await expectVisibleFocus(page, 'on the check-in')).tag).toBe('h1');
    await tabTo(page, /^Continue$/, (at) => answerCalmly(page, at));
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();
    await expectVisibleFocus(page, 'on today’s plan');
    await page.clock.pauseAt(new Date('2026-11-24T09:05:00'));
    // The desk break may not be today's suggestion: open the other routines and plan it instead.
    if (await page.getByRole('button', { name: 'Start Five-minute desk break' }).count() === 0) {
      await tabTo(page, new RegExp(`^${await page.locator('.other-routines summary').textContent()}$`));
      await page.keyboard.press('Enter');
      await tabTo(page, /^Plan Five-minute desk break instead$/);
      await page.keyboard.press('Enter');
      expect((await expectVisibleFocus(page, 'after planning the desk break')).name).toBe('Today’s plan');
    }
    await tabTo(page, /^Start Five-minute desk break$/);
    await page.keyboard.press('Enter');
    await page.locator('#exercise-name').waitFor();
    await expectVisibleFocus(page, 'when the session starts');

    await page.clock.runFor(2000);
    await tabTo(page, /^Pause$/);
    await page.keyboard.press('Space');
    expect(await page.locator('.phase').textContent()).toBe('Paused');
    expect((await expectVisibleFocus(page, 'after pausing')).name).toBe('Resume');
    await page.keyboard.press('Space');
    await page.clock.runFor(30 * 60_000);
    await page.getByRole('heading', { level: 1, name: 'Well done' }).waitFor();
    await expectVisibleFocus(page, 'on the summary');
    await tabTo(page, /.+/);

    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
