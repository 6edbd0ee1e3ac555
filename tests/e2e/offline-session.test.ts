/**
 * After one visit, everything works with the network off: the first run, the check-in, a whole routine
 * with every cue, and the session in history, with no request leaving the app's origin.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Routine } from '../../src/engine/content/content-types';
import { cuesForStep } from '../../src/engine/session/session-cues';
import { planSession } from '../../src/engine/session/session-plan';
import { plannedExercises } from '../../src/state/planned-exercises';
import { readLibrary } from './content-from-disk';
import { launchBrowser, openPhone, waitForServiceWorker } from './browser';
import { answerCheckIn } from './check-in-flow';

const baseUrl = inject('baseUrl');
const at = (path: string): string => new URL(path, baseUrl).href;


const library = readLibrary();
const routine = library.routines.get('desk-break') as Routine;
const plan = planSession(plannedExercises(routine, library));
const cueCount = plan.steps.reduce((sum, _, i) => sum + cuesForStep(plan, i).length, 0) + 1;

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('Flarewise with the network off', () => {
  it('runs the first run, the check-in and a whole routine offline, and keeps the session in history', async () => {
    const { page, context, watch, close } = await openPhone(browser, baseUrl, { time: new Date('2026-11-24T14:00:00') });
    await context.addInitScript(() => {
      const fired: unknown[] = [];
      Object.defineProperty(window, '__cues', { value: fired });
      window.addEventListener('flarewise:cue', (e) => fired.push((e as CustomEvent).detail));
    });
    await page.goto(baseUrl);
    await page.getByRole('heading', { name: 'Welcome to Flarewise' }).waitFor();
    await waitForServiceWorker(page);
    // The spoken words of the phone's language are cached as soon as the worker is ready (tests/e2e/speech.test.ts).
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('flarewise-speech')).keys()).length)).toBe(1);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Skip for now' }).click();
    await page.goto(at('/check-in'));
    await answerCheckIn(page, { flare: 'none', pain: 1, fatigue: 1, hot: [] });
    await page.getByRole('heading', { level: 1, name: 'Today’s plan' }).waitFor();

    await page.goto(baseUrl);
    await page.clock.pauseAt(new Date('2026-11-24T14:10:00'));
    await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
    await page.getByRole('heading', { name: plan.exercises[0]?.exercise.name ?? '' }).waitFor();
    await page.clock.runFor(plan.totalMs + 1000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    const fired = await page.evaluate(() => (window as unknown as { __cues: { cue: string }[] }).__cues);
    expect(fired).toHaveLength(cueCount);
    expect(fired.at(-1)?.cue).toBe('session-complete');

    await page.goto(at('/history'));
    await page.getByRole('heading', { level: 1, name: 'Your history' }).waitFor();
    await page.getByText(routine.name).first().waitFor();
    expect(watch.failedRequests).toEqual([]);
    await close();
  });
});
