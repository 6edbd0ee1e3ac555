import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDayOf } from '../../src/engine/calendar/local-day';
import { computeStreaks } from '../../src/engine/progress/streaks';
import { HOUR, flare, greenCheckIn, loggedAt, session, triaged } from './streak-fixtures';

const ZONES = [
  'UTC', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles',
  'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe',
];
const START = Date.UTC(2026, 0, 1);
const YEAR = 366 * 24 * HOUR;
const makers = [session, flare, triaged, greenCheckIn];
// Which of them make a care day, by the rules as written (src/engine/clinical/README.md, section 6), not by the
// engine: a session that took care, a red flare day and advice to seek care count; a calm check-in alone does not.
const TAKES_CARE = [true, true, true, false];

/** A random history in one zone: instants over a year, each a random kind, plus "now". */
const historyArb = fc.record({
  zone: fc.constantFrom(...ZONES),
  logs: fc.array(fc.record({ offset: fc.integer({ min: 0, max: YEAR }), kind: fc.nat(makers.length - 1) }), { maxLength: 250 }),
  now: fc.integer({ min: 0, max: YEAR + 7 * 24 * HOUR }),
}).map(({ zone, logs, now }) => {
  const records = logs.map(({ offset, kind }) => loggedAt(START + offset, zone, makers[kind] ?? session));
  return {
    zone, records, today: localDayOf(START + now, zone),
    careDays: new Set(records.filter((_, i) => TAKES_CARE[logs[i]?.kind ?? 0]).map((r) => r.day)),
  };
});

/** Brute force: walk back one UTC-calendar day at a time from today, skipping today if it is still empty. */
function referenceCurrent(care: ReadonlySet<string>, today: string): number {
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
    fc.assert(fc.property(historyArb, ({ records, today, careDays }) => {
      const result = computeStreaks(records, today);
      expect(result.current).toBe(referenceCurrent(careDays, today));
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
    fc.assert(fc.property(historyArb, fc.nat(), ({ records, today, careDays }, pick) => {
      fc.pre(careDays.size > 0);
      const removed = [...careDays][pick % careDays.size];
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
