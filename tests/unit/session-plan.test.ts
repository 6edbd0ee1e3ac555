import { describe, expect, it } from 'vitest';
import { exercise, holds, reps } from './session-fixtures';
import { ANNOUNCE_MS, planSession } from '../../src/engine/session/session-plan';

describe('planSession', () => {
  it('starts with a get-ready lead-in that leaves its spoken words room before the 3-2-1, and the lead-in can be longer', () => {
    const plan = planSession([exercise('a', reps(1, 5))]);
    // The chosen 5 s would bury the countdown under the exercise's name: the words get ANNOUNCE_MS, then 3 s of countdown.
    expect(plan.steps[0]).toMatchObject({ kind: 'ready', durationMs: ANNOUNCE_MS + 3000 });
    expect(planSession([exercise('a', reps(1, 5))], { leadInSeconds: 3 }).steps[0]?.durationMs).toBe(ANNOUNCE_MS + 3000);
    expect(planSession([exercise('a', reps(1, 5))], { leadInSeconds: 15 }).steps[0]?.durationMs).toBe(15_000);
    expect(planSession([exercise('a', reps(1, 5))], { announceMs: 0 }).steps[0]?.durationMs).toBe(5000);
  });

  it('paces counted reps with the tempo: 10 reps at 4 s is a 40 s work step', () => {
    const plan = planSession([exercise('a', reps(1, 10))]);
    expect(plan.steps[1]).toMatchObject({ kind: 'work', reps: 10, repMs: 4000, durationMs: 40_000 });
  });

  it('works the left side, then switches to the right, in every set, with rest only between sets', () => {
    const plan = planSession([exercise('a', reps(2, 5, true, 20))]);
    expect(plan.steps.map((s) => `${s.kind}${s.side ? ':' + s.side : ''}`)).toEqual([
      'ready', 'work:left', 'switch:right', 'work:right', 'rest', 'work:left', 'switch:right', 'work:right',
    ]);
  });

  it('splits timed holds into holds with a release between them, not after the last', () => {
    const plan = planSession([exercise('a', holds(1, 3, 10))]);
    expect(plan.steps.map((s) => s.kind)).toEqual(['ready', 'work', 'release', 'work', 'release', 'work']);
    expect(plan.steps.filter((s) => s.kind === 'work').map((s) => s.hold)).toEqual([1, 2, 3]);
  });

  it('puts a transition between exercises and none after the last', () => {
    const plan = planSession([exercise('a', reps(1, 2)), exercise('b', reps(1, 2))], { transitionSeconds: 15 });
    expect(plan.steps.map((s) => s.kind)).toEqual(['ready', 'work', 'transition', 'work']);
    expect(plan.totalMs).toBe(ANNOUNCE_MS + 3000 + 8000 + 15_000 + 8000);
  });
});
