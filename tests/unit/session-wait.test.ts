import { describe, expect, it } from 'vitest';
import { exercise, PLAIN_LEAD_IN, T0 } from './session-fixtures';
import type { Exercise } from '../../src/engine/content/content-types';
import { planSession } from '../../src/engine/session/session-plan';
import { resume, startSession, tick, type SessionState } from '../../src/engine/session/session';
import { viewSession } from '../../src/engine/session/session-view';

const where = (state: SessionState) => {
  const step = state.plan.steps[state.stepIndex];
  return `${step?.kind} of ${state.plan.exercises[step?.exerciseIndex ?? 0]?.exercise.id}`;
};

describe('wait for me', () => {
  const at = (id: string, position: Exercise['position']) => {
    const one = exercise(id, { sets: 1, reps: 5, repSeconds: 4, perSide: false, restSeconds: 20 });
    return { ...one, exercise: { ...one.exercise, position } };
  };
  // lying 5 s + 20 s; seated (wait: up from the floor) 15 s + 20 s; standing (no wait) 15 s + 20 s.
  const levels = planSession([at('floor', 'lying'), at('chair', 'seated'), at('stand', 'standing')], PLAIN_LEAD_IN);
  const boundary = 25_000;

  it('waits before an exercise that needs getting up from the floor or down to it, and only then', () => {
    expect(levels.steps.filter((s) => s.waits).map((s) => levels.exercises[s.exerciseIndex]?.exercise.id)).toEqual(['chair']);
    expect(planSession(levels.exercises, { waitOnPositionChange: false }).steps.some((s) => s.waits)).toBe(false);
  });

  it('stops the clock at the start of the wait, however long the person takes, and sounds nothing past it', () => {
    const start = startSession(levels, T0);
    const { state, cues } = tick(start, T0 + 24_000);
    expect(cues.every((c) => c.at <= T0 + boundary)).toBe(true);
    const later = tick(state, T0 + 10 * 60_000).state;
    const view = viewSession(later, T0 + 10 * 60_000);
    expect([later.status, view.waiting, view.remainingMs]).toEqual(['paused', true, 15_000]);
  });

  it('after the tap, gives a few seconds and the countdown, then the exercise', () => {
    const waiting = tick(startSession(levels, T0), T0 + 60_000).state;
    const going = resume(waiting, T0 + 60_000);
    expect(viewSession(going, T0 + 60_000).remainingMs).toBe(5000);
    const cues: [string, number][] = [];
    let state = going;
    for (let ms = 60_000; ms <= 66_000; ms += 250) {
      const result = tick(state, T0 + ms);
      state = result.state;
      cues.push(...result.cues.map((c): [string, number] => [c.cue, c.at - T0 - 60_000]));
    }
    expect(cues).toEqual(expect.arrayContaining([['countdown-3', 2000], ['countdown-2', 3000], ['countdown-1', 4000], ['start', 5000]]));
    expect(where(tick(going, T0 + 65_500).state)).toBe('work of chair');
  });
});
