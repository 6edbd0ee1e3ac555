import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Routine } from '../../src/engine/content/content-types';
import { startSession } from '../../src/engine/session/session';
import { planSession } from '../../src/engine/session/session-plan';
import { plannedExercises } from '../../src/state/planned-exercises';
import { loadCheckpoint, saveCheckpoint } from '../../src/storage/checkpoint';
import { openFlarewiseDB, resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { checkInAt, DAY1, DAY2, library, openApp } from './resume-fixtures';

const ROUTINE = library.routines.get('low-back-essentials') as Routine;

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

/** Writes a checkpoint as the app saved it before it kept the plan: no tier, level or limit. */
async function writeOldCheckpoint(): Promise<void> {
  const state = startSession(planSession(plannedExercises(ROUTINE, library)), DAY1);
  const db = await openFlarewiseDB();
  await db.put('checkpoint', { id: 'current', routineId: ROUTINE.id, routineName: ROUTINE.name, savedAt: DAY1, state });
  resetFlarewiseDB();
}

// Limits written out from the rule (stop above the larger of the tier's limit and check-in pain + 2; stop for
// today from the smaller of 7 and check-in pain + 4; advice after from check-in pain + 3), for a check-in pain of 1.
const RED_AT_1 = { stopAbove: 3, stopForTodayFrom: 5, adviseAfterFrom: 4 };
const GREEN_AT_1 = { stopAbove: 5, stopForTodayFrom: 5, adviseAfterFrom: 4 };
const AMBER_AT_0 = { stopAbove: 3, stopForTodayFrom: 4, adviseAfterFrom: 3 };

describe('resume where you left off', () => {
  it('a session started on a red day resumes the next, green, day at red, with the same plan, level and pain limits', async () => {
    await checkInAt(DAY1, { flare: 'moderate' });
    const first = await openApp(DAY1);
    first.app.startRoutine(ROUTINE.id);
    await vi.waitFor(() => expect(first.went).toEqual(['/play']));
    expect(first.app.routine()).toMatchObject({ tier: 'red', level: 0, pain: RED_AT_1 });
    first.app.player.nextStep();
    const plan = first.app.player.state()?.plan;
    first.app.player.dispose();
    await vi.waitFor(async () => expect((await loadCheckpoint())?.state.stepIndex).toBe(1));

    // The next morning (a reload): a green check-in.
    resetFlarewiseDB();
    await checkInAt(DAY2);
    const next = await openApp(DAY2);
    await vi.waitFor(() => expect(next.app.resumable()).not.toBeNull());
    expect(next.app.coach.today()?.tier.tier).toBe('green');
    next.app.resumeSaved();
    await vi.waitFor(() => expect(next.app.routine()).toEqual({ id: ROUTINE.id, name: ROUTINE.name, tier: 'red', level: 0, pain: RED_AT_1 }));
    expect(next.app.player.state()?.plan).toEqual(plan);
    expect(next.app.player.state()?.stepIndex).toBe(1);
    expect(next.went).toEqual(['/play']);
    // Pain 4 is under green's limit of 5 but over red's 3: the red session stops the exercise.
    expect(next.app.player.pain({ level: 4 }).stopsExercise).toBe(true);
  });

  it('a session saved on a good day resumes on a worse one at the worse day’s tier and pain limit', async () => {
    await checkInAt(DAY1);
    const first = await openApp(DAY1);
    first.app.startRoutine(ROUTINE.id);
    await vi.waitFor(() => expect(first.went).toEqual(['/play']));
    expect(first.app.routine()).toMatchObject({ tier: 'green', pain: GREEN_AT_1 });
    first.app.player.nextStep();
    first.app.player.dispose();
    await vi.waitFor(async () => expect((await loadCheckpoint())?.state.stepIndex).toBe(1));

    resetFlarewiseDB();
    await checkInAt(DAY2, { flare: 'severe' });
    const next = await openApp(DAY2);
    await vi.waitFor(() => expect(next.app.resumable()).not.toBeNull());
    next.app.resumeSaved();
    await vi.waitFor(() => expect(next.app.routine()).toMatchObject({ tier: 'red', pain: RED_AT_1 }));
    expect(next.app.player.pain({ level: 4 }).stopsExercise).toBe(true);
  });

  it('a checkpoint saved before plans were kept still resumes, at today’s tier, and then keeps that plan', async () => {
    await writeOldCheckpoint();
    await checkInAt(DAY2);
    const { app, went } = await openApp(DAY2);
    await vi.waitFor(() => expect(app.resumable()).toMatchObject({ routineId: ROUTINE.id }));
    expect(app.resumable()?.planned).toBeUndefined();
    app.resumeSaved();
    await vi.waitFor(() => expect(app.routine()).toEqual({ id: ROUTINE.id, name: ROUTINE.name, tier: 'green', level: 0, pain: GREEN_AT_1 }));
    expect(app.player.state()?.plan.exercises.map((e) => e.exercise.id)).toEqual(plannedExercises(ROUTINE, library).map((e) => e.exercise.id));
    expect(went).toEqual(['/play']);
    await vi.waitFor(async () => expect((await loadCheckpoint())?.planned).toEqual({ tier: 'green', level: 0, pain: GREEN_AT_1 }));
  });

  it('an old checkpoint resumed with no check-in today takes the careful amber limits', async () => {
    await writeOldCheckpoint();
    const { app } = await openApp(DAY2);
    await vi.waitFor(() => expect(app.resumable()).not.toBeNull());
    app.resumeSaved();
    await vi.waitFor(() => expect(app.routine()).toMatchObject({ tier: 'amber', pain: AMBER_AT_0 }));
    expect(app.player.pain({ level: 4 }).stopsExercise).toBe(true);
  });

  it('a damaged plan in a checkpoint is left out when it is read, and the rest is kept', async () => {
    const state = startSession(planSession(plannedExercises(ROUTINE, library)), DAY1);
    await saveCheckpoint(ROUTINE.id, ROUTINE.name, state, DAY1, { tier: 'red', level: 2, pain: RED_AT_1 });
    expect((await loadCheckpoint())?.planned).toEqual({ tier: 'red', level: 2, pain: RED_AT_1 });
    const db = await openFlarewiseDB();
    const broken = { tier: 'purple', level: 'two', pain: RED_AT_1 } as never;
    await db.put('checkpoint', { id: 'current', routineId: ROUTINE.id, routineName: ROUTINE.name, savedAt: DAY1, state, planned: broken });
    const saved = await loadCheckpoint();
    expect(saved).toMatchObject({ routineId: ROUTINE.id, savedAt: DAY1 });
    expect(saved?.state).toEqual(state);
    expect(saved && 'planned' in saved).toBe(false);
  });

  it('discarding the saved session forgets it', async () => {
    await writeOldCheckpoint();
    const { app } = await openApp(DAY2);
    await vi.waitFor(() => expect(app.resumable()).not.toBeNull());
    app.discardSaved();
    expect(app.resumable()).toBeNull();
    await vi.waitFor(async () => expect(await loadCheckpoint()).toBeUndefined());
  });
});
