/**
 * The cue sprite as Chromium decodes it: one MP3 for every browser, so each tone must begin where sprite.json says,
 * or every cue of a session would sound late by the same amount. (Firefox: firefox.test.ts; Safari decodes the
 * same file, and the WebKit smoke plays it.)
 */
import { describe, inject, it } from 'vitest';
import { openPhone, useBrowser } from './browser';
import { decodeToneOnsets, expectTonesOnTime, TONE_STARTS } from './sprite-onsets';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('cue sprite', () => {
  it('decodes to the length it was rendered to, every tone within 5 ms of its offset', async () => {
    const { page, close } = await openPhone(browser(), baseUrl);
    await page.goto(baseUrl);
    expectTonesOnTime(await page.evaluate(decodeToneOnsets, { url: `${baseUrl}audio/cues.mp3`, tones: TONE_STARTS }));
    await close();
  });
});
