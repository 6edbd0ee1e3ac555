import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCareDay, type CareRecord } from '../../src/engine/progress/care-days';
import { localDayOf } from '../../src/engine/calendar/local-day';
import { computeStreaks } from '../../src/engine/progress/streaks';

const HOUR = 3_600_000;
const session = (day: string): CareRecord => ({ day, kind: 'session', tookCare: true });
const flare = (day: string): CareRecord => ({ day, kind: 'check-in', tier: 'red', triage: 'none' });
const triaged = (day: string): CareRecord => ({ day, kind: 'check-in', tier: 'green', triage: 'urgent' });
const greenCheckIn = (day: string): CareRecord => ({ day, kind: 'check-in', tier: 'green', triage: 'none' });

/** A record logged at instant `at` in `timeZone`, dated the way the app dates it at write time. */
function loggedAt(at: number, timeZone: string, make: (day: string) => CareRecord = session): CareRecord {
  return { ...make(localDayOf(at, timeZone)), at, timeZone };
}

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

describe('daylight saving', () => {
  const ny = 'America/New_York';

  it('counts 23:30 and 00:30 across the spring-forward night as two days in a row', () => {
    const history = [
      loggedAt(Date.UTC(2026, 2, 8, 4, 30), ny), // Mar 7 23:30 EST
      loggedAt(Date.UTC(2026, 2, 8, 5, 30), ny), // Mar 8 00:30 EST
      loggedAt(Date.UTC(2026, 2, 9, 3, 30), ny), // Mar 8 23:30 EDT
      loggedAt(Date.UTC(2026, 2, 9, 4, 30), ny), // Mar 9 00:30 EDT
    ];
    expect(computeStreaks(history, '2026-03-09').current).toBe(3);
  });

  it('still breaks on the short spring-forward day if nothing was logged on it', () => {
    const history = [
      loggedAt(Date.UTC(2026, 2, 8, 4, 30), ny), // Mar 7 23:30 EST
      loggedAt(Date.UTC(2026, 2, 9, 4, 30), ny), // Mar 9 00:30 EDT, 23 hours later
    ];
    expect(computeStreaks(history, '2026-03-09').current).toBe(1);
  });

  it('counts the long fall-back day once even with records in both 01:30s', () => {
    const history = [
      loggedAt(Date.UTC(2026, 10, 1, 3, 30), ny), // Oct 31 23:30 EDT
      loggedAt(Date.UTC(2026, 10, 1, 4, 30), ny), // Nov 1 00:30 EDT
      loggedAt(Date.UTC(2026, 10, 1, 5, 30), ny, flare), // Nov 1 01:30 EDT
      loggedAt(Date.UTC(2026, 10, 1, 6, 30), ny, flare), // Nov 1 01:30 EST
      loggedAt(Date.UTC(2026, 10, 2, 4, 30), ny), // Nov 1 23:30 EST
      loggedAt(Date.UTC(2026, 10, 2, 5, 30), ny), // Nov 2 00:30 EST
    ];
    expect(computeStreaks(history, '2026-11-02')).toMatchObject({ current: 3, sessionDays: 3 });
  });

  it('counts London records either side of both clock changes on their own days', () => {
    const london = 'Europe/London';
    // Mar 28 23:30 GMT, Mar 29 00:30 GMT, Mar 30 00:30 BST.
    const spring = [Date.UTC(2026, 2, 28, 23, 30), Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 2, 29, 23, 30)];
    // Oct 24 23:30 BST, Oct 25 00:30 BST, Oct 26 00:30 GMT (Oct 25 is 25 hours long).
    const autumn = [Date.UTC(2026, 9, 24, 22, 30), Date.UTC(2026, 9, 24, 23, 30), Date.UTC(2026, 9, 26, 0, 30)];
    expect(computeStreaks(spring.map((at) => loggedAt(at, london)), '2026-03-30').current).toBe(3);
    expect(computeStreaks(autumn.map((at) => loggedAt(at, london)), '2026-10-26').current).toBe(3);
  });
});

describe('travel', () => {
  const tokyo = 'Asia/Tokyo';
  const la = 'America/Los_Angeles';

  it('counts a date lived twice (Tokyo → Los Angeles) once', () => {
    const history = [
      loggedAt(Date.UTC(2026, 2, 10, 0, 0), tokyo), // Mar 10 09:00 JST
      loggedAt(Date.UTC(2026, 2, 11, 0, 0), tokyo), // Mar 11 09:00 JST, then fly at 17:00 JST
      loggedAt(Date.UTC(2026, 2, 12, 1, 0), la), // Mar 11 18:00 PDT, landed the same date
      loggedAt(Date.UTC(2026, 2, 12, 16, 0), la), // Mar 12 09:00 PDT
    ];
    expect(computeStreaks(history, '2026-03-12')).toMatchObject({ current: 3, best: 3 });
  });

  it('neither counts nor breaks on a date jumped over by flying Los Angeles → Tokyo', () => {
    // Depart LA Mar 10 23:30 PDT (06:30Z), land Mar 12 02:30 JST: Mar 11 never happened locally.
    const history = [
      loggedAt(Date.UTC(2026, 2, 9, 16, 0), la), // Mar 9 09:00 PDT
      loggedAt(Date.UTC(2026, 2, 11, 3, 0), la), // Mar 10 20:00 PDT
      loggedAt(Date.UTC(2026, 2, 12, 1, 0), tokyo), // Mar 12 10:00 JST
    ];
    expect(computeStreaks(history, '2026-03-12')).toMatchObject({ current: 3, best: 3 });
  });

  it('keeps the streak alive after landing in Tokyo before anything is logged, given where the user is now', () => {
    const history = [loggedAt(Date.UTC(2026, 2, 11, 3, 0), la)]; // Mar 10 20:00 PDT
    const now = { at: Date.UTC(2026, 2, 11, 18, 0), timeZone: tokyo }; // Mar 12 03:00 JST
    expect(computeStreaks(history, '2026-03-12', now).current).toBe(1);
    // Without knowing where the user is, the missing date reads as an empty day.
    expect(computeStreaks(history, '2026-03-12').current).toBe(0);
  });

  it('still breaks on a day lived at home with nothing logged before a later flight', () => {
    const history = [
      loggedAt(Date.UTC(2026, 2, 9, 3, 0), la), // Mar 8 20:00 PDT
      loggedAt(Date.UTC(2026, 2, 11, 3, 0), la), // Mar 10 20:00 PDT: Mar 9 lived, empty
      loggedAt(Date.UTC(2026, 2, 12, 1, 0), tokyo), // Mar 12 10:00 JST
    ];
    expect(computeStreaks(history, '2026-03-12').current).toBe(2);
  });
});

const ZONES = [
  'UTC', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles',
  'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe',
];
const START = Date.UTC(2026, 0, 1);
const YEAR = 366 * 24 * HOUR;
const makers = [session, flare, triaged, greenCheckIn];

/** A random history in one zone: instants over a year, each a random kind, plus "now". */
const historyArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  logs: fc.array(fc.record({ offset: fc.integer({ min: 0, max: YEAR }), kind: fc.nat(makers.length - 1) }), { maxLength: 250 }),
  now: fc.integer({ min: 0, max: YEAR + 7 * 24 * HOUR }),
}).map(({ zone, logs, now }) => ({
  zone,
  records: logs.map(({ offset, kind }) => loggedAt(START + offset, zone, makers[kind] ?? session)),
  today: localDayOf(START + now, zone),
}));

/** Brute force: walk back one UTC-calendar day at a time from today, skipping today if it is still empty. */
function referenceCurrent(records: readonly CareRecord[], today: string): number {
  const care = new Set(records.filter((r) => isCareDay([r])).map((r) => r.day));
  const previous = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 24 * HOUR).toISOString().slice(0, 10);
  let day = care.has(today) ? today : previous(today);
  let count = 0;
  while (care.has(day)) {
    count += 1;
    day = previous(day);
  }
  return count;
}

describe('streak properties', () => {
  it('matches a brute-force count of the current streak, and best is never below it', () => {
    fc.assert(fc.property(historyArb, ({ records, today }) => {
      const result = computeStreaks(records, today);
      expect(result.current).toBe(referenceCurrent(records, today));
      expect(result.best).toBeGreaterThanOrEqual(result.current);
      expect(result.sessionDays + result.restDays).toBe(result.current);
    }));
  });

  it('never lowers any streak when a flare day is added', () => {
    fc.assert(fc.property(historyArb, fc.integer({ min: 0, max: YEAR }), ({ zone, records, today }, offset) => {
      const before = computeStreaks(records, today);
      const after = computeStreaks([...records, loggedAt(START + offset, zone, flare)], today);
      expect(after.current).toBeGreaterThanOrEqual(before.current);
      expect(after.best).toBeGreaterThanOrEqual(before.best);
    }));
  });

  it('never raises the current streak when a care day is removed', () => {
    fc.assert(fc.property(historyArb, fc.nat(), ({ records, today }, pick) => {
      const careDays = [...new Set(records.filter((r) => isCareDay([r])).map((r) => r.day))];
      fc.pre(careDays.length > 0);
      const removed = careDays[pick % careDays.length];
      const before = computeStreaks(records, today);
      const after = computeStreaks(records.filter((r) => r.day !== removed), today);
      expect(after.current).toBeLessThanOrEqual(before.current);
    }));
  });

  it('never breaks for someone who takes care at least every 23 hours, wherever they fly', () => {
    const tripArb = fc.array(
      fc.record({ gap: fc.integer({ min: 1, max: 23 * HOUR - 1 }), zone: fc.constantFrom(...ZONES, 'Pacific/Kiritimati', 'Pacific/Pago_Pago') }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(fc.property(tripArb, (trip) => {
      let at = START;
      const records = trip.map(({ gap, zone }) => loggedAt((at += gap), zone));
      const last = trip.at(-1)?.zone ?? 'UTC';
      const today = localDayOf(at, last);
      const days = new Set(records.map((r) => r.day).filter((day) => day <= today));
      const result = computeStreaks(records, today);
      expect(result.current).toBe(days.size);
      expect(result.best).toBe(days.size);
    }));
  });
});
