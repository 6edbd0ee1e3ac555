import { describe, expect, it } from 'vitest';
import { movement } from './clinical-fixtures';
import { PLAIN_LEAD_IN } from './session-fixtures';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import { planSession, type PlannedExercise } from '../../src/engine/session/session-plan';
import { startSession, tick, type SessionState } from '../../src/engine/session/session';
import { skipExercise } from '../../src/engine/session/session-moves';
import { stopForPain, swapExercise } from '../../src/engine/session/session-pain';
import { summariseSession } from '../../src/engine/session/session-summary';

const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);

function planned(id: string, dose: Dose): PlannedExercise {
  const exercise: Exercise = {
    id, name: id, purpose: 'p', regions: ['hip'], category: 'strength', position: 'lying', equipment: ['none'],
    dose, tiers: { green: dose }, movement: movement(), steps: ['a'], cues: ['go'], mistakes: ['m'], stopIf: ['s'],
    illustration: `illustrations/${id}.svg`, alt: 'a',
  };
  return { exercise, dose };
}

const bridge = planned('bridge', { sets: 2, reps: 8, repSeconds: 5, perSide: false, restSeconds: 40 });
const squeeze = planned('glute-squeeze', { sets: 1, reps: 3, holdSeconds: 5, releaseSeconds: 5, perSide: false, restSeconds: 30 });
const rest = planned('rest-pose', { sets: 1, reps: 2, repSeconds: 4, perSide: false, restSeconds: 0 });
// Timeline: 0–5 s get ready; 5–45 s bridge set 1 (8 reps × 5 s); 45–85 s rest; 85–125 s set 2; then 15 s transition, rest-pose.
const plan = planSession([bridge, rest], PLAIN_LEAD_IN);

/** The session at `at` ms after T0, played from the start. */
function playedTo(at: number): SessionState {
  return tick(startSession(plan, T0), T0 + at).state;
}

describe('stopping an exercise for pain', () => {
  it('pauses the session and logs the stop with its pain level against the exercise playing', () => {
    // 17 s in: 12 s into bridge set 1, pain 7 of 10
    const stopped = stopForPain(playedTo(17_000), T0 + 17_000, { level: 7 });
    expect(stopped.status).toBe('paused');
    expect(stopped.events.at(-1)).toEqual({ type: 'pain-stop', at: T0 + 17_000, exerciseIndex: 0, level: 7 });
    const bridgeOutcome = summariseSession(stopped, T0 + 17_000).exercises[0];
    expect(bridgeOutcome).toMatchObject({ outcome: 'stopped-for-pain', painReports: [7] });
    expect(summariseSession(stopped, T0 + 17_000).exercises[1]?.outcome).toBe('skipped');
  });

  it('moving on after a stop lands on the next exercise, keeping the 12 s of bridge already done', () => {
    const stopped = stopForPain(playedTo(17_000), T0 + 17_000, { level: 7 });
    const next = skipExercise(stopped, T0 + 20_000);
    expect(next.plan.steps[next.stepIndex]).toMatchObject({ kind: 'transition', exerciseIndex: 1 });
    const summary = summariseSession(next, T0 + 20_000);
    expect(summary.exercises[0]).toMatchObject({ secondsWorked: 12, repsDone: 2, outcome: 'stopped-for-pain' });
  });
});

describe('swapping in the easier variant', () => {
  it('plays the variant after a 10 s get-ready lead-in to change position, keeping the work already recorded', () => {
    // 17 s: pain stop in bridge set 1; 30 s: the user picks the easier variant
    const stopped = stopForPain(playedTo(17_000), T0 + 17_000, { level: 7 });
    const swapped = swapExercise(stopped, 0, squeeze, T0 + 30_000, 10);
    expect(swapped.status).toBe('playing');
    expect(swapped.plan.exercises.map((p) => p.exercise.id)).toEqual(['bridge', 'glute-squeeze', 'rest-pose']);
    expect(swapped.plan.steps[swapped.stepIndex]).toMatchObject({ kind: 'ready', exerciseIndex: 1, durationMs: 10_000 });
    expect(swapped.plan.steps[swapped.stepIndex + 1]).toMatchObject({ kind: 'work', exerciseIndex: 1, hold: 1 });
    expect(swapped.stepStartedAt).toBe(T0 + 30_000);
    expect(swapped.work).toEqual([{ stepIndex: 1, ms: 12_000, complete: false }]);
    expect(tick(swapped, T0 + 40_000).cues.map((c) => c.cue)).toContain('hold');
  });

  it('drops the bridge steps not yet played and keeps every later exercise as it was planned', () => {
    const swapped = swapExercise(stopForPain(playedTo(17_000), T0 + 17_000, { level: 7 }), 0, squeeze, T0 + 30_000, 10);
    const kinds = swapped.plan.steps.map((s) => `${s.kind}:${s.exerciseIndex}`);
    expect(kinds).toEqual([
      'ready:0', 'work:0', // played up to the stop; rest and set 2 of the bridge are gone
      'ready:1', 'work:1', 'release:1', 'work:1', 'release:1', 'work:1', // the squeeze: get ready, then 3 holds
      'transition:2', 'work:2', // rest-pose, unchanged
    ]);
    expect(swapped.plan.steps.at(-1)?.durationMs).toBe(plan.steps.at(-1)?.durationMs);
    expect(swapped.plan.totalMs).toBe(swapped.plan.steps.reduce((sum, s) => sum + s.durationMs, 0));
  });

  it('summarises the stopped bridge and the variant done instead, each on its own line', () => {
    const swapped = swapExercise(stopForPain(playedTo(17_000), T0 + 17_000, { level: 7 }), 0, squeeze, T0 + 30_000, 10);
    let state = swapped;
    let now = T0 + 30_000;
    while (state.status === 'playing') state = tick(state, (now += 1000)).state;
    const summary = summariseSession(state, now);
    expect(summary.exercises.map((e) => [e.exerciseId, e.outcome, e.setsDone])).toEqual([
      ['bridge', 'stopped-for-pain', 0], ['glute-squeeze', 'done', 1], ['rest-pose', 'done', 1],
    ]);
    expect(summary.exercises[0]?.secondsWorked).toBe(12);
    // 17–30 s was paused while the sheet was open: 5 s ready + 12 s bridge + 10 s get ready + 25 s squeeze + 15 s + 8 s rest-pose
    expect(summary.activeSeconds).toBe(75);
  });

  it('leaves the session alone when the exercise named is not the one playing', () => {
    const stopped = stopForPain(playedTo(17_000), T0 + 17_000, { level: 7 });
    expect(swapExercise(stopped, 1, squeeze, T0 + 30_000, 10)).toBe(stopped);
  });
});

describe('an easier variant in a routine with parts', () => {
  it('stands in for the exercise in its part, so the player still names the right part', () => {
    const parted = planSession([{ ...bridge, section: 'main' }, { ...rest, section: 'cool-down' }]);
    const swapped = swapExercise(tick(startSession(parted, T0), T0 + 17_000).state, 0, squeeze, T0 + 17_000, 10);
    expect(swapped.plan.exercises.map((e) => [e.exercise.id, e.section])).toEqual([
      ['bridge', 'main'], ['glute-squeeze', 'main'], ['rest-pose', 'cool-down'],
    ]);
  });
});
