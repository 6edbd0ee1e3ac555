import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { planRoutine, type PlanOptions } from '../../src/engine/clinical/routine-plan';
import type { Routine } from '../../src/engine/content/content-types';
import { realLibrary } from './real-content';

const library = realLibrary();

// Section 5 (src/engine/clinical/README.md): at the top of an exercise's range (three steps above its
// prescription), the next step up is its harder variant, where one exists and it is allowed.
const squeezeDay: Routine = {
  id: 'custom-squeeze', name: 'Squeeze', purpose: 'p', suits: 's', warmUp: [], main: [{ exercise: 'glute-squeeze' }], coolDown: [],
};
const calm: PlanOptions = { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: { outcome: 'none' }, level: 0 };
const planned = (options: Partial<PlanOptions>) => planRoutine(squeezeDay, library, { ...calm, ...options }).items.map((i) => i.exercise.id);

describe('section 5: the harder variant at the top of the range', () => {
  it('keeps the exercise itself up to the top of its range', () => {
    expect(planned({ level: 3 })).toEqual(['glute-squeeze']);
  });

  it('steps up to the harder variant past the top of the range, at the variant’s prescribed dose', () => {
    const plan = planRoutine(squeezeDay, library, { ...calm, level: 4 });
    expect(plan.items.map((i) => i.exercise.id)).toEqual(['bridge']);
    expect(plan.items[0]?.dose).toEqual(library.exercises.get('bridge')?.tiers.green);
  });

  it('never brings in a harder variant the profile rules out', () => {
    // The bridge loads the hip: not after a hip replacement without the specialist's clearance.
    expect(planned({ level: 4, profile: { ...EMPTY_PROFILE, hipReplacement: true } })).toEqual(['glute-squeeze']);
  });

  it('never brings in a harder variant on a day that does not allow progression', () => {
    expect(planned({ level: 4, tier: 'amber' })).not.toContain('bridge');
  });
});
