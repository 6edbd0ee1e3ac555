import { describe, expect, it } from 'vitest';
import { isCareDay } from '../../src/engine/progress/care-days';
import { computeStreaks } from '../../src/engine/progress/streaks';
import { flare, greenCheckIn, session, triaged } from './streak-fixtures';

describe('isCareDay', () => {
  it('counts a session that took care, a red check-in or a triage outcome as taking care', () => {
    expect(isCareDay([session('2026-03-02')])).toBe(true);
    expect(isCareDay([flare('2026-03-02')])).toBe(true);
    expect(isCareDay([triaged('2026-03-02')])).toBe(true);
  });

  it('does not count a green check-in without a flare, or a session in which nothing was done', () => {
    expect(isCareDay([greenCheckIn('2026-03-02')])).toBe(false);
    expect(isCareDay([{ day: '2026-03-02', kind: 'session', tookCare: false }])).toBe(false);
    expect(isCareDay([])).toBe(false);
  });
});

describe('computeStreaks', () => {
  it('pauses the streak on a flare day instead of breaking it', () => {
    const history = [session('2026-03-02'), flare('2026-03-03'), session('2026-03-04')];
    expect(computeStreaks(history, '2026-03-04')).toMatchObject({ current: 3, sessionDays: 2, restDays: 1 });
  });

  it('counts a day of resting on medical advice as a care day', () => {
    expect(computeStreaks([session('2026-03-02'), triaged('2026-03-03')], '2026-03-03').current).toBe(2);
  });

  it('breaks the streak after a day with nothing logged', () => {
    const history = [session('2026-03-01'), session('2026-03-02'), session('2026-03-04')];
    expect(computeStreaks(history, '2026-03-04')).toMatchObject({ current: 1, best: 2 });
  });

  it('breaks the streak after a day with only a green check-in and no session', () => {
    const history = [session('2026-03-02'), greenCheckIn('2026-03-03'), session('2026-03-04')];
    expect(computeStreaks(history, '2026-03-04').current).toBe(1);
  });

  it('keeps the streak alive this morning before anything is logged', () => {
    const result = computeStreaks([session('2026-03-02'), session('2026-03-03')], '2026-03-04');
    expect(result).toMatchObject({ current: 2, isTodayCareDay: false });
  });

  it('ends the streak once a whole day has passed with nothing logged', () => {
    expect(computeStreaks([session('2026-03-02')], '2026-03-04')).toMatchObject({ current: 0, best: 1 });
  });

  it('counts today once it is a care day', () => {
    const result = computeStreaks([session('2026-03-03'), flare('2026-03-04')], '2026-03-04');
    expect(result).toMatchObject({ current: 2, isTodayCareDay: true, lastRestDay: '2026-03-04' });
  });

  it('counts a day with both a session and a flare check-in once, as a session day', () => {
    const result = computeStreaks([session('2026-03-04'), flare('2026-03-04')], '2026-03-04');
    expect(result).toMatchObject({ current: 1, sessionDays: 1, restDays: 0, lastRestDay: '2026-03-04' });
  });

  it('remembers the best streak after a break', () => {
    const history = ['01', '02', '03', '04', '06'].map((d) => session(`2026-03-${d}`));
    expect(computeStreaks(history, '2026-03-06')).toMatchObject({ current: 1, best: 4 });
  });

  it('starts from nothing for a new user', () => {
    expect(computeStreaks([], '2026-03-04')).toEqual({
      current: 0, best: 0, isTodayCareDay: false, lastRestDay: null, sessionDays: 0, restDays: 0,
    });
  });

  it('waits for a record dated after today until that date arrives', () => {
    expect(computeStreaks([session('2026-03-05')], '2026-03-04')).toMatchObject({ current: 0, best: 0 });
  });
});
