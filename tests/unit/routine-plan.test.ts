import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { planRoutine, type PlanOptions } from '../../src/engine/clinical/routine-plan';
import type { Dose } from '../../src/engine/content/content-types';
import { FIXTURE_LIBRARY, fixtureRoutine, holds, reps } from './clinical-fixtures';

/** Seconds of work in a dose, counted here on its own: every rep or hold, each side, and the rests between sets. */
function seconds(d: Dose): number {
  const each = d.repSeconds ?? (d.holdSeconds ?? 0) + (d.releaseSeconds ?? 0);
  return d.sets * d.reps * each * (d.perSide ? 2 : 1) + (d.sets - 1) * d.restSeconds;
}

const calm: PlanOptions = { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: { outcome: 'none' }, level: 0 };

/** Plan a fixture routine with options changed from a calm green day. */
function plan(routineId: string, options: Partial<PlanOptions> = {}) {
  return planRoutine(fixtureRoutine(routineId), FIXTURE_LIBRARY, { ...calm, ...options });
}

/** Scheduled exercise ids. */
function ids(routineId: string, options: Partial<PlanOptions> = {}): string[] {
  return plan(routineId, options).items.map((item) => item.exercise.id);
}

/** Why an exercise was left out, as the plan's code. */
function leftOut(routineId: string, exerciseId: string, options: Partial<PlanOptions>) {
  return plan(routineId, options).leftOut.find((l) => l.exerciseId === exerciseId);
}

describe('tiers table (README "Tiers"): what is offered and how much', () => {
  it('green: the full routine, as prescribed, with the routine’s own doses', () => {
    const result = plan('strength-basics');
    expect(result.items.map((i) => i.exercise.id)).toEqual([
      'marching', 'bridge', 'crunch', 'band-row', 'single-leg-stand', 'chair-balance', 'step-jacks', 'lunge-turnout', 'knee-to-chest', 'belly-breathing',
    ]);
    expect(result.items.find((i) => i.exercise.id === 'bridge')?.dose).toEqual(reps(3, 12));
    expect(result.items.find((i) => i.exercise.id === 'knee-to-chest')?.dose).toEqual(holds(1, 2, 45));
    expect(result.leftOut).toEqual([]);
  });

  it('amber: range of motion, isometric and gentle aerobic work only, never resistance or impact', () => {
    expect(ids('strength-basics', { tier: 'amber' })).toEqual(['marching', 'knee-to-chest', 'belly-breathing']);
    expect(leftOut('strength-basics', 'band-row', { tier: 'amber' })).toEqual({ exerciseId: 'band-row', cause: 'tier', tier: 'amber' });
    expect(leftOut('strength-basics', 'chair-balance', { tier: 'amber' })?.cause).toBe('tier');
  });

  it('amber: about half the volume and at most about half of green’s time, even with the routine’s own bigger dose', () => {
    for (const routine of ['strength-basics', 'morning-mobility', 'flare-day-gentle']) {
      const green = plan(routine).items;
      for (const item of plan(routine, { tier: 'amber' }).items) {
        const greenItem = green.find((g) => g.exercise.id === item.exercise.id);
        const atFloor = item.dose.sets === 1 && item.dose.reps === 1;
        if (!atFloor) expect(seconds(item.dose), item.exercise.id).toBeLessThanOrEqual(seconds(greenItem?.dose ?? item.dose) / 2);
      }
    }
  });

  it('red: breathing and gentle range of motion only; no stretching, resistance, impact or nerve glides; 1 set of at most 3', () => {
    expect(ids('morning-mobility', { tier: 'red' })).toEqual(['belly-breathing', 'pelvic-tilt', 'knee-rocking', 'seated-hip-turn-in', 'arm-reach']);
    // Knee-to-chest is a stretch: on a red day its stand-in, the pelvic tilt, is done in its place.
    expect(ids('strength-basics', { tier: 'red' })).toEqual(['pelvic-tilt', 'belly-breathing']);
    expect(leftOut('morning-mobility', 'cat-stretch', { tier: 'red' })?.cause).toBe('tier');
    for (const item of plan('morning-mobility', { tier: 'red' }).items) {
      expect(item.dose.sets).toBe(1);
      expect(item.dose.reps).toBeLessThanOrEqual(3);
    }
  });
});

describe('inflamed joints (README "Inflamed joints"), in every tier', () => {
  it('hot hips: nothing that bears weight through, resists at or stretches the hips, said as a code', () => {
    expect(ids('strength-basics', { hotJoints: ['hips'] })).not.toContain('bridge');
    expect(leftOut('strength-basics', 'bridge', { hotJoints: ['hips'] })).toEqual({ exerciseId: 'bridge', cause: 'inflamed-joint', region: 'hips', exposure: 'loads' });
    expect(leftOut('strength-basics', 'chair-balance', { hotJoints: ['hips'] })).toMatchObject({ region: 'hips', exposure: 'bears-weight' });
    expect(leftOut('morning-mobility', 'figure-four', { hotJoints: ['hips'] })).toMatchObject({ region: 'hips', exposure: 'stretches' });
  });

  it('hot hands or wrists: nothing on hands and knees, and the forearm version stands in', () => {
    const result = plan('morning-mobility', { hotJoints: ['hands-wrists'] });
    expect(result.leftOut.find((l) => l.exerciseId === 'hands-knees-rock')).toEqual({
      exerciseId: 'hands-knees-rock', cause: 'inflamed-joint', region: 'hands-wrists', exposure: 'bears-weight', standInId: 'forearm-rock',
    });
    expect(result.items.find((i) => i.exercise.id === 'forearm-rock')?.replaces).toBe('hands-knees-rock');
  });

  it('hot knees: nothing kneeling or standing, and no timed bout that keeps the knee moving', () => {
    expect(leftOut('morning-mobility', 'cat-stretch', { hotJoints: ['knees'] })).toMatchObject({ region: 'knees', exposure: 'bears-weight' });
    expect(leftOut('strength-basics', 'marching', { hotJoints: ['knees'] })).toMatchObject({ region: 'knees', exposure: 'moves-continuously' });
  });

  it('hot shoulders or elbows: no band work at them', () => {
    expect(leftOut('strength-basics', 'band-row', { hotJoints: ['shoulders-elbows'] })).toMatchObject({ region: 'shoulders-elbows', exposure: 'loads' });
  });

  it('a hot region is moved once, gently, on any day: 1 set of 1 repetition', () => {
    for (const tier of ['green', 'amber', 'red'] as const) {
      const rocking = plan('flare-day-gentle', { tier, hotJoints: ['hips'] }).items.find((i) => i.exercise.id === 'knee-rocking');
      expect(rocking?.dose, tier).toMatchObject({ sets: 1, reps: 1 });
      expect(rocking?.movesHotJoint).toBe(true);
    }
    expect(plan('flare-day-gentle', { hotJoints: ['hips'] }).items.find((i) => i.exercise.id === 'arm-reach')?.dose.reps).toBe(8);
  });
});

describe('planRoutine', () => {
  it('see-doctor → the tier is capped to red', () => {
    const result = plan('strength-basics', { triage: { outcome: 'see-doctor' } });
    expect(result.tier).toBe('red');
    expect(result.items.map((i) => i.exercise.id)).toEqual(['pelvic-tilt', 'belly-breathing']);
  });

  it('emergency or urgent → no session', () => {
    for (const outcome of ['emergency', 'urgent'] as const) {
      const result = plan('flare-day-gentle', { triage: { outcome } });
      expect(result.items).toEqual([]);
      expect(result.noSession?.outcome).toBe(outcome);
    }
  });

  it('suggests the gentlest routine when nothing suits today', () => {
    const profile = { ...EMPTY_PROFILE, hipReplacement: true };
    const result = planRoutine(
      { id: 'hips', name: 'Hip strength', purpose: '', suits: '', warmUp: [], main: [{ exercise: 'bridge' }, { exercise: 'figure-four' }], coolDown: [] },
      FIXTURE_LIBRARY, { ...calm, profile },
    );
    expect(result.items).toEqual([]);
    expect(result.nothingSuitable?.suggestion).toBe('flare-day-gentle');
  });

  it('lists an exercise left out once even when the routine repeats it, and never adds a stand-in the routine already has', () => {
    const result = plan('flare-day-gentle', { tier: 'red' });
    expect(result.items.filter((i) => i.exercise.id === 'belly-breathing')).toHaveLength(2);
    const posterior = plan('morning-mobility', { profile: { ...EMPTY_PROFILE, hipReplacement: true, hipReplacementApproach: 'posterior' } });
    expect(posterior.leftOut.map((l) => l.exerciseId)).toEqual(['seated-hip-turn-in', 'twist-hold', 'knee-to-chest', 'figure-four']);
    expect(posterior.items.filter((i) => i.exercise.id === 'pelvic-tilt')).toHaveLength(1);
  });

  it('applies the progression level in green only', () => {
    const up = plan('flare-day-gentle', { level: 1 }).items.find((i) => i.exercise.id === 'pelvic-tilt');
    expect(up?.dose.reps).toBe(11);
    const amber = plan('flare-day-gentle', { tier: 'amber', level: 1 }).items.find((i) => i.exercise.id === 'pelvic-tilt');
    expect(amber?.dose.reps).toBeLessThanOrEqual(5);
  });

  it('skips routine entries whose exercise is not in the library', () => {
    const result = planRoutine({ id: 'x', name: 'X', purpose: '', suits: '', warmUp: [{ exercise: 'missing' }], main: [{ exercise: 'pelvic-tilt' }], coolDown: [] },
      FIXTURE_LIBRARY, calm);
    expect(result.items.map((i) => i.exercise.id)).toEqual(['pelvic-tilt']);
  });
});
