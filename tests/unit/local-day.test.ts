import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays, dayOfWeek, daysBetween, fromEpochDay, isLocalDay, localDayOf, toEpochDay, weekOf, type WeekStart,
} from '../../src/engine/calendar/local-day';

const HOUR = 3_600_000;
const ZONES = [
  'UTC', 'America/New_York', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles',
  'Pacific/Chatham', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Kiritimati',
];
const START_2026 = Date.UTC(2026, 0, 1);

/** Reference day arithmetic through the UTC calendar, independent of the code under test. */
function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const dayArb = fc.integer({ min: -200_000, max: 200_000 }).map((n) => utcDay(Date.UTC(2000, 0, 1) + n * 24 * HOUR));

describe('localDayOf', () => {
  it("reads the device's own zone the same way as naming that zone (the fast path needs no Intl formatter)", () => {
    const saved = process.env.TZ;
    try {
      for (const zone of ZONES) {
        process.env.TZ = zone; // Node re-reads TZ on change, so Date's local getters follow it
        fc.assert(fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
          expect(localDayOf(ms)).toBe(localDayOf(ms, zone));
        }), { numRuns: 300 });
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('dates the two records either side of midnight on the US spring-forward night', () => {
    // 2026-03-08 02:00 EST jumps to 03:00 EDT. 23:30 EST (UTC-5) on the 7th, 00:30 EST on the 8th.
    expect(localDayOf(Date.UTC(2026, 2, 8, 4, 30), 'America/New_York')).toBe('2026-03-07');
    expect(localDayOf(Date.UTC(2026, 2, 8, 5, 30), 'America/New_York')).toBe('2026-03-08');
    // 23:30 EDT (UTC-4) on the 8th, 00:30 EDT on the 9th.
    expect(localDayOf(Date.UTC(2026, 2, 9, 3, 30), 'America/New_York')).toBe('2026-03-08');
    expect(localDayOf(Date.UTC(2026, 2, 9, 4, 30), 'America/New_York')).toBe('2026-03-09');
  });

  it('dates the two records either side of midnight on the US fall-back night', () => {
    // 2026-11-01 02:00 EDT falls back to 01:00 EST. 23:30 EDT on Oct 31, 00:30 EDT on Nov 1.
    expect(localDayOf(Date.UTC(2026, 10, 1, 3, 30), 'America/New_York')).toBe('2026-10-31');
    expect(localDayOf(Date.UTC(2026, 10, 1, 4, 30), 'America/New_York')).toBe('2026-11-01');
    // 01:30 happens twice (EDT then EST): both are Nov 1.
    expect(localDayOf(Date.UTC(2026, 10, 1, 5, 30), 'America/New_York')).toBe('2026-11-01');
    expect(localDayOf(Date.UTC(2026, 10, 1, 6, 30), 'America/New_York')).toBe('2026-11-01');
    // 23:30 EST (UTC-5) on Nov 1, 00:30 EST on Nov 2.
    expect(localDayOf(Date.UTC(2026, 10, 2, 4, 30), 'America/New_York')).toBe('2026-11-01');
    expect(localDayOf(Date.UTC(2026, 10, 2, 5, 30), 'America/New_York')).toBe('2026-11-02');
  });

  it('dates records either side of midnight on both London clock-change nights', () => {
    // BST starts 2026-03-29 01:00 GMT; ends 2026-10-25 01:00 GMT.
    expect(localDayOf(Date.UTC(2026, 2, 28, 23, 30), 'Europe/London')).toBe('2026-03-28');
    expect(localDayOf(Date.UTC(2026, 2, 29, 0, 30), 'Europe/London')).toBe('2026-03-29');
    expect(localDayOf(Date.UTC(2026, 2, 29, 22, 30), 'Europe/London')).toBe('2026-03-29'); // 23:30 BST
    expect(localDayOf(Date.UTC(2026, 2, 29, 23, 30), 'Europe/London')).toBe('2026-03-30'); // 00:30 BST
    expect(localDayOf(Date.UTC(2026, 9, 24, 22, 30), 'Europe/London')).toBe('2026-10-24'); // 23:30 BST
    expect(localDayOf(Date.UTC(2026, 9, 24, 23, 30), 'Europe/London')).toBe('2026-10-25'); // 00:30 BST
    expect(localDayOf(Date.UTC(2026, 9, 25, 23, 30), 'Europe/London')).toBe('2026-10-25'); // 23:30 GMT
    expect(localDayOf(Date.UTC(2026, 9, 26, 0, 30), 'Europe/London')).toBe('2026-10-26');
  });

  it('names every calendar day of a year exactly once, in order, in every zone', () => {
    for (const zone of ZONES) {
      const seen: string[] = [];
      for (let ms = START_2026; ms < START_2026 + 366 * 24 * HOUR; ms += HOUR / 2) {
        const day = localDayOf(ms, zone);
        if (seen.at(-1) !== day) seen.push(day);
      }
      seen.forEach((day, i) => {
        if (i > 0) expect(daysBetween(seen[i - 1] ?? '', day), `${zone} ${day}`).toBe(1);
      });
    }
  });

  it('puts later records on the same or the next day, never skipping or going back (property)', () => {
    fc.assert(fc.property(
      fc.constantFrom(...ZONES),
      fc.integer({ min: 0, max: 400 * 24 * HOUR }),
      fc.integer({ min: 0, max: 23 * HOUR - 1 }),
      (zone, offset, step) => {
        const day = localDayOf(START_2026 + offset, zone);
        const later = localDayOf(START_2026 + offset + step, zone);
        expect(isLocalDay(day)).toBe(true);
        expect([0, 1]).toContain(daysBetween(day, later));
      },
    ));
  });
});

describe('calendar arithmetic', () => {
  it('steps across month ends, leap days and years', () => {
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
  });

  it('accepts only real calendar days', () => {
    expect(isLocalDay('2026-02-29')).toBe(false);
    expect(isLocalDay('2028-02-29')).toBe(true);
    expect(isLocalDay('2026-3-8')).toBe(false);
    expect(() => addDays('yesterday', 1)).toThrow(RangeError);
  });

  it('keys a week by its first day, Monday or Sunday', () => {
    expect(dayOfWeek('2026-03-08')).toBe(0);
    expect(weekOf('2026-03-08', 1)).toBe('2026-03-02');
    expect(weekOf('2026-03-08', 0)).toBe('2026-03-08');
    expect(weekOf('2026-03-09', 1)).toBe('2026-03-09');
  });

  it('agrees with the UTC calendar for any day and step (property)', () => {
    fc.assert(fc.property(dayArb, fc.integer({ min: -2000, max: 2000 }), (day, n) => {
      const expected = utcDay(Date.parse(`${day}T00:00:00Z`) + n * 24 * HOUR);
      expect(addDays(day, n)).toBe(expected);
      expect(daysBetween(day, expected)).toBe(n);
      expect(fromEpochDay(toEpochDay(day))).toBe(day);
      expect(dayOfWeek(day)).toBe(new Date(`${day}T00:00:00Z`).getUTCDay());
    }));
  });

  it('puts every day in the week that starts on or before it (property)', () => {
    const weekStart = fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<WeekStart>;
    fc.assert(fc.property(dayArb, weekStart, (day, start) => {
      const week = weekOf(day, start);
      expect(dayOfWeek(week)).toBe(start);
      expect(daysBetween(week, day)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(week, day)).toBeLessThan(7);
    }));
  });
});
