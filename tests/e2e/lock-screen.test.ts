/**
 * The lock screen during a real routine in Chromium: the Media Session names the exercise, where the body
 * is for it and the routine, and carries the phase's countdown, held on pause and running again on resume.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Routine } from '../../src/engine/content/content-types';
import { planSession } from '../../src/engine/session/session-plan';
import { plannedExercises } from '../../src/state/planned-exercises';
import { readLibrary } from './content-from-disk';
import { launchBrowser } from './browser';
import { openCheckedInPhone } from './seed';

const baseUrl = inject('baseUrl');
const library = readLibrary();
const routine = library.routines.get('desk-break') as Routine;
const plan = planSession(plannedExercises(routine, library));
const first = plan.exercises[0]?.exercise;
const POSITION_WORDS: Record<string, string> = { seated: 'Sitting', standing: 'Standing', lying: 'Lying on your back' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Before the app runs: keeps every position state the page hands to the Media Session (it has no getter). */
const recordPositions = async (page: Page): Promise<void> => { await page.addInitScript(() => {
  const positions: MediaPositionState[] = [];
  (window as unknown as { positions: MediaPositionState[] }).positions = positions;
  const set = MediaSession.prototype.setPositionState;
  MediaSession.prototype.setPositionState = function (state?: MediaPositionState) {
    if (state) positions.push(state);
    return set.call(this, state);
  };
}); };

const lockScreen = (page: Page) => page.evaluate(() => ({
  title: navigator.mediaSession.metadata?.title, artist: navigator.mediaSession.metadata?.artist,
  album: navigator.mediaSession.metadata?.album, state: navigator.mediaSession.playbackState,
  position: (window as unknown as { positions: MediaPositionState[] }).positions.at(-1),
}));

describe('the lock screen', () => {
  it('shows the exercise, its position and the countdown during a routine, paused and resumed with it', async () => {
    const { page, close } = await openCheckedInPhone(browser, baseUrl, recordPositions);
    await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
    await page.locator('#exercise-name').waitFor();
    await expect.poll(() => lockScreen(page)).toMatchObject({
      title: first?.name, artist: POSITION_WORDS[first?.position ?? ''], album: routine.name, state: 'playing',
      position: { duration: (plan.steps[0]?.durationMs ?? 0) / 1000, position: 0, playbackRate: 1 },
    });

    await page.clock.runFor(2000);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(async () => (await lockScreen(page)).state).toBe('paused');
    const held = (await lockScreen(page)).position;
    expect(held?.position).toBeGreaterThanOrEqual(1.5);
    expect(held?.position).toBeLessThanOrEqual(2.5);

    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(async () => (await lockScreen(page)).state).toBe('playing');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect.poll(async () => (await lockScreen(page)).position?.duration).toBe((plan.steps[1]?.durationMs ?? 0) / 1000);
    await close();
  });
});
