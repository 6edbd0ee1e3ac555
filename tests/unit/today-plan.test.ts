import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE, type CheckIn, type PrecautionProfile } from '../../src/engine/clinical/check-in-types';
import type { Library, Routine } from '../../src/engine/content/content-types';
import { planForToday, recordCheckIn, suggestedRoutine, tipsForToday } from '../../src/state/today-plan';
import { realLibrary } from './real-content';

const library: Library = realLibrary();
const routine = (id: string) => library.routines.get(id) as Routine;
const base: CheckIn = { flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date: '2026-03-03', at: 1 };
const day = (answers: Partial<CheckIn>, profile: PrecautionProfile = EMPTY_PROFILE) => recordCheckIn({ ...base, ...answers }, profile, 'Europe/Paris');

describe('today’s plan', () => {
  it('saves the check-in with its triage, tier and time zone', () => {
    const stored = day({ safety: { 'bowel-bladder-or-saddle': 'yes' }, flare: 'mild' });
    expect(stored.triage.outcome).toBe('emergency');
    expect(stored.tier).toEqual({ tier: 'amber', reasons: [{ code: 'flare', value: 'mild' }] });
    expect(stored.timeZone).toBe('Europe/Paris');
  });

  it('on a moderate flare with hot hips, plans a red day that leaves the bridge out because of the hips', () => {
    const plan = planForToday(routine('low-back-essentials'), library, day({ flare: 'moderate', hotJoints: ['hips'] }), EMPTY_PROFILE, 0);
    expect(plan.tier).toBe('red');
    expect(plan.items.length).toBeGreaterThan(0);
    expect(plan.items.map((item) => item.exercise.id)).not.toContain('bridge');
    expect(plan.leftOut.find((left) => left.exerciseId === 'bridge')).toEqual({ exerciseId: 'bridge', cause: 'inflamed-joint', region: 'hips', exposure: 'loads' });
  });

  it('with hot knees and hands on an amber day, nothing kneels, stands or leans on the hands, and the reasons say which joint', () => {
    const plan = planForToday(routine('low-back-essentials'), library, day({ hotJoints: ['knees', 'hands-wrists'] }), EMPTY_PROFILE, 0);
    expect(plan.tier).toBe('amber');
    const planned = plan.items.map((item) => item.exercise.id);
    expect(planned).not.toContain('cat-camel');
    expect(planned).not.toContain('cat-camel-forearms');
    expect(plan.leftOut.find((left) => left.exerciseId === 'cat-camel')).toMatchObject({ cause: 'inflamed-joint', exposure: 'bears-weight' });
  });

  it('with thin bones, cat-camel is swapped for its half-range version', () => {
    const bones = { ...EMPTY_PROFILE, osteoporosis: true };
    const plan = planForToday(routine('morning-stiffness'), library, day({}, bones), bones, 0);
    expect(plan.items.find((item) => item.replaces === 'cat-camel')?.exercise.id).toBe('cat-camel-mid-range');
  });

  it('suggests the bone-health routine at midday with long-term steroids', () => {
    const steroids = { ...EMPTY_PROFILE, steroidsLongTerm: true };
    expect(suggestedRoutine(library, day({}, steroids), steroids, 14)?.id).toBe('bone-health');
  });

  it('plays the full prescribed routine on a green day at level 0', () => {
    const plan = planForToday(routine('desk-break'), library, day({}), EMPTY_PROFILE, 0);
    const items = [...routine('desk-break').warmUp, ...routine('desk-break').main, ...routine('desk-break').coolDown];
    expect(plan.items.map((item) => item.dose)).toEqual(items.map((item) => item.dose));
  });

  it('suggests the gentlest routine on a red day and the morning routine on an early green one', () => {
    expect(suggestedRoutine(library, day({ pain: 7 }), EMPTY_PROFILE, 15)?.id).toBe('flare-day-gentle');
    expect(suggestedRoutine(library, day({}), EMPTY_PROFILE, 8)?.id).toBe('morning-stiffness');
  });

  it('gives warmth and never cold with Raynaud’s, and sun protection on a walking routine with photosensitivity', () => {
    const raynauds = { ...EMPTY_PROFILE, raynauds: true };
    const tips = tipsForToday(library, day({}, raynauds), raynauds, routine('low-back-essentials'), 14).map((tip) => tip.id);
    expect(tips[0]).toBe('raynauds-warmth');
    expect(tips).not.toContain('heat-or-cold');
    const sun = { ...EMPTY_PROFILE, photosensitivity: true };
    expect(tipsForToday(library, day({}, sun), sun, routine('cardio-bone-health'), 14)[0]?.id).toBe('sun-protection');
  });
});
