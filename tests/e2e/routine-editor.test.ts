/**
 * The routine editor's three parts, by keyboard alone on a phone-size screen: a warm-up, two main
 * exercises and a cool-down; a reorder inside a part and a move into the next part and back; saving,
 * reopening with the same parts, and the player starting on the warm-up and naming it; and the rule that Main needs an exercise.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newWatchedContext } from './browser';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

/** The accessible-ish name of what has focus: aria-label, else its label's or its own text without aria-hidden parts. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '<body>';
    const label = el.getAttribute('aria-label');
    if (label !== null) return label;
    const shown = (el.closest('label') ?? el).cloneNode(true) as HTMLElement;
    shown.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return (shown.textContent ?? '').trim();
  });
}

/** Presses Tab (or Shift+Tab) until the focused control is called exactly `name`. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 120; i += 1) {
    await page.keyboard.press(key);
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`never reached "${name}" with ${key}`);
}

/** Searches the picker for `name` (focus must be in the search field) and adds it with the keyboard. */
async function searchAndAdd(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+A');
  await page.keyboard.type(name);
  await tabTo(page, `Add ${name}`);
  await page.keyboard.press('Enter');
}

/** The exercise names in one part of the editor, in order. */
async function editorPart(page: Page, part: string): Promise<string[]> {
  return page.getByRole('region', { name: part }).getByRole('heading', { level: 3 }).allInnerTexts();
}

/** What the editor last told screen readers (the dose steppers' outputs and the exercise count are status regions too, so skip those). */
async function announced(page: Page): Promise<string> {
  return page.getByRole('status').filter({ hasText: /[a-z]/ }).filter({ hasNotText: /^\d+ exercises?$/ }).innerText();
}

/** Each part of the editor, as the user sees it. */
async function editorParts(page: Page): Promise<Record<string, string[]>> {
  return { warmUp: await editorPart(page, 'Warm-up'), main: await editorPart(page, 'Main'), coolDown: await editorPart(page, 'Cool-down') };
}

describe('building a routine in three parts', () => {
  it('builds, reorders, saves, reopens and starts a warm-up, main and cool-down routine with the keyboard alone', async () => {
    const { context, watch } = await newWatchedContext(browser, baseUrl, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.goto(at('/routines/new'));
    await page.getByRole('heading', { level: 1, name: 'New routine' }).waitFor();

    await tabTo(page, 'Routine name');
    await page.keyboard.type('Morning three parts');
    // A part's own "Add to" button picks that part and puts the cursor in the search field.
    await tabTo(page, 'Add to Warm-up');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('radio', { name: 'Warm-up' }).isChecked()).toBe(true);
    await searchAndAdd(page, 'Cat-camel');
    expect(await announced(page)).toBe('Cat-camel added to Warm-up.');
    await tabTo(page, 'Add to Main', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await searchAndAdd(page, 'Knee rocks');
    await tabTo(page, 'Search exercises', 'Shift+Tab');
    await searchAndAdd(page, 'Pelvic tilt');
    // The "Add to" radio group: arrow keys move the choice.
    await tabTo(page, 'Main', 'Shift+Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Cool-down' }).isChecked()).toBe(true);
    await tabTo(page, 'Search exercises');
    await searchAndAdd(page, 'Tense and relax');
    expect(await editorParts(page)).toEqual({ warmUp: ['Cat-camel'], main: ['Knee rocks', 'Pelvic tilt'], coolDown: ['Tense and relax'] });

    // Reorder inside the main part; focus stays on the item that moved.
    await tabTo(page, 'Move Pelvic tilt up', 'Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await editorPart(page, 'Main')).toEqual(['Pelvic tilt', 'Knee rocks']);
    await expect.poll(() => focusedName(page)).toMatch(/^Move Pelvic tilt /);
    expect(await announced(page)).toBe('Pelvic tilt moved to Main, 1 of 2.');
    // Down from the bottom of the warm-up goes into Main, and back up again.
    await tabTo(page, 'Move Cat-camel to Main', 'Shift+Tab');
    await page.keyboard.press('Enter');
    expect(await editorParts(page)).toEqual({ warmUp: [], main: ['Cat-camel', 'Pelvic tilt', 'Knee rocks'], coolDown: ['Tense and relax'] });
    await expect.poll(() => focusedName(page)).toBe('Move Cat-camel down');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Move Cat-camel to Warm-up');
    await page.keyboard.press('Enter');
    const built = { warmUp: ['Cat-camel'], main: ['Pelvic tilt', 'Knee rocks'], coolDown: ['Tense and relax'] };
    expect(await editorParts(page)).toEqual(built);
    for (const part of ['Warm-up', 'Main', 'Cool-down']) {
      expect(await page.getByRole('region', { name: part }).getByText(/^about \d+ (minutes?|seconds?)$/).count()).toBe(1);
    }

    await tabTo(page, 'Save routine');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Morning three parts' }).waitFor();
    expect(await page.getByRole('region', { name: 'Warm-up' }).getByRole('link').allInnerTexts()).toEqual(['Cat-camel']);
    expect(await page.getByRole('region', { name: 'Cool-down' }).getByRole('link').allInnerTexts()).toEqual(['Tense and relax']);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Morning three parts' }).waitFor();
    await tabTo(page, 'Edit');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Edit routine' }).waitFor();
    await expect.poll(() => editorParts(page)).toEqual(built);
    await tabTo(page, 'Back', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Morning three parts' }).waitFor();

    await tabTo(page, 'Start this routine');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Cat-camel' }).waitFor();
    // The player names the part as it begins, on screen and to a screen reader.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Warm-up\./ }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: /^Warm-up\./ }).innerText()).toMatch(/^Warm-up\. Cat-camel\. Get ready\./);
    expect(await page.locator('.player-head').innerText()).toMatch(/Warm-up\s+Exercise 1 of 4/);
    expect(await page.getByText('Next: Pelvic tilt').count()).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });

  it('asks for a main exercise before saving, and a removed item leaves focus on its part', async () => {
    const { context, watch } = await newWatchedContext(browser, baseUrl, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.goto(at('/routines/new'));
    await page.getByLabel('Routine name').fill('Only a warm-up');
    await page.getByRole('radio', { name: 'Warm-up' }).check();
    await page.getByRole('button', { name: 'Add Cat-camel', exact: true }).click();
    await page.getByRole('button', { name: 'Add Knee rocks', exact: true }).click();
    await page.getByRole('button', { name: 'Save routine' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('Put at least one exercise in Main: the warm-up and cool-down go around it.');
    expect(await page.getByRole('heading', { level: 1, name: 'New routine' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Remove Cat-camel' }).click();
    expect(await editorParts(page)).toEqual({ warmUp: ['Knee rocks'], main: [], coolDown: [] });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Warm-up');
    await page.getByRole('button', { name: 'Move Knee rocks to Main' }).click();
    await page.getByRole('button', { name: 'Save routine' }).click();
    await page.getByRole('heading', { level: 1, name: 'Only a warm-up' }).waitFor();
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  });
});
