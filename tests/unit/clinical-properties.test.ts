/**
 * Properties of today's plan over every profile × tier × hot-joint set × routine (custom ones too) × level,
 * checked against the independent oracle in clinical-oracle.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TIERS, type Dose, type Library, type Routine, type Tier } from '../../src/engine/content/content-types';
import {
  TRIAGE_QUESTION_IDS, type HipApproach, type PrecautionProfile, type SafetyAnswer, type TriageOutcome, type TriageQuestionId,
} from '../../src/engine/clinical/check-in-types';
import { planRoutine, type PlanOptions } from '../../src/engine/clinical/routine-plan';
import { triage } from '../../src/engine/clinical/triage';
import { REGIONS, expectSafePlan, profileForbids } from './clinical-oracle';
import { FIXTURE_LIBRARY, FIXTURE_ROUTINES, checkIn } from './clinical-fixtures';
import { realLibrary } from './real-content';

// ---- generators

const profileArb: fc.Arbitrary<PrecautionProfile> = fc.record({
  steroidsLongTerm: fc.boolean(), osteoporosis: fc.boolean(), vertebralFracture: fc.boolean(), avnHip: fc.boolean(),
  hipReplacement: fc.boolean(), hipReplacementApproach: fc.constantFrom<HipApproach>('posterior', 'anterior', 'not-sure'),
  clearedBySpecialist: fc.boolean(), bloodThinners: fc.boolean(), immunosuppressants: fc.boolean(), antiphospholipid: fc.boolean(),
  activeMyositis: fc.boolean(), handArthritis: fc.boolean(), raynauds: fc.boolean(), photosensitivity: fc.boolean(),
});
const optionsArb: fc.Arbitrary<PlanOptions> = fc.record({
  tier: fc.constantFrom<Tier>(...TIERS),
  profile: profileArb,
  hotJoints: fc.subarray([...REGIONS]),
  triage: fc.record({ outcome: fc.constantFrom<TriageOutcome>('none', 'caution', 'see-doctor') }),
  level: fc.integer({ min: -3, max: 4 }),
});

/** Custom routines built from any of the library's exercises, with or without their own doses. */
function customRoutineArb(ids: readonly string[]): fc.Arbitrary<Routine> {
  const dose: fc.Arbitrary<Dose> = fc.record({
    sets: fc.integer({ min: 1, max: 4 }), reps: fc.integer({ min: 1, max: 25 }), repSeconds: fc.integer({ min: 2, max: 8 }),
    perSide: fc.boolean(), restSeconds: fc.integer({ min: 0, max: 90 }),
  });
  const item = fc.record({ exercise: fc.constantFrom(...ids), dose: fc.option(dose, { nil: undefined }) })
    .map(({ exercise, dose: d }) => (d === undefined ? { exercise } : { exercise, dose: d }));
  return fc.record({ warmUp: fc.array(item, { maxLength: 3 }), main: fc.array(item, { maxLength: 8 }), coolDown: fc.array(item, { maxLength: 3 }) })
    .map((parts) => ({ id: 'custom-generated', name: 'My routine', purpose: '', suits: '', ...parts }));
}

/** Runs the plan properties over a library, its own routines and generated ones. */
function checkLibrary(library: Library, runs: number): void {
  const routineArb = fc.oneof(fc.constantFrom(...library.routines.values()), customRoutineArb([...library.exercises.keys()]));
  fc.assert(fc.property(routineArb, optionsArb, (routine, options) => {
    expectSafePlan(planRoutine(routine, library, options), routine, library, options);
  }), { numRuns: runs });
}

/** Every yes/no profile item that can rule an exercise out, each with every hip approach: 9 items × 3 = 1,536 profiles. */
function* everyRelevantProfile(): Generator<PrecautionProfile> {
  const keys = ['steroidsLongTerm', 'osteoporosis', 'vertebralFracture', 'avnHip', 'hipReplacement', 'clearedBySpecialist',
    'bloodThinners', 'activeMyositis', 'handArthritis'] as const;
  for (let bits = 0; bits < 2 ** keys.length; bits += 1) {
    for (const hipReplacementApproach of ['posterior', 'anterior', 'not-sure'] as const) {
      const flags = Object.fromEntries(keys.map((k, i) => [k, (bits & (1 << i)) !== 0]));
      yield { immunosuppressants: false, antiphospholipid: false, raynauds: false, photosensitivity: false, ...flags, hipReplacementApproach } as PrecautionProfile;
    }
  }
}

const real = realLibrary();
const everything: Routine = { id: 'everything', name: 'All', purpose: '', suits: '', warmUp: [], main: [...real.exercises.keys()].map((exercise) => ({ exercise })), coolDown: [] };

describe('plans over every profile × tier × hot joints × routine × level', () => {
  it('the fixture library: nothing ruled out is scheduled, no dose passes its cap, a hot joint moves once', () => {
    checkLibrary(FIXTURE_LIBRARY, 1500);
  }, 120_000);

  it(`the real library (${real.exercises.size} exercises, ${real.routines.size} routines): the same`, () => {
    expect(real.exercises.size).toBeGreaterThanOrEqual(60);
    checkLibrary({ ...real, routines: new Map([...real.routines, [everything.id, everything]]) }, 1500);
  }, 120_000);

  it('every relevant profile, exhaustively, on every real exercise in every tier', () => {
    const violations: string[] = [];
    for (const profile of everyRelevantProfile()) {
      for (const tier of TIERS) {
        const plan = planRoutine(everything, real, { tier, profile, hotJoints: [], triage: { outcome: 'none' }, level: 0 });
        for (const { exercise } of plan.items) {
          const why = profileForbids(profile, exercise.movement);
          if (why !== undefined) violations.push(`${exercise.id} (${why}) for ${JSON.stringify(profile)}`);
        }
      }
    }
    expect(violations.slice(0, 5)).toEqual([]);
  }, 120_000);

  it('any emergency or urgent answer yields no session, whatever else is true; without one a session is offered', () => {
    // Oracle, written from CLINICAL.md section 2 (not from the engine's table): the rows whose answer is
    // EMERGENCY or URGENT. "A doctor has checked it" is not a yes.
    const severe: readonly TriageQuestionId[] = [
      'bowel-bladder-or-saddle', 'sudden-severe-pain', 'chest-pain-or-breathless', 'leg-weakness', 'fever',
      'calf-swelling', 'hands-or-gait', 'pain-after-fall-or-lift',
    ];
    const answer = fc.option(fc.constantFrom<SafetyAnswer>('yes', 'no', 'checked'), { nil: undefined });
    const answersArb = fc.tuple(...TRIAGE_QUESTION_IDS.map(() => answer)).map((values) => {
      const safety: Partial<Record<TriageQuestionId, SafetyAnswer>> = {};
      TRIAGE_QUESTION_IDS.forEach((id, i) => { const v = values[i]; if (v !== undefined) safety[id] = v; });
      return safety;
    });
    const routineArb = fc.constantFrom(...FIXTURE_ROUTINES, ...real.routines.values());
    fc.assert(fc.property(answersArb, optionsArb, routineArb, (safety, options, routine) => {
      const result = triage(checkIn({ safety }), options.profile);
      const plan = planRoutine(routine, real.routines.has(routine.id) ? real : FIXTURE_LIBRARY, { ...options, triage: result });
      const redFlag = severe.some((id) => safety[id] === 'yes');
      if (redFlag) {
        expect(plan.items).toEqual([]);
        expect(plan.noSession).toBeDefined();
      } else {
        expect(plan.noSession).toBeUndefined();
      }
    }), { numRuns: 400 });
  }, 60_000);
});
