/**
 * Plays a real routine to its end in Chromium under Playwright's clock: the screen at every step,
 * and every cue requested at its planned moment.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Routine } from '../../src/engine/content/content-types';
import { cuesForStep, stepOffsetsMs } from '../../src/engine/session/session-cues';
import { planSession, type PlanStep } from '../../src/engine/session/session-plan';
import { plannedExercises } from '../../src/state/planned-exercises';
import { readLibrary } from './content-from-disk';
import { launchBrowser } from './browser';
import { openCheckedInPhone, storedRow } from './seed';

const baseUrl = inject('baseUrl');
const ROUTINE = 'desk-break';


const library = readLibrary();
const routine = library.routines.get(ROUTINE) as Routine;
const plan = planSession(plannedExercises(routine, library));

const PHASE: Record<PlanStep['kind'], string> = {
  ready: 'Get ready', release: 'Release and relax', switch: 'Switch sides', rest: 'Rest', transition: 'Next up', work: '',
};
/** A breathing exercise's reps, and its long holds, are "Breathe"; other work is "Go" (reps) or "Hold". */
const workWord = (step: PlanStep) => {
  const breathing = plan.exercises[step.exerciseIndex]?.exercise.category === 'breathing';
  if (breathing && (step.hold === undefined || step.durationMs >= 20_000)) return 'Breathe';
  return step.hold === undefined ? 'Go' : 'Hold';
};
const phaseOf = (step: PlanStep) => (step.kind === 'work' ? workWord(step) : PHASE[step.kind]);

interface FiredCue { cue: string; plannedAt: number; firedAt: number }

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

async function openWithClock(): Promise<{ page: Page; close(): Promise<void> }> {
  const phone = await openCheckedInPhone(browser, baseUrl, async (page) => void await page.addInitScript(() => {
    const fired: unknown[] = [];
    Object.defineProperty(window, '__cues', { value: fired });
    window.addEventListener('flarewise:cue', (e) => fired.push((e as CustomEvent).detail));
  }));
  // Let the idle-time load of the sound module happen before the Start tap, as it would for a person.
  await phone.page.clock.runFor(1000);
  await phone.page.waitForLoadState('networkidle');
  return phone;
}

/** The step of the session in progress as stored on disk, or -1 when no session is in progress. */
const checkpointStep = async (page: Page) =>
  (await storedRow<{ state: { stepIndex: number } }>(page, 'checkpoint', 'current'))?.state.stepIndex ?? -1;

describe('the guided session player', () => {
  it(`plays "${routine.name}" to the end, showing each step and sounding each cue on time`, async () => {
    const { page, close } = await openWithClock();
    await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
    await page.getByRole('heading', { name: plan.exercises[0]?.exercise.name ?? '' }).waitFor();

    const offsets = stepOffsetsMs(plan);
    let clock = 0;
    for (const [i, step] of plan.steps.entries()) {
      const middle = (offsets[i] ?? 0) + step.durationMs / 2;
      await page.clock.runFor(middle - clock);
      clock = middle;
      const name = plan.exercises[step.exerciseIndex]?.exercise.name ?? '';
      expect(await page.locator('.phase').textContent(), `step ${i} phase`).toBe(phaseOf(step));
      expect(await page.locator('#exercise-name').textContent(), `step ${i} exercise`).toBe(name);
      if (step.side) await page.getByText(step.side === 'left' ? 'Left side' : 'Right side').first().waitFor();
    }
    await page.clock.runFor(plan.totalMs - clock + 1000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    expect(page.url()).toMatch(/\/done$/);

    const expected = plan.steps.flatMap((_, i) => cuesForStep(plan, i).map((c) => ({ cue: c.cue, at: (offsets[i] ?? 0) + c.offsetMs })));
    expected.push({ cue: 'session-complete', at: plan.totalMs });
    const fired = await page.evaluate(() => (window as unknown as { __cues: FiredCue[] }).__cues);
    // The session starts at the Start tap, the moment "get ready" is planned for.
    const startAt = fired[0]?.plannedAt ?? 0;
    expect(fired.map((c) => ({ cue: c.cue, at: c.plannedAt - startAt }))).toEqual(expected);
    for (const c of fired) expect(c.firedAt - c.plannedAt, `${c.cue} lateness`).toBeLessThanOrEqual(20);
    await close();
  });

  it('pauses and resumes, skips and goes back, and ends early with what was done kept', async () => {
    const { page, close } = await openWithClock();
    await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
    // The session starts once its engine has loaded; the page's clock moves only after that.
    await page.locator('#exercise-name').waitFor();
    await page.clock.runFor(2000);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await page.locator('.phase').textContent()).toBe('Paused');
    const frozen = await page.getByRole('timer').textContent();
    await page.clock.runFor(30_000);
    expect(await page.getByRole('timer').textContent()).toBe(frozen);
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.getByRole('button', { name: 'Next step' }).click();
    expect(await page.locator('.phase').textContent()).toBe(phaseOf(plan.steps[1] as PlanStep));
    // Skip moves a whole exercise on, to the lead-in of the next; Back returns to the start of the one before.
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    expect(await page.locator('#exercise-name').textContent()).toBe(plan.exercises[1]?.exercise.name);
    expect(await page.locator('.phase').textContent()).toBe('Next up');
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.locator('#exercise-name').textContent()).toBe(plan.exercises[0]?.exercise.name);
    expect(await page.locator('.phase').textContent()).toBe('Get ready');
    // One tap lengthens a pause between efforts.
    const before = Number(await page.getByRole('timer').textContent());
    await page.getByRole('button', { name: '+30 s more time' }).click();
    expect(Number(await page.getByRole('timer').textContent())).toBe(before + 30);
    // Space pauses and resumes when no button has focus.
    await page.locator('#exercise-name').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('.phase').textContent()).toBe('Paused');
    await page.keyboard.press('Space');
    expect(await page.locator('.phase').textContent()).toBe('Get ready');
    // A few seconds into the work: a session with nothing done in it would not be kept at all.
    await page.clock.runFor((before + 30 + 3) * 1000);
    await page.getByRole('button', { name: 'End' }).click();
    await page.getByRole('button', { name: 'Yes, end now' }).click();
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    // Ended a few seconds into the first exercise: it is partly done and every other one is skipped.
    expect(await page.locator('.outcome-line').textContent()).toMatch(/^0 of (\d+) done, 1 partly done, (\d+) skipped$/);
    await close();
  });

  it('waits for a tap before an exercise that needs getting up from the floor, then gives a short countdown', async () => {
    const { page, close } = await openWithClock();
    const standing = readLibrary().routines.get('morning-stiffness') as Routine;
    const standingPlan = planSession(plannedExercises(standing, library));
    const wait = standingPlan.steps.findIndex((step) => step.waits);
    await page.getByRole('button', { name: `Start: ${standing.name}` }).click();
    // The session starts once its engine has loaded; the page's clock moves only after that.
    await page.locator('#exercise-name').waitFor();
    await page.clock.runFor((stepOffsetsMs(standingPlan)[wait] ?? 0) + 1000);
    expect(await page.locator('.phase').textContent()).toBe('Ready when you are');
    // However long the person takes, nothing runs on: the time left in the session stands still.
    const left = await page.locator('.next-up').textContent();
    await page.clock.runFor(5 * 60_000);
    expect(await page.locator('.phase').textContent()).toBe('Ready when you are');
    expect(await page.locator('.next-up').textContent()).toBe(left);
    // The ring is one large Start button while the session waits (the bar's Start does the same).
    const next = standingPlan.exercises[standingPlan.steps[wait]?.exerciseIndex ?? 0]?.exercise.name ?? '';
    await page.getByRole('button', { name: `Start ${next}` }).click();
    expect(await page.locator('.phase').textContent()).toBe('Next up');
    expect(await page.getByRole('timer').textContent()).toBe('5');
    await page.clock.runFor(5500);
    expect(await page.locator('#exercise-name').textContent()).toBe(next);
    expect(await page.locator('.phase').textContent()).not.toBe('Next up');
    await close();
  });

  it('records a pain report during work and shows it in the summary', async () => {
    const { page, close } = await openWithClock();
    await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
    // The session starts once its engine has loaded; the page's clock moves only after that.
    await page.locator('#exercise-name').waitFor();
    await page.clock.runFor((plan.steps[0]?.durationMs ?? 0) + 1500);
    await page.getByRole('button', { name: 'Pain' }).click();
    await page.getByRole('dialog', { name: /How much does it hurt/ }).getByRole('button', { name: '4', exact: true }).click();
    await page.getByRole('button', { name: 'End' }).click();
    await page.getByRole('button', { name: 'Yes, end now' }).click();
    await page.getByText('Pain noted: 4').waitFor();
    await close();
  });

  it('after a reload mid-session, offers to resume where it left off, and finishes from there', async () => {
    const { page, close } = await openWithClock();
    await page.getByRole('button', { name: `Start: ${routine.name}` }).click();
    // The session starts once its engine has loaded; the page's clock moves only after that.
    await page.locator('#exercise-name').waitFor();
    const third = plan.exercises[2]?.exercise.name ?? '';
    const thirdStart = stepOffsetsMs(plan)[plan.steps.findIndex((s) => s.exerciseIndex === 2 && s.kind === 'work')] ?? 0;
    await page.clock.runFor(thirdStart + 1000);
    // The checkpoint is written as each step begins; wait until the one for this step is on disk, as a person would.
    await expect.poll(() => checkpointStep(page)).toBeGreaterThanOrEqual(plan.steps.findIndex((s) => s.exerciseIndex === 2 && s.kind === 'work'));
    await page.reload();
    await page.getByRole('heading', { name: 'Resume where you left off?' }).waitFor();
    await page.getByText(new RegExp(`paused at ${third}`)).waitFor();
    await page.getByRole('button', { name: 'Resume', exact: true }).click();
    expect(await page.locator('#exercise-name').textContent()).toBe(third);
    expect(await page.locator('.phase').textContent()).toBe('Paused');
    await page.getByRole('button', { name: 'Resume' }).click();
    await page.clock.runFor(plan.totalMs);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    // The finished session is stored and the checkpoint cleared in one transaction: wait for it, as a person would.
    await expect.poll(() => checkpointStep(page)).toBe(-1);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect(page.getByRole('heading', { name: 'Resume where you left off?' }).count()).resolves.toBe(0);
    await close();
  });
});
