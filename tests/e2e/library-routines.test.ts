/**
 * The user's own routines, built from the library in the built app on a phone-size screen: picking
 * exercises from pictures, by search and by filter, building, saving, reloading and starting a routine,
 * and an exercise the precaution profile rules out. Each test's close() also checks for console errors,
 * CSP violations and foreign requests.
 */
import { describe, expect, inject, it } from 'vitest';
import { openPhone, useBrowser } from './browser';
import { seedCheckedIn, waitForSavedSetting } from './seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;

const browser = useBrowser();

describe('building a routine from the library', () => {
  it('builds a routine of three, reorders it, changes a dose, keeps it over a reload and starts it', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.goto(at('/library'));
    await page.getByRole('link', { name: 'Build your own routine' }).first().click();
    await page.getByLabel('Routine name').fill('My hips');
    for (const name of ['Knee rocks', 'Bridge', 'Buttock squeeze']) {
      await page.getByRole('button', { name: `Add ${name}`, exact: true }).click();
    }
    await page.getByRole('button', { name: 'Move Buttock squeeze up' }).click();
    await page.getByRole('button', { name: 'Less reps for Knee rocks' }).click();
    const kneeRocks = page.getByRole('listitem', { name: 'Knee rocks' });
    expect(await kneeRocks.getByRole('group', { name: 'Reps' }).innerText()).toContain('9');
    await page.getByRole('button', { name: 'Save routine' }).click();

    await page.getByRole('heading', { level: 1, name: 'My hips' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'My hips' }).waitFor();
    const order = page.getByRole('region', { name: 'Exercises' }).getByRole('link');
    expect(await order.allInnerTexts()).toEqual(['Knee rocks', 'Buttock squeeze', 'Bridge']);
    expect(await page.getByText('2 sets of 9, about').count()).toBe(1);

    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('link', { name: 'Today' }).click();
    // Today's screen is drawn once its streak is read: wait for it rather than count at once.
    await page.getByRole('heading', { name: 'My hips' }).waitFor();
    await page.getByRole('link', { name: 'My hips' }).click();
    await page.getByRole('button', { name: 'Start this routine' }).click();
    await page.getByRole('heading', { level: 1, name: 'Knee rocks' }).waitFor();
    await close();
  });

  it('picks exercises for a routine from pictures, by search and by filter', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.getByRole('link', { name: 'Build your own routine' }).click();
    await page.getByRole('heading', { level: 1, name: 'New routine' }).waitFor();
    const picker = page.getByRole('list', { name: 'Add exercises' });
    const items = picker.getByRole('listitem');
    // Every exercise in the picker shows its picture (a figure drawn in once its file has loaded).
    const count = await items.count();
    expect(await picker.locator('.picker-card .illustration').count()).toBe(count);
    await expect.poll(() => picker.locator('.picker-card .illustration > svg').count()).toBe(count);

    await page.getByLabel('Search exercises').fill('bridge');
    await expect.poll(() => items.count()).toBe(1);
    await page.getByRole('button', { name: 'Add Bridge', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Bridge added to Main.' }).waitFor();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    await page.locator('.picker').getByText('Filters', { exact: true }).click();
    await page.locator('.picker').getByRole('button', { name: 'Sitting', exact: true }).click();
    const names = (await picker.getByRole('button').allTextContents()).map((text) => text.trim());
    expect(names).toContain('Add Seated marching');
    expect(names).not.toContain('Add Bridge');
    await close();
  });

  it('shows an exercise that loads a bent spine as not for someone on long-term steroids, with the reason', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
    await page.goto(at('/settings'));
    await page.getByRole('checkbox', { name: /steroids/ }).check();
    await waitForSavedSetting(page, 'profile', 'steroidsLongTerm', true);
    await page.goto(at('/routines/new'));
    await page.getByLabel('Search exercises').fill('knee to chest');
    const add = page.getByRole('button', { name: 'Add Single knee to chest' });
    expect(await add.isDisabled()).toBe(true);
    const reason = await add.evaluate((button) => (button.getAttribute('aria-describedby') ?? '').split(' ')
      .map((id) => document.getElementById(id)?.textContent).join(' '));
    expect(reason).toMatch(/Single knee to chest is left out for you: it bends the spine forward under load, and long-term steroids/);
    await page.getByLabel('Search exercises').fill('knee rocks');
    expect(await page.getByRole('button', { name: 'Add Knee rocks' }).isEnabled()).toBe(true);
    await close();
  });
});
