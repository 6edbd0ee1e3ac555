import { describe, expect, it } from 'vitest';
import type { MorningFeeling } from '../../src/engine/clinical/check-in-types';
import { levelForToday, type CheckInRecord, type SessionRecord } from '../../src/engine/clinical/level-today';
import type { Tier } from '../../src/engine/content/content-types';

// Every case is written from the text of section 5 of the rules (src/engine/clinical/README.md), not the table.
const DAY = 24 * 60 * 60 * 1000;
/** 08:00 UTC on Friday 2026-03-20: "now" in every case. */
const NOW = Date.UTC(2026, 2, 20, 8);
const TODAY = '2026-03-20';
const ROUTINE = 'low-back-essentials';
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A session of ROUTINE that ended `daysAgo` days before NOW: green, level 0, rated about right, one exercise done. */
function session(daysAgo: number, changes: Partial<SessionRecord> & { stopped?: boolean } = {}): SessionRecord {
  const { stopped, ...rest } = changes;
  const endedAt = NOW - daysAgo * DAY;
  return {
    routineId: ROUTINE, day: dayOf(endedAt), endedAt, tier: 'green', level: 0, effort: 'about-right',
    exercises: [{ outcome: stopped ? 'stopped-for-pain' : 'done' }], ...rest,
  };
}

/** A check-in `daysAgo` days before NOW, green unless said, with a morning answer when given. */
function checkIn(daysAgo: number, morning?: MorningFeeling, tier: Tier = 'green'): CheckInRecord {
  const at = NOW - daysAgo * DAY;
  return { at, date: dayOf(at), tier: { tier }, ...(morning ? { morning } : {}) };
}

const level = (sessions: SessionRecord[], checkIns: CheckInRecord[] = []) => levelForToday(ROUTINE, sessions, checkIns, NOW, TODAY);

describe('section 5: step down one level', () => {
  it('steps down when the morning after the last session was worse', () => {
    expect(level([session(2, { level: 1 })], [checkIn(0.9, 'worse')])).toEqual({ level: 0, change: 'down', reason: 'worse-morning' });
  });

  it('steps down when any morning since the last session was worse, even if a later one was better', () => {
    // last session 3 days ago; worse two mornings ago, better this morning
    expect(level([session(3, { level: 1 })], [checkIn(1.9, 'worse'), checkIn(0.1, 'better')])).toMatchObject({ level: 0, change: 'down', reason: 'worse-morning' });
  });

  it('steps down when the last session was rated too hard', () => {
    expect(level([session(1, { effort: 'too-hard' })])).toEqual({ level: -1, change: 'down', reason: 'too-hard' });
  });

  it('steps down when an exercise stopped for pain in the last session', () => {
    expect(level([session(1, { level: 2, stopped: true })])).toEqual({ level: 1, change: 'down', reason: 'pain-stop' });
  });

  it('steps down only once, however many setbacks there were', () => {
    expect(level([session(1, { effort: 'too-hard', stopped: true })], [checkIn(0.5, 'worse')])).toMatchObject({ level: -1, change: 'down' });
  });

  it('holds at the easiest level and says so', () => {
    expect(level([session(1, { effort: 'too-hard', level: -3 })])).toEqual({ level: -3, change: 'hold', reason: 'at-floor' });
  });
});

describe('section 5: stay when the mornings were the same', () => {
  it('stays at the same level when the morning was the same', () => {
    expect(level([session(1, { level: 1 })], [checkIn(0.1, 'same')])).toEqual({ level: 1, change: 'hold', reason: 'same-morning' });
  });

  it('ignores a worse morning reported before the last session (it was about the session before)', () => {
    expect(level([session(2), session(1, { level: 1 })], [checkIn(1.5, 'worse')])).toMatchObject({ level: 1, change: 'hold' });
  });
});

describe('section 5: restart lower after a flare or a break', () => {
  it('after a red day the next session is one level lower', () => {
    expect(level([session(3, { level: 2 })], [checkIn(2, undefined, 'red'), checkIn(0.1)])).toEqual({ level: 1, change: 'down', reason: 'red-day' });
  });

  it('after 7 days without a session the next session is one level lower', () => {
    expect(level([session(7, { level: 2 })])).toEqual({ level: 1, change: 'down', reason: 'break' });
  });

  it('6 days without a session is not yet a break', () => {
    expect(level([session(6, { level: 2 })])).toMatchObject({ level: 2, change: 'hold' });
  });

  it('a session of another routine in the meantime means no break', () => {
    const other = { ...session(1), routineId: 'desk-break' };
    expect(level([session(8, { level: 2 }), other])).toMatchObject({ level: 2, change: 'hold' });
  });

  it('after 14 days without a session the routine restarts at level 0', () => {
    expect(level([session(14, { level: 3 })])).toEqual({ level: 0, change: 'down', reason: 'long-break' });
  });

  it('after a flare lasting more than 3 days the routine restarts at level 0', () => {
    const flare = [checkIn(5, undefined, 'red'), checkIn(4, undefined, 'red'), checkIn(3, undefined, 'red'), checkIn(2, undefined, 'red')];
    expect(level([session(6, { level: 2 })], flare)).toEqual({ level: 0, change: 'down', reason: 'long-flare' });
  });

  it('a flare of exactly 3 days is one level lower, not a restart', () => {
    const flare = [checkIn(4, undefined, 'red'), checkIn(3, undefined, 'red'), checkIn(2, undefined, 'red')];
    expect(level([session(5, { level: 2 })], flare)).toEqual({ level: 1, change: 'down', reason: 'red-day' });
  });

  it('a restart never raises a level that was already below 0', () => {
    expect(level([session(20, { level: -2 })])).toEqual({ level: -2, change: 'hold', reason: 'long-break' });
  });
});

describe('section 5: step up only in green, after three good sessions with no setback in 7 days', () => {
  it('steps up after three green sessions rated about right or too easy, no worse morning and no pain stop in 7 days', () => {
    const sessions = [session(5), session(3, { effort: 'too-easy' }), session(1)];
    expect(level(sessions, [checkIn(4, 'better'), checkIn(0.1, 'same')])).toEqual({ level: 1, change: 'up', reason: 'step-up' });
  });

  it('does not step up when one of the three was not green', () => {
    expect(level([session(5), session(3, { tier: 'amber' }), session(1)]).change).toBe('hold');
  });

  it('does not step up after a worse morning in the last 7 days', () => {
    expect(level([session(5), session(3), session(1)], [checkIn(4, 'worse')]).change).toBe('hold');
  });

  it('does not step up after a pain stop in the last 7 days', () => {
    expect(level([session(6, { stopped: true }), session(5), session(3), session(1)]).change).toBe('hold');
  });

  it('a worse morning or a pain stop more than 7 days ago no longer blocks a step up', () => {
    expect(level([session(9, { stopped: true }), session(5), session(3), session(1)], [checkIn(8, 'worse')]).change).toBe('up');
  });

  it('needs three sessions at the current level before the next step up', () => {
    expect(level([session(5), session(3), session(2), session(1, { level: 1 })])).toMatchObject({ level: 1, change: 'hold' });
  });

  it('at the top of an exercise’s range the next step is its harder variant', () => {
    const atTop = [session(5, { level: 3 }), session(3, { level: 3 }), session(1, { level: 3 })];
    expect(level(atTop)).toEqual({ level: 4, change: 'up', reason: 'harder-variant' });
  });

  it('holds once the harder variants are in', () => {
    const top = [session(5, { level: 4 }), session(3, { level: 4 }), session(1, { level: 4 })];
    expect(level(top)).toEqual({ level: 4, change: 'hold', reason: 'at-top' });
  });
});

describe('levelForToday', () => {
  it('starts at the prescribed level with no history', () => {
    expect(level([])).toEqual({ level: 0, change: 'hold', reason: 'first-session' });
  });

  it('only counts the sessions of the routine asked about for its level', () => {
    const other = { ...session(1.5), routineId: 'desk-break', effort: 'too-hard' as const };
    expect(level([session(3), session(2), other])).toMatchObject({ level: 0, change: 'hold' });
  });
});
