import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { easierVariant } from '../../src/engine/clinical/easier-variant';
import { levelForToday, type MorningAnswer, type PlayedSession } from '../../src/engine/clinical/level-today';
import { tipAfterSession } from '../../src/engine/clinical/session-tip';
import { clinicalMessages } from '../../src/i18n/en/clinical';
import { library } from '../../src/content/library';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 20, 8);

/** A green session of `routineId` `daysAgo` days before NOW, rated about right, at level 0 unless changed. */
function played(daysAgo: number, changes: Partial<PlayedSession> = {}): PlayedSession {
  return { routineId: 'low-back-essentials', endedAt: NOW - daysAgo * DAY, tier: 'green', level: 0, effort: 'about-right', stoppedForPain: [], ...changes };
}

describe('levelForToday: replaying progression from stored sessions and check-ins', () => {
  it('steps up after three green sessions rated about right with no setbacks', () => {
    expect(levelForToday('low-back-essentials', [played(3), played(2), played(1)], [], NOW)).toMatchObject({ level: 1, change: 'up' });
  });

  it('only counts the sessions of the routine asked about', () => {
    const other = played(1.5, { routineId: 'desk-break' });
    expect(levelForToday('low-back-essentials', [played(3), played(2), other], [], NOW)).toMatchObject({ level: 0, change: 'hold' });
  });

  it("steps down when today's check-in says the morning was worse", () => {
    // three good sessions, then this morning's check-in (1 h ago): worse
    const checkIns: MorningAnswer[] = [{ at: NOW - 3.5 * DAY }, { at: NOW - 60 * 60 * 1000, morning: 'worse' }];
    expect(levelForToday('low-back-essentials', [played(3), played(2), played(1)], checkIns, NOW)).toMatchObject({ level: -1, change: 'down' });
  });

  it('ignores a worse morning reported before the last session (it was about the session before)', () => {
    const checkIns: MorningAnswer[] = [{ at: NOW - 1.1 * DAY, morning: 'worse' }];
    expect(levelForToday('low-back-essentials', [played(1, { level: 1 })], checkIns, NOW)).toMatchObject({ level: 1, change: 'hold' });
  });

  it('steps down after a session rated too hard, or with an exercise stopped for pain', () => {
    expect(levelForToday('low-back-essentials', [played(1, { effort: 'too-hard' })], [], NOW)).toMatchObject({ level: -1, change: 'down' });
    expect(levelForToday('low-back-essentials', [played(1, { stoppedForPain: ['bridge'] })], [], NOW)).toMatchObject({ level: -1, change: 'down' });
  });

  it('never steps up from sessions in amber', () => {
    const amber = [played(3, { tier: 'amber' }), played(2, { tier: 'amber' }), played(1, { tier: 'amber' })];
    expect(levelForToday('low-back-essentials', amber, [], NOW)).toMatchObject({ level: 0, change: 'hold' });
  });
});

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
