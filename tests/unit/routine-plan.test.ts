import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { planRoutine, type PlanOptions } from '../../src/engine/clinical/routine-plan';
import { FIXTURE_LIBRARY, fixtureRoutine, holds, reps } from './clinical-fixtures';

const calm: PlanOptions = { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: { outcome: 'none' }, level: 0 };

/** Plan a fixture routine with options changed from a calm green day. */
function plan(routineId: string, options: Partial<PlanOptions> = {}) {
  return planRoutine(fixtureRoutine(routineId), FIXTURE_LIBRARY, { ...calm, ...options });
}

/** Scheduled exercise ids. */
function ids(routineId: string, options: Partial<PlanOptions> = {}): string[] {
  return plan(routineId, options).items.map((item) => item.exercise.id);
}

/** The reason an exercise was left out. */
function reasonFor(routineId: string, exerciseId: string, options: Partial<PlanOptions>): string | undefined {
  return plan(routineId, options).leftOut.find((l) => l.exercise.id === exerciseId)?.reason;
}

describe('planRoutine', () => {
  it('schedules the full routine on a green day, in sections, with the routine dose overrides', () => {
    const result = plan('strength-basics');
    expect(result.items.map((i) => i.section)).toEqual(['warm-up', 'main', 'main', 'main', 'main', 'main', 'main', 'cool-down', 'cool-down']);
    expect(result.items.find((i) => i.exercise.id === 'bridge')?.dose).toEqual(reps(3, 12));
    expect(result.items.find((i) => i.exercise.id === 'knee-to-chest')?.dose).toEqual(holds(1, 2, 45));
    expect(result.leftOut).toEqual([]);
  });

  it('amber offers range of motion, isometric and gentle aerobic work only', () => {
    expect(ids('strength-basics', { tier: 'amber' })).toEqual(['marching', 'knee-to-chest', 'belly-breathing']);
    expect(reasonFor('strength-basics', 'band-row', { tier: 'amber' })).toBe('Band Row is skipped today: today is a lighter day, so only gentle movement is offered.');
    expect(ids('strength-basics', { tier: 'amber' })).not.toContain('step-jacks');
  });

  it('red offers breathing and pain-free range of motion only: no resistance, impact, strength, stretch or balance', () => {
    expect(ids('morning-mobility', { tier: 'red' })).toEqual(['belly-breathing', 'pelvic-tilt', 'knee-rocking', 'seated-hip-turn-in', 'sciatic-glide']);
    expect(ids('strength-basics', { tier: 'red' })).toEqual(['belly-breathing']);
  });

  it('hot hips → no hip-loading and no hip stretching, in any tier, said in plain words', () => {
    expect(ids('morning-mobility', { hotJoints: ['hips'] })).not.toContain('knee-to-chest');
    expect(ids('morning-mobility', { hotJoints: ['hips'] })).not.toContain('figure-four');
    expect(ids('morning-mobility', { hotJoints: ['hips'] })).toContain('cat-stretch');
    expect(reasonFor('strength-basics', 'bridge', { hotJoints: ['hips'] })).toBe('Bridge is skipped today: your hips are flared.');
  });

  it('hot hips on a red day → the hip is moved gently once', () => {
    const rocking = plan('flare-day-gentle', { tier: 'red', hotJoints: ['hips'] }).items.find((i) => i.exercise.id === 'knee-rocking');
    expect(rocking?.dose).toMatchObject({ sets: 1, reps: 1 });
  });

  it('see-doctor → the tier is capped to red', () => {
    const result = plan('strength-basics', { triage: { outcome: 'see-doctor' } });
    expect(result.tier).toBe('red');
    expect(result.items.map((i) => i.exercise.id)).toEqual(['belly-breathing']);
  });

  it('emergency or urgent → no session, with the message', () => {
    for (const outcome of ['emergency', 'urgent'] as const) {
      const result = plan('flare-day-gentle', { triage: { outcome } });
      expect(result.items).toEqual([]);
      expect(result.noSession?.outcome).toBe(outcome);
      expect(result.noSession?.message).toMatch(/No exercise today/);
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
    expect(result.nothingSuitable?.message).toMatch(/Nothing in Hip strength suits you today/);
  });

  it('lists an exercise left out once even when the routine repeats it', () => {
    const result = plan('flare-day-gentle', { triage: { outcome: 'none' }, tier: 'red', profile: EMPTY_PROFILE });
    expect(result.items.filter((i) => i.exercise.id === 'belly-breathing')).toHaveLength(2);
    const repeated = plan('morning-mobility', { profile: { ...EMPTY_PROFILE, hipReplacement: true } });
    expect(repeated.leftOut.map((l) => l.exercise.id)).toEqual(['seated-hip-turn-in', 'knee-to-chest', 'figure-four']);
  });

  it('applies the progression level in green only', () => {
    const up = plan('flare-day-gentle', { level: 1 }).items.find((i) => i.exercise.id === 'pelvic-tilt');
    expect(up?.dose.reps).toBe(11);
    const amber = plan('flare-day-gentle', { tier: 'amber', level: 1 }).items.find((i) => i.exercise.id === 'pelvic-tilt');
    expect(amber?.dose.reps).toBe(6);
  });

  it('skips routine entries whose exercise is not in the library', () => {
    const result = planRoutine({ id: 'x', name: 'X', purpose: '', suits: '', warmUp: [{ exercise: 'missing' }], main: [{ exercise: 'pelvic-tilt' }], coolDown: [] },
      FIXTURE_LIBRARY, calm);
    expect(result.items.map((i) => i.exercise.id)).toEqual(['pelvic-tilt']);
  });
});
