/**
 * "Test sound", as a person meets it: on the welcome's sound step and in Settings, one tap starts the
 * audio context (the same unlock as Start), plays a chime and a voice, and the page says what happened.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPhone, useBrowser } from './browser';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');

const browser = useBrowser();

const contextState = (page: Page) => page.evaluate(() => (window as unknown as { Howler?: { ctx?: AudioContext } }).Howler?.ctx?.state ?? 'none');

describe('Test sound', () => {
  it('on the welcome, starts the sound on the tap and asks whether the chime was heard', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1, name: 'Welcome to Flarewise' }).waitFor();
    for (let step = 0; step < 3; step += 1) await page.getByRole('button', { name: 'Next' }).click();
    // Nothing has made a sound before the tap: howler (and its context) is not even loaded on the welcome.
    expect(await contextState(page)).toBe('none');

    await page.getByRole('button', { name: 'Test sound' }).click();
    await page.getByRole('status').filter({ hasText: 'Did you hear a chime and then a voice?' }).waitFor();
    expect(await contextState(page)).toBe('running');

    await page.getByRole('button', { name: 'No, I heard nothing' }).click();
    const result = page.getByRole('status').filter({ hasText: 'it did not reach you' });
    await result.waitFor();
    expect(await result.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/volume up/), expect.stringMatching(/Bluetooth/),
    ]);
    await close();
  });

  it('in Settings, in "Mix with my music", confirms a heard chime in plain words', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
    await page.goto(baseUrl);
    await seedCheckedIn(page);
    await page.goto(`${baseUrl}settings`);
    await page.getByRole('radio', { name: 'Mix with my music' }).check();
    await page.getByRole('button', { name: 'Test sound' }).click();
    await page.getByRole('button', { name: 'Yes, I heard it' }).click();
    await page.getByRole('status').filter({ hasText: 'Good. Cues will sound like that during a session.' }).waitFor();
    expect(await contextState(page)).toBe('running');
    await close();
  });
});
