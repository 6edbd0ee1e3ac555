import { describe, expect, it } from 'vitest';
import { movement } from './clinical-fixtures';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import { planSession, type PlannedExercise } from '../../src/engine/session/session-plan';
import { skipExercise, startSession, tick, type SessionState } from '../../src/engine/session/session';
import { extendRest, previousExercise } from '../../src/engine/session/session-moves';
import { summariseSession } from '../../src/engine/session/session-summary';
import { viewSession } from '../../src/engine/session/session-view';

const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);

function exercise(id: string, dose: Dose): PlannedExercise {
  const ex: Exercise = {
    id, name: id, purpose: 'p', regions: ['lower-back'], category: 'mobility', position: 'lying', equipment: ['none'],
    dose, tiers: { green: dose }, movement: movement(), steps: ['a', 'b', 'c'], cues: ['go'], mistakes: ['m'], stopIf: ['s'],
    illustration: `illustrations/${id}.svg`, alt: 'a',
  };
  return { exercise: ex, dose };
}

// a: get ready 5 s, set 1 (5 reps x 4 s = 20 s), rest 20 s, set 2 (20 s); b: between exercises 15 s, one set of 20 s.
const plan = planSession([
  exercise('a', { sets: 2, reps: 5, repSeconds: 4, perSide: false, restSeconds: 20 }),
  exercise('b', { sets: 1, reps: 5, repSeconds: 4, perSide: false, restSeconds: 20 }),
]);
const at = (state: SessionState, ms: number) => tick(state, T0 + ms).state;
const where = (state: SessionState) => {
  const step = state.plan.steps[state.stepIndex];
  return `${step?.kind} of ${state.plan.exercises[step?.exerciseIndex ?? 0]?.exercise.id}`;
};

describe('moving by exercise', () => {
  it('Back from the middle of an exercise returns to its start', () => {
    const state = at(startSession(plan, T0), 30_000); // in a's rest
    expect(where(state)).toBe('rest of a');
    expect(where(previousExercise(state, T0 + 30_000))).toBe('ready of a');
  });

  it('Back right after Skip undoes it; on the first exercise a second Back stays at its start', () => {
    const skipped = skipExercise(at(startSession(plan, T0), 2_000), T0 + 2_000);
    expect(where(skipped)).toBe('transition of b');
    const back = previousExercise(skipped, T0 + 3_000);
    expect(where(back)).toBe('ready of a');
    expect(where(previousExercise(back, T0 + 4_000))).toBe('ready of a');
  });

  it('going back and doing an exercise again never counts more than it plans', () => {
    let state = at(startSession(plan, T0), 66_000); // a finished (5 + 20 + 20 + 20 s), 1 s into b's lead-in
    state = previousExercise(previousExercise(state, T0 + 66_000), T0 + 66_000);
    expect(where(state)).toBe('ready of a');
    // a played in full a second time, then b.
    for (let t = 66_000; state.status === 'playing'; t += 500) state = tick(state, T0 + t).state;
    const a = summariseSession(state, state.endedAt ?? 0).exercises[0];
    expect(a).toMatchObject({ setsDone: 2, setsPlanned: 2, repsDone: 10, outcome: 'done' });
  });
});

describe('a longer rest', () => {
  it('adds the time to the rest playing now, and to the session', () => {
    const state = at(startSession(plan, T0), 30_000); // 5 s into a's 20 s rest
    const longer = extendRest(state, T0 + 30_000, 30_000);
    expect(viewSession(longer, T0 + 30_000).remainingMs).toBe(45_000);
    expect(longer.plan.totalMs).toBe(plan.totalMs + 30_000);
    expect(where(at(longer, 74_000))).toBe('rest of a');
    expect(where(at(longer, 76_000))).toBe('work of a');
  });

  it('hands out the end-of-rest cues again at the new end, not the old one', () => {
    const state = at(startSession(plan, T0), 43_000); // 2 s before the rest's old end: its last cues are out
    const longer = extendRest(state, T0 + 43_000, 30_000);
    const cues = tick(longer, T0 + 44_000).cues.map((c) => c.at - T0);
    expect(cues.every((ms) => ms > 44_000 - 1000 && ms < 73_000)).toBe(true);
    const late = tick(longer, T0 + 74_000).cues.map((c) => c.cue);
    expect(late).toContain('start');
  });

  it('never lengthens work', () => {
    const state = at(startSession(plan, T0), 10_000);
    expect(extendRest(state, T0 + 10_000, 30_000).plan.totalMs).toBe(plan.totalMs);
  });
});
