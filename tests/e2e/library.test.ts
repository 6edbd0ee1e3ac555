/**
 * The library and exercise pages in the built app on a phone-size screen: filtering and searching, an
 * exercise's steps and its easier version, and practising one exercise unless today or the precaution
 * profile rules it out. Each test's close() also checks for console errors, CSP violations and foreign requests.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPhone, useBrowser } from './browser';
import { seedCheckedIn, waitForSavedSetting } from './seed';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;

const browser = useBrowser();

/** The names of the exercises the library lists, in order. */
async function listedNames(page: Page): Promise<string[]> {
  return page.getByRole('list', { name: 'Exercise library' }).getByRole('heading', { level: 3 }).allInnerTexts();
}

describe('the exercise library', () => {
  it('filters to hips and lying on the back, and opens an exercise with its steps and easier version', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
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
    await close();
  });

  it('searches by name, body area or purpose, whatever the case and accents', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
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
    await close();
  });

  it('practises one exercise on its own, and offers none that today or the precautions rule out', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.goto(at('/exercise/bridge'));
    await page.getByRole('button', { name: 'Practise this one exercise' }).click();
    await page.locator('#exercise-name').filter({ hasText: /^Bridge$/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/play');

    // Long-term steroids rule out a loaded bent spine: no way to practise it, and the page says why.
    await page.goto(at('/settings'));
    await page.getByRole('checkbox', { name: /steroids/ }).check();
    await waitForSavedSetting(page, 'profile', 'steroidsLongTerm', true);
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
    await close();
  });
});
