/**
 * The library, exercise and routine pages and the user's own routines, in the built app on a phone-size
 * screen: filtering, an exercise's steps and its easier version, building, saving, reloading and starting
 * a routine, and an exercise the precaution profile rules out.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newWatchedContext, type ContextWatch } from './browser';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;
const PHONE = { viewport: { width: 390, height: 844 } };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh phone-size page, and the watch that records console errors and CSP violations. */
async function openPhone(): Promise<{ page: Page; watch: ContextWatch; close(): Promise<void> }> {
  const { context, watch } = await newWatchedContext(browser, baseUrl, PHONE);
  const page = await context.newPage();
  return { page, watch, close: () => context.close() };
}

/** The names of the exercises the library lists, in order. */
async function listedNames(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Exercise library' }).getByRole('heading', { level: 3 }).allInnerTexts();
}

describe('the exercise library', () => {
  it('filters to hips and lying on the back, and opens an exercise with its steps and easier version', async () => {
    const { page, watch, close } = await openPhone();
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('heading', { level: 1, name: 'Exercise library' }).waitFor();
    const everything = (await listedNames(page)).length;

    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('button', { name: 'Hips' }).click();
    await page.getByRole('button', { name: 'Lying on your back' }).click();
    const names = await listedNames(page);
    expect(names.length).toBeGreaterThan(0);
    expect(names.length).toBeLessThan(everything);
    // The offline-ready notice may be a second status on the page: read the library's count.
    expect(await page.getByRole('status').filter({ hasText: /^\d+ exercises?$/ }).innerText()).toBe(`${names.length} exercises`);
    expect(names).toContain('Bridge');
    expect(names).not.toContain('Clamshell');

    await page.getByRole('link', { name: 'Bridge', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Bridge' }).waitFor();
    const steps = page.getByRole('region', { name: 'How to do it' }).getByRole('listitem');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    await page.getByRole('link', { name: 'Easier: Buttock squeeze' }).click();
    await page.getByRole('heading', { level: 1, name: 'Buttock squeeze' }).waitFor();
    expect(await page.getByRole('link', { name: 'Harder: Bridge' }).count()).toBe(1);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.cspViolations).toEqual([]);
    await close();
  });

  it('builds a routine of three, reorders it, changes a dose, keeps it over a reload and starts it', async () => {
    const { page, watch, close } = await openPhone();
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
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('shows an exercise that loads a bent spine as not for someone on long-term steroids, with the reason', async () => {
    const { page, watch, close } = await openPhone();
    await page.goto(at('/settings'));
    await page.getByRole('checkbox', { name: /steroids/ }).check();
    await page.goto(at('/routines/new'));
    await page.getByLabel('Search exercises').fill('knee to chest');
    const add = page.getByRole('button', { name: 'Add Single knee to chest' });
    expect(await add.isDisabled()).toBe(true);
    const reason = await add.evaluate((button) => (button.getAttribute('aria-describedby') ?? '').split(' ')
      .map((id) => document.getElementById(id)?.textContent).join(' '));
    expect(reason).toMatch(/Single knee to chest is left out for you: it bends the spine forward under load, and long-term steroids/);
    await page.getByLabel('Search exercises').fill('knee rocks');
    expect(await page.getByRole('button', { name: 'Add Knee rocks' }).isEnabled()).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('searches by name, body area or purpose, whatever the case and accents', async () => {
    const { page, watch, close } = await openPhone();
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    // Build your own routine is at the top of the library, not only at the foot of a long page.
    const build = page.getByRole('link', { name: 'Build your own routine' }).first();
    expect((await build.boundingBox())?.y).toBeLessThan(844);
    const everything = (await listedNames(page)).length;
    const search = page.getByLabel('Search exercises');

    await search.fill('KNEE');
    await expect.poll(() => listedNames(page)).toEqual(expect.arrayContaining(['Knee rocks', 'Single knee to chest']));
    expect(await listedNames(page)).not.toContain('Shoulder rolls');
    await search.fill('sciátic nérve');
    await expect.poll(() => listedNames(page)).toEqual(['Lying sciatic nerve slider', 'Seated sciatic nerve slider', 'Seated sciatic nerve tensioner']);
    // A body area by its name on screen: the SI joint's exercises are found as "pelvis".
    await search.fill('pelvis');
    await expect.poll(() => listedNames(page)).toEqual(expect.arrayContaining(['Knee rocks', 'Pelvic tilt', 'Seated pelvic tilt']));
    expect(await page.locator('.count').innerText()).toBe(`${(await listedNames(page)).length} exercises`);
    await search.fill('trampoline');
    await page.getByText('No exercise matches.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Clear search and filters' }).click();
    expect(await search.inputValue()).toBe('');
    await expect.poll(async () => (await listedNames(page)).length).toBe(everything);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('picks exercises for a routine from pictures, by search and by filter', async () => {
    const { page, watch, close } = await openPhone();
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
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });

  it('practises one exercise on its own, and offers none that today or the precautions rule out', async () => {
    const { page, watch, close } = await openPhone();
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.goto(at('/exercise/bridge'));
    await page.getByRole('button', { name: 'Practise this one exercise' }).click();
    await page.locator('#exercise-name').filter({ hasText: /^Bridge$/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/play');

    // Long-term steroids rule out a loaded bent spine: no way to practise it, and the page says why.
    await page.goto(at('/settings'));
    await page.getByRole('checkbox', { name: /steroids/ }).check();
    await page.goto(at('/exercise/single-knee-to-chest'));
    await page.getByText(/^Single knee to chest is left out for you: .*long-term steroids/).waitFor();
    expect(await page.getByRole('button', { name: 'Practise this one exercise' }).count()).toBe(0);

    // On a flare day Bridge is left out of every plan, so it is not offered alone either.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('flarewise'); r.onsuccess = () => resolve(r.result); });
      const store = db.transaction('checkIns', 'readwrite').objectStore('checkIns');
      const all = await new Promise<Record<string, unknown>[]>((resolve) => { const r = store.getAll(); r.onsuccess = () => resolve(r.result); });
      const today = all[all.length - 1] as Record<string, unknown>;
      store.put({ ...today, flare: 'severe', pain: 7, tier: { tier: 'red', reasons: [{ code: 'flare', value: 'severe' }] } });
      db.close();
    });
    await page.goto(at('/exercise/bridge'));
    await page.getByText(/^Not offered today\./).waitFor();
    expect(await page.getByRole('button', { name: 'Practise this one exercise' }).count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await close();
  });
});
