/**
 * The moving exercise figures (SMIL inside inline SVG) in Chromium, under the app's real CSP: every
 * exercise's figure reaches an end pose that looks clearly different from its start pose; in the player it
 * follows the phase and stops when the session is paused; with reduced motion nothing moves.
 * The figures run on the browser's own animation clock, which Playwright's fake clock does not move.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser';
import { readLibrary } from './content-from-disk';
import { pixelComparer } from './pixels';
import { openCheckedInPhone, startAndReach } from './seed';
import { planSession } from '../../src/engine/session/session-plan';

const baseUrl = inject('baseUrl');
const library = readLibrary();
const exercises = [...library.exercises.keys()].sort();
const ROUTINE = 'Five-minute desk break';
// The first lead-in as the engine plans it with the default 5 s (longer, so the exercise's name is said before the 3-2-1);
// its length does not depend on the exercise.
const anyExercise = [...library.exercises.values()][0];
const FIRST_LEAD_IN_MS = anyExercise ? (planSession([{ exercise: anyExercise, dose: anyExercise.dose }]).steps[0]?.durationMs ?? 0) : 0;
/** A visibly different end pose: at least this share of the picture's drawn pixels change between the key frames. */
const MIN_CHANGED = 0.1;

let browser: Browser;
let pixels: Awaited<ReturnType<typeof pixelComparer>>;
beforeAll(async () => {
  browser = await launchBrowser();
  pixels = await pixelComparer(browser);
});
afterAll(async () => {
  await pixels?.close();
  await browser?.close();
});

/** Pauses the figure's own clock and shows the moment `at` (seconds; 'end' = when the end pose is reached). */
async function showMoment(figure: Locator, at: number | 'end'): Promise<Buffer> {
  await figure.evaluate((svg: SVGSVGElement, moment) => {
    const animation = svg.querySelector('animate, animateTransform') as SVGAnimationElement;
    const endAt = Number(animation.getAttribute('keyTimes')?.split(';')[1]) * animation.getSimpleDuration();
    svg.pauseAnimations();
    svg.setCurrentTime(moment === 'end' ? endAt : moment);
  }, at);
  return figure.screenshot({ animations: 'allow' });
}

/** The share of drawn pixels that differ between two screenshots (0 when they are identical). */
const changed = async (a: Buffer, b: Buffer) => {
  const { differing, drawn } = await pixels.compare(a, b);
  return drawn ? differing / drawn : 0;
};

/** Opens a screen the way a tap on a link does (no reload), so the walk through every exercise stays quick. */
const openInApp = (page: Page, path: string) => page.evaluate((to) => {
  history.pushState(null, '', to);
  dispatchEvent(new PopStateEvent('popstate'));
}, path);

describe('every exercise demonstration', () => {
  let phone: { page: Page; close(): Promise<void> };
  beforeAll(async () => { phone = await openCheckedInPhone(browser, baseUrl); });
  afterAll(async () => { await phone?.close(); });

  it.each(exercises)('%s moves from its start pose to an end pose that looks clearly different', async (id) => {
    await openInApp(phone.page, `/exercise/${id}`);
    await phone.page.getByRole('img', { name: library.exercises.get(id)?.alt ?? id }).locator('svg').waitFor();
    const figure = phone.page.locator('.demonstration svg');
    const start = await showMoment(figure, 0);
    const end = await showMoment(figure, 'end');
    expect(await changed(start, end)).toBeGreaterThan(MIN_CHANGED);
  });
});

describe('the demonstration in the player', () => {
  it('moves during the reps, stands still while the session is paused, and picks up at the session\'s time', async () => {
    const { page, close } = await openCheckedInPhone(browser, baseUrl);
    await page.getByRole('button', { name: `Start: ${ROUTINE}` }).click();
    await page.locator('#exercise-name').waitFor(); // the session starts once its engine has loaded
    await page.clock.runFor(FIRST_LEAD_IN_MS + 1000); // the first lead-in, then 1 s into the first set of reps
    const figure = page.locator('.demonstration svg');
    const figureTime = () => figure.evaluate((svg: SVGSVGElement) => svg.getCurrentTime());
    const before = await figureTime();
    await page.waitForTimeout(700);
    expect(await figureTime() - before).toBeGreaterThan(0.5); // its animations are running

    await page.getByRole('button', { name: /pause/i }).click();
    // The pause reaches the figure on the player's next render, not within the click itself.
    await expect.poll(() => figure.evaluate((svg: SVGSVGElement) => svg.animationsPaused())).toBe(true);
    const paused = await figure.screenshot();
    await page.waitForTimeout(1000);
    expect(await changed(paused, await figure.screenshot())).toBe(0);

    await page.getByRole('button', { name: /resume/i }).click();
    const clock = await figure.evaluate((svg: SVGSVGElement) => ({ paused: svg.animationsPaused(), seconds: svg.getCurrentTime() }));
    expect(clock.paused).toBe(false);
    // The session is 1 s into the reps (its clock stood still while the figure's ran on): so is the figure.
    expect(clock.seconds).toBeGreaterThanOrEqual(1);
    expect(clock.seconds).toBeLessThan(2);
    await close();
  });

  it('moves into the end pose during a hold and stays there', async () => {
    const { page, close } = await openCheckedInPhone(browser, baseUrl);
    await startAndReach(page, ROUTINE, 'Chin tuck');
    const figure = page.locator('.demonstration svg');
    await page.waitForTimeout(1600); // the figure takes a little over a second to get into position
    const holding = await figure.screenshot();
    const later = await showMoment(figure, 60);
    expect(await changed(holding, later)).toBe(0);
    expect(await changed(later, await showMoment(figure, 0))).toBeGreaterThan(MIN_CHANGED);
    await close();
  });

  it('does not move at all when the person asks for reduced motion', async () => {
    const { page, close } = await openCheckedInPhone(browser, baseUrl);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.getByRole('button', { name: `Start: ${ROUTINE}` }).click();
    await page.locator('#exercise-name').waitFor(); // the session starts once its engine has loaded
    await page.clock.runFor(FIRST_LEAD_IN_MS + 1000);
    const demonstration = page.locator('.demonstration');
    await demonstration.locator('svg').first().waitFor();
    expect(await demonstration.locator('animate, animateTransform').count()).toBe(0);
    const now = await demonstration.screenshot();
    await page.waitForTimeout(1000);
    expect(await changed(now, await demonstration.screenshot())).toBe(0);

    await page.goto(new URL('/exercise/bridge', baseUrl).href);
    await demonstration.locator('svg svg').first().waitFor(); // both poses, side by side
    expect(await demonstration.locator('svg svg').count()).toBe(2);
    expect(await demonstration.locator('animate, animateTransform').count()).toBe(0);
    await close();
  });
});
