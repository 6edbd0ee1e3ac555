import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type PrecautionProfile } from '../../src/engine/clinical/check-in-types';
import { ruledOutTags, whyRuledOut } from '../../src/engine/clinical/precautions';
import { planRoutine } from '../../src/engine/clinical/routine-plan';
import { FIXTURE_LIBRARY, fixtureRoutine } from './clinical-fixtures';

/** The sorted tags ruled out for a profile with these items set. */
function tagsFor(items: Partial<PrecautionProfile>): string[] {
  return [...ruledOutTags({ ...EMPTY_PROFILE, ...items })].sort();
}

describe('precaution profile, one case per row of CLINICAL.md section 4', () => {
  it('long-term steroids → no loaded spinal flexion or flexion with rotation', () => {
    expect(tagsFor({ steroidsLongTerm: true })).toEqual(['flexion-rotation', 'spinal-flexion-loaded']);
  });

  it('osteoporosis or osteopenia → no loaded spinal flexion or flexion with rotation', () => {
    expect(tagsFor({ osteoporosis: true })).toEqual(['flexion-rotation', 'spinal-flexion-loaded']);
  });

  it('vertebral fracture → as above, and no impact', () => {
    expect(tagsFor({ vertebralFracture: true })).toEqual(['flexion-rotation', 'impact', 'spinal-flexion-loaded']);
  });

  it('avascular necrosis of a hip → no hip-loading or impact unless cleared by the specialist', () => {
    expect(tagsFor({ avnHip: true })).toEqual(['hip-loading', 'impact']);
    expect(tagsFor({ avnHip: true, clearedBySpecialist: true })).toEqual([]);
  });

  it('hip replacement → no hip-loading or impact unless cleared, and never deep hip flexion, crossing legs or inward rotation', () => {
    expect(tagsFor({ hipReplacement: true })).toEqual(['crossing-legs', 'deep-hip-flexion', 'hip-loading', 'impact', 'inward-hip-rotation']);
    expect(tagsFor({ hipReplacement: true, clearedBySpecialist: true })).toEqual(['crossing-legs', 'deep-hip-flexion', 'inward-hip-rotation']);
  });

  it('blood thinners → no fall-risk exercise', () => {
    expect(tagsFor({ bloodThinners: true })).toEqual(['fall-risk']);
  });

  it("Raynaud's and photosensitivity rule out no exercise (they only add comfort tips)", () => {
    expect(tagsFor({ raynauds: true, photosensitivity: true })).toEqual([]);
  });
});

describe('whyRuledOut', () => {
  it('explains a ruled-out tag in plain words', () => {
    expect(whyRuledOut('fall-risk', { ...EMPTY_PROFILE, bloodThinners: true })).toMatch(/blood thinners/);
  });

  it('joins every reason when several profile items rule out the same tag', () => {
    const why = whyRuledOut('impact', { ...EMPTY_PROFILE, vertebralFracture: true, avnHip: true }) ?? '';
    expect(why).toMatch(/spine/);
    expect(why).toMatch(/avascular necrosis/);
  });

  it('says nothing for a tag that is allowed', () => {
    expect(whyRuledOut('hip-loading', { ...EMPTY_PROFILE, avnHip: true, clearedBySpecialist: true })).toBeUndefined();
    expect(whyRuledOut('resistance', EMPTY_PROFILE)).toBeUndefined();
  });

  it('never schedules a conflicting exercise and says why it was left out', () => {
    const profile = { ...EMPTY_PROFILE, steroidsLongTerm: true, bloodThinners: true };
    const plan = planRoutine(fixtureRoutine('strength-basics'), FIXTURE_LIBRARY,
      { tier: 'green', profile, hotJoints: [], triage: { outcome: 'none' }, level: 0 });
    const ids = plan.items.map((item) => item.exercise.id);
    expect(ids).not.toContain('crunch');
    expect(ids).not.toContain('single-leg-stand');
    expect(plan.leftOut.find((l) => l.exercise.id === 'crunch')?.reason).toMatch(/^Crunch is never scheduled for you: long-term steroids/);
  });
});
