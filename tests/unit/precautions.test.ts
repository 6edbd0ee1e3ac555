import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type PrecautionProfile } from '../../src/engine/clinical/check-in-types';
import { ruledOutTags } from '../../src/engine/clinical/precautions';
import { planRoutine } from '../../src/engine/clinical/routine-plan';
import { whyRuledOut } from '../../src/engine/clinical/rule-out';
import { FIXTURE_LIBRARY, fixtureExercise, fixtureRoutine } from './clinical-fixtures';

/** The ids of the fixture exercises a profile rules out, whatever the day. */
function ruledOut(items: Partial<PrecautionProfile>): string[] {
  const profile = { ...EMPTY_PROFILE, ...items };
  return [...FIXTURE_LIBRARY.exercises.values()].filter((e) => whyRuledOut(e, profile) !== undefined).map((e) => e.id).sort();
}

/** The sorted tags a profile rules out. */
function tagsFor(items: Partial<PrecautionProfile>): string[] {
  return [...ruledOutTags({ ...EMPTY_PROFILE, ...items })].sort();
}

const BONES = ['end-range-twist', 'flexion-rotation', 'spinal-flexion-end-range', 'spinal-flexion-loaded'];

describe('precaution profile, one case per row of the precautions table (README "Precautions")', () => {
  it('corticosteroids long term: no loaded or end-range spinal flexion, flexion with rotation or held end-range twists', () => {
    expect(tagsFor({ steroidsLongTerm: true })).toEqual(BONES);
    expect(ruledOut({ steroidsLongTerm: true })).toEqual(['crunch', 'hands-knees-rock', 'knee-to-chest', 'twist-hold']);
  });

  it('osteoporosis or osteopenia: the same', () => {
    expect(tagsFor({ osteoporosis: true })).toEqual(BONES);
  });

  it('vertebral fracture: as above, no impact, and no levering the spine backwards under load', () => {
    expect(tagsFor({ vertebralFracture: true })).toEqual([...BONES, 'impact', 'loaded-end-range-extension'].sort());
    expect(ruledOut({ vertebralFracture: true })).toContain('chair-lever');
    expect(ruledOut({ vertebralFracture: true })).toContain('step-jacks');
  });

  it('avascular necrosis of a hip: no hip loading or impact until the specialist clears it', () => {
    expect(tagsFor({ avnHip: true })).toEqual(['hip-loading', 'impact']);
    expect(tagsFor({ avnHip: true, clearedBySpecialist: true })).toEqual([]);
  });

  it('hip replacement, posterior: hip loading and impact until cleared; never past 90°, across the midline or turned in', () => {
    const posterior = { hipReplacement: true, hipReplacementApproach: 'posterior' as const };
    expect(tagsFor(posterior)).toEqual(['crossing-midline', 'hip-flexion-past-90', 'hip-inward-rotation', 'hip-loading', 'impact']);
    expect(tagsFor({ ...posterior, clearedBySpecialist: true })).toEqual(['crossing-midline', 'hip-flexion-past-90', 'hip-inward-rotation']);
  });

  it('hip replacement, anterior: never extended past neutral with the thigh turned out', () => {
    const anterior = { hipReplacement: true, hipReplacementApproach: 'anterior' as const, clearedBySpecialist: true };
    expect(tagsFor(anterior)).toEqual(['hip-extension-outward-rotation']);
    expect(ruledOut(anterior)).toEqual(['lunge-turnout']);
  });

  it('hip replacement, not sure of the approach: both sets', () => {
    expect(tagsFor({ hipReplacement: true, clearedBySpecialist: true })).toEqual(
      ['crossing-midline', 'hip-extension-outward-rotation', 'hip-flexion-past-90', 'hip-inward-rotation'],
    );
  });

  it('blood thinners: nothing on one leg or heel to toe, even holding on', () => {
    expect(tagsFor({ bloodThinners: true })).toEqual(['fall-risk']);
    expect(ruledOut({ bloodThinners: true })).toEqual(['single-leg-stand']);
  });

  it('active myositis: no resistance or strength work', () => {
    expect(tagsFor({ activeMyositis: true })).toEqual(['resistance']);
    expect(ruledOut({ activeMyositis: true })).toEqual(['band-row', 'bridge', 'crunch']);
  });

  it('hand or wrist arthritis: no weight through the hands, and the forearm version stands in', () => {
    expect(tagsFor({ handArthritis: true })).toEqual(['weight-through-hands']);
    const plan = planRoutine(fixtureRoutine('morning-mobility'), FIXTURE_LIBRARY,
      { tier: 'green', profile: { ...EMPTY_PROFILE, handArthritis: true }, hotJoints: [], triage: { outcome: 'none' }, level: 0 });
    expect(plan.leftOut).toEqual([{ exerciseId: 'hands-knees-rock', cause: 'profile', rule: 'hands-arthritis', tag: 'weight-through-hands', standInId: 'forearm-rock' }]);
  });

  it('immunosuppressants, antiphospholipid syndrome, Raynaud’s and photosensitivity rule out no exercise', () => {
    expect(tagsFor({ immunosuppressants: true, antiphospholipid: true, raynauds: true, photosensitivity: true })).toEqual([]);
  });
});

describe('whyRuledOut', () => {
  it('names the rule and the movement that rule out an exercise for this person', () => {
    expect(whyRuledOut(fixtureExercise('crunch'), { ...EMPTY_PROFILE, steroidsLongTerm: true }))
      .toEqual({ cause: 'profile', rule: 'bones-steroids', tag: 'spinal-flexion-loaded' });
    expect(whyRuledOut(fixtureExercise('bridge'), { ...EMPTY_PROFILE, avnHip: true, clearedBySpecialist: true })).toBeUndefined();
  });

  it('with today in view, also says what the day rules out: hip caution, a hot joint, the tier', () => {
    const day = { tier: 'green' as const, hotJoints: [], triage: 'caution' as const };
    expect(whyRuledOut(fixtureExercise('bridge'), EMPTY_PROFILE, day)).toEqual({ cause: 'hip-caution', tag: 'hip-loading' });
    expect(whyRuledOut(fixtureExercise('knee-to-chest'), EMPTY_PROFILE, day)).toEqual({ cause: 'hip-caution', tag: 'hip-end-range' });
    expect(whyRuledOut(fixtureExercise('cat-stretch'), EMPTY_PROFILE, { ...day, triage: 'none', hotJoints: ['knees'] }))
      .toEqual({ cause: 'inflamed-joint', region: 'knees', exposure: 'bears-weight' });
    expect(whyRuledOut(fixtureExercise('crunch'), EMPTY_PROFILE, { ...day, triage: 'none', tier: 'red' })).toEqual({ cause: 'tier', tier: 'red' });
  });
});
