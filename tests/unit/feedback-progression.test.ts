import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { easierVariant } from '../../src/engine/clinical/easier-variant';
import { tipAfterSession } from '../../src/engine/clinical/session-tip';
import { clinicalMessages } from '../../src/i18n/en/clinical';
import { realLibrary } from './real-content';

const library = realLibrary();

describe('easierVariant', () => {
  const bridge = library.exercises.get('bridge');
  if (!bridge) throw new Error('bridge missing from the library');

  it('offers the buttock squeeze for the bridge in green, at its green dose', () => {
    const easier = easierVariant(bridge, library, 'green', 0, EMPTY_PROFILE);
    expect(easier?.exercise.id).toBe('glute-squeeze');
    expect(easier?.dose).toMatchObject({ holdSeconds: 5 });
  });

  it('never steps the variant up, even at a raised level', () => {
    expect(easierVariant(bridge, library, 'green', 2, EMPTY_PROFILE)?.dose.holdSeconds).toBe(5);
  });

  it('offers nothing in a tier where the variant has no dose, or for an exercise without one', () => {
    expect(easierVariant(bridge, library, 'red', 0, EMPTY_PROFILE)).toBeUndefined();
    const squeeze = library.exercises.get('glute-squeeze');
    expect(squeeze && easierVariant(squeeze, library, 'green', 0, EMPTY_PROFILE)).toBeUndefined();
  });

  it('offers nothing the precaution profile rules out', () => {
    const withTaggedVariant = { ...library, exercises: new Map(library.exercises) };
    const squeeze = withTaggedVariant.exercises.get('glute-squeeze');
    if (!squeeze) throw new Error('glute-squeeze missing');
    withTaggedVariant.exercises.set('glute-squeeze', { ...squeeze, movement: { ...squeeze.movement, load: { kind: 'body-weight', at: ['hips'] } } });
    expect(easierVariant(bridge, withTaggedVariant, 'green', 0, { ...EMPTY_PROFILE, avnHip: true })).toBeUndefined();
    expect(easierVariant(bridge, withTaggedVariant, 'green', 0, EMPTY_PROFILE)?.exercise.id).toBe('glute-squeeze');
  });
});

describe('tipAfterSession', () => {
  it('after a hard session on a hot-joint day suggests rest and a cool cloth, never heat', () => {
    expect(tipAfterSession({ profile: EMPTY_PROFILE, tier: 'amber', hotJoints: ['knees'] }, { hard: true })?.id).toBe('hot-joint-cool');
    const raynauds = { ...EMPTY_PROFILE, raynauds: true };
    expect(tipAfterSession({ profile: raynauds, tier: 'amber', hotJoints: ['knees'] }, { hard: true })?.id).toBe('hot-joint-raynauds');
  });

  it('after a hard session suggests warmth, and with Raynaud’s only heat, never cold', () => {
    expect(tipAfterSession({ profile: EMPTY_PROFILE, tier: 'green' }, { hard: true })?.id).toBe('heat-or-cold');
    const raynauds = tipAfterSession({ profile: { ...EMPTY_PROFILE, raynauds: true }, tier: 'green' }, { hard: true });
    expect(raynauds?.id).toBe('raynauds-warmth');
    expect(clinicalMessages['tip.raynauds-warmth']).not.toMatch(/cool|cold pack wrapped/i);
  });

  it('on an easy green day says how pain should settle; on a flare day, rest', () => {
    expect(tipAfterSession({ profile: EMPTY_PROFILE, tier: 'green' }, { hard: false })?.id).toBe('pain-settles');
    expect(tipAfterSession({ profile: EMPTY_PROFILE, tier: 'red' }, { hard: false })?.id).toBe('flare-rest');
    expect(tipAfterSession({ profile: EMPTY_PROFILE, tier: 'amber' }, { hard: false })?.id).toBe('pacing');
  });

  it('gives no medication advice beyond asking the doctor', () => {
    for (const tier of ['green', 'amber', 'red'] as const) {
      for (const hard of [true, false]) {
        const id = tipAfterSession({ profile: EMPTY_PROFILE, tier }, { hard })?.id;
        const text = id === undefined ? '' : clinicalMessages[`tip.${id}`];
        expect(text).not.toMatch(/ibuprofen|paracetamol|naproxen|acetaminophen|\bdose\b|tablet/i);
      }
    }
  });
});
