/**
 * The player on every size of screen a person props up on a mat: from a 320x568 phone to a tablet,
 * upright and sideways, and at 200% text. In every phase of a routine, with and without the "Sound is
 * off" notice, Pain, End, Back, Pause and Skip are on screen, the control itself is what a tap at its
 * centre lands on, and none of them moves from one phase to the next; the count, the side and the start of the
 * instruction are in view without scrolling.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Routine } from '../../src/engine/content/content-types';
import { stepOffsetsMs } from '../../src/engine/session/session-cues';
import { planSession, type PlanStep } from '../../src/engine/session/session-plan';
import { plannedExercises } from '../../src/state/planned-exercises';
import { newWatchedContext, launchBrowser } from './browser';
import { readLibrary } from './content-from-disk';
import { seedCheckedIn } from './seed';

const baseUrl = inject('baseUrl');
// A routine with every kind of step: get ready, holds, releases, reps, rests, side switches, between exercises.
const routine = readLibrary().routines.get('morning-stiffness') as Routine;
const plan = planSession(plannedExercises(routine, readLibrary()));
const offsets = stepOffsetsMs(plan);

const kindOf = (step: PlanStep) => (step.kind === 'work' ? (step.hold === undefined ? 'reps' : 'hold') : step.kind);
/** The middle of the first step of each kind, in the order they come. */
const PHASES = [...new Map(plan.steps.map((step, i) => [kindOf(step), (offsets[i] ?? 0) + step.durationMs / 2] as const).reverse())]
  .sort((a, b) => a[1] - b[1]);
// Getting up from the floor: the next exercise waits for a tap ("Wait for me"), after every other kind of step.
const WAIT_AT = (offsets[plan.steps.findIndex((step) => step.waits)] ?? 0) + 1000;

const SIZES = [
  { width: 320, height: 568 }, { width: 375, height: 667 }, { width: 390, height: 844 }, { width: 412, height: 915 },
  { width: 844, height: 390 }, { width: 915, height: 412 }, { width: 768, height: 1024 }, { width: 1280, height: 800 },
  { width: 390, height: 844, bigText: true },
];
const CONTROLS = ['Pain', 'End', 'Back', /^(Pause|Resume|Start)$/, 'Skip'] as const;

/** Where each control is, and whether a tap at its centre reaches it; problems in words. */
async function controlsAt(page: Page, phase: string): Promise<{ boxes: string[]; problems: string[] }> {
  const boxes: string[] = [];
  const problems: string[] = [];
  for (const name of CONTROLS) {
    const button = page.getByRole('button', { name, exact: true });
    const found = await button.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = document.elementFromPoint(x, y);
      const onScreen = box.width > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5;
      return { box: `${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)}`, onScreen, reached: hit !== null && el.contains(hit), hit: hit?.outerHTML.slice(0, 60) ?? 'nothing' };
    });
    boxes.push(`${String(name)} ${found.box}`);
    if (!found.onScreen) problems.push(`${phase}: ${String(name)} is not wholly on screen (${found.box})`);
    if (!found.reached) problems.push(`${phase}: a tap on ${String(name)} lands on ${found.hit}`);
  }
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  if (wide) problems.push(`${phase}: the page scrolls sideways`);
  return { boxes, problems };
}

/**
 * What a person reads from the mat without scrolling: the count (or the breath pacer, or Start) and the side wholly
 * in view, and at least the first two lines of the instruction; problems in words.
 */
async function middleAt(page: Page, phase: string): Promise<string[]> {
  return page.evaluate((phase) => {
    const problems: string[] = [];
    const inView = (selector: string, lines: number) => {
      const el = document.querySelector(selector);
      if (!el) return;
      const box = el.getBoundingClientRect();
      let [top, bottom] = [0, innerHeight];
      for (let up = el.parentElement; up; up = up.parentElement) {
        // Sideways, the middle is display: contents (no box of its own): its parts scroll on their own.
        const { overflowY, display } = getComputedStyle(up);
        if (overflowY === 'visible' || display === 'contents') continue;
        const clip = up.getBoundingClientRect();
        [top, bottom] = [Math.max(top, clip.top), Math.min(bottom, clip.bottom)];
      }
      const style = getComputedStyle(el);
      const line = parseFloat(style.lineHeight) || 1.2 * parseFloat(style.fontSize);
      const needed = Math.min(box.height, lines * line);
      if (box.top < top - 0.5 || box.top + needed > bottom + 0.5) problems.push(`${phase}: ${selector} needs scrolling to read`);
    };
    inView('.ring-wrap', Infinity);
    inView('.player-side', Infinity);
    inView('.instruction', 2);
    return problems;
  }, phase);
}

/** Makes the page's audio look blocked (as on a phone before its first tap), so the sound notice shows. */
function blockSound(): void {
  Object.defineProperty(BaseAudioContext.prototype, 'state', { get: () => 'suspended' });
  AudioContext.prototype.resume = () => Promise.resolve();
}

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('the player layout', () => {
  for (const size of SIZES) {
    for (const notice of [false, true]) {
      const label = `${size.width}x${size.height}${size.bigText ? ' at 200% text' : ''}${notice ? ' with the sound notice' : ''}`;
      it(`keeps Pain, End, Back, Pause and Skip in place and tappable in every phase at ${label}`, async () => {
        const { context, watch } = await newWatchedContext(browser, baseUrl, {
          viewport: { width: size.width, height: size.height }, serviceWorkers: 'block', bypassCSP: Boolean(size.bigText),
        });
        if (notice) await context.addInitScript(blockSound);
        const page = await context.newPage();
        await page.clock.install({ time: new Date('2026-11-24T09:00:00') });
        await page.goto(baseUrl);
        await seedCheckedIn(page);
        await page.clock.pauseAt(new Date('2026-11-24T09:00:30'));
        // Let the idle-time load of the sound module happen before the Start tap, as it would for a person.
        await page.clock.runFor(1000);
        await page.waitForLoadState('networkidle');
        await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
        await page.locator('#exercise-name').waitFor();
        // Doubling the root font size needs an inline style, which the app's CSP refuses: this context bypasses it.
        if (size.bigText) await page.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
        const soundOff = page.getByRole('button', { name: /^Sound is off/ });
        let clock = 0;
        // The notice comes with the first cue the phone could not play.
        for (; notice && clock < 2000 && !(await soundOff.count()); clock += 250) await page.clock.runFor(250);

        const problems: string[] = [];
        const places = new Map<string, string[]>();
        for (const [kind, at] of PHASES) {
          await page.clock.runFor(at - clock);
          clock = at;
          const seen = await controlsAt(page, kind);
          problems.push(...seen.problems, ...await middleAt(page, kind));
          places.set(kind, seen.boxes);
          if (kind === 'reps') {
            await page.getByRole('button', { name: 'Pause' }).click();
            const paused = await controlsAt(page, 'paused');
            problems.push(...paused.problems, ...await middleAt(page, 'paused'));
            places.set('paused', paused.boxes);
            await page.getByRole('button', { name: 'Resume' }).click();
          }
        }
        await page.clock.runFor(WAIT_AT - clock);
        expect(await page.locator('.phase').textContent()).toBe('Ready when you are');
        const waiting = await controlsAt(page, 'waiting');
        problems.push(...waiting.problems, ...await middleAt(page, 'waiting'));
        places.set('waiting', waiting.boxes);
        expect(await soundOff.count(), 'the sound notice').toBe(notice ? 1 : 0);
        expect(problems).toEqual([]);
        const first = [...places.values()][0];
        for (const [phase, boxes] of places) expect(boxes, `controls in ${phase} where they were at get ready`).toEqual(first);
        expect(watch.cspViolations).toEqual([]);
        await context.close();
      });
    }
  }
});
