import { describe, expect, it } from 'vitest';
import { exercise, holds, PLAIN_LEAD_IN, playThrough, reps, T0 } from './session-fixtures';
import { planSession } from '../../src/engine/session/session-plan';
import { startSession, tick, type SessionState } from '../../src/engine/session/session';
import {
  backStep, endEarly, extendRest, previousExercise, recordPain, skipExercise, skipStep,
} from '../../src/engine/session/session-moves';
import { summariseSession } from '../../src/engine/session/session-summary';
import { viewSession } from '../../src/engine/session/session-view';

// a: get ready 5 s, set 1 (5 reps x 4 s = 20 s), rest 20 s, set 2 (20 s); b: between exercises 15 s, one set of 20 s.
const plan = planSession([
  exercise('a', { sets: 2, reps: 5, repSeconds: 4, perSide: false, restSeconds: 20 }),
  exercise('b', { sets: 1, reps: 5, repSeconds: 4, perSide: false, restSeconds: 20 }),
], PLAIN_LEAD_IN);
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

describe('skip, back, end, pain', () => {
  const plan = planSession([exercise('a', reps(2, 5, false, 20)), exercise('b', holds(1, 2, 10))], PLAIN_LEAD_IN);

  it('skip moves to the next step at once and plays its opening cue now', () => {
    let state = tick(startSession(plan, T0), T0 + 1000).state;
    state = skipStep(state, T0 + 1000);
    expect(state.plan.steps[state.stepIndex]?.kind).toBe('work');
    const { cues } = tick(state, T0 + 1000);
    expect(cues[0]).toEqual({ cue: 'start', at: T0 + 1000 });
  });

  it('back returns to the start of the previous step', () => {
    let state = tick(startSession(plan, T0), T0 + 8000).state;
    expect(state.stepIndex).toBe(1);
    state = backStep(state, T0 + 8000);
    expect(state.stepIndex).toBe(0);
    expect(viewSession(state, T0 + 8000).remainingMs).toBe(5000);
  });

  it('skipping an exercise lands on the transition into the next one and records it as skipped', () => {
    let state = tick(startSession(plan, T0), T0 + 2000).state;
    state = skipExercise(state, T0 + 2000);
    expect(state.plan.steps[state.stepIndex]).toMatchObject({ kind: 'transition', exerciseIndex: 1 });
    const { state: end } = playThrough(state, 100);
    const summary = summariseSession(end, end.endedAt ?? 0);
    expect(summary.exercises.map((e) => [e.exerciseId, e.outcome])).toEqual([['a', 'skipped'], ['b', 'done']]);
  });

  it('ending early keeps what was done: the exercise cut short is partly done, the one not reached skipped', () => {
    let state = tick(startSession(plan, T0), T0 + 5000 + 20_000 + 20_000 + 8000).state;
    state = endEarly(state, T0 + 53_000);
    const summary = summariseSession(state, T0 + 53_000);
    expect(summary.exercises[0]).toMatchObject({ setsDone: 1, repsDone: 7, secondsWorked: 28, outcome: 'partly' });
    expect(summary.exercises[1]).toMatchObject({ setsDone: 0, repsDone: 0, outcome: 'skipped' });
  });

  it('records a pain report against the exercise being done', () => {
    let state = tick(startSession(plan, T0), T0 + 7000).state;
    state = recordPain(state, T0 + 7000, 4);
    const { state: end } = playThrough(state, 200);
    expect(summariseSession(end, end.endedAt ?? 0).exercises[0]?.painReports).toEqual([4]);
  });
});
