import { describe, expect, it } from 'vitest';
import { buildReminderCalendar, escapeText, firstOccurrence, foldLine, utcStamp, type WeeklyReminder } from '../../src/engine/calendar/ics';

const reminder: WeeklyReminder = {
  days: ['FR', 'MO', 'WE'], time: '07:30', minutes: 15, uid: 'abc-123@flarewise.app',
  summary: 'Flarewise: gentle movement', description: 'Back, hips; and rest, if it is a flare day.\nBe kind to yourself.',
  now: Date.UTC(2026, 10, 24, 21, 5, 9), startDay: '2026-11-24',
};
const octets = (line: string) => new TextEncoder().encode(line).length;
/** Undoes folding (RFC 5545 3.1): a CRLF followed by one space joins the lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('the reminder calendar file', () => {
  const text = buildReminderCalendar(reminder);
  const lines = unfold(text).split('\r\n');

  it('ends every line with CRLF and has no bare LF', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has the required calendar and event properties in their components', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect(event).toContain('UID:abc-123@flarewise.app');
    expect(event).toContain('DTSTAMP:20261124T210509Z');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('repeats weekly on the chosen days, starting on the first chosen day at the floating local time', () => {
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR');
    // 24 November 2026 is a Tuesday, so the first occurrence is Wednesday the 25th.
    expect(lines).toContain('DTSTART:20261125T073000');
    expect(lines).toContain('DURATION:PT15M');
  });

  it('carries a display alarm at the start', () => {
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual(expect.arrayContaining(['ACTION:DISPLAY', 'TRIGGER:PT0M']));
    expect(alarm.some((l) => l.startsWith('DESCRIPTION:'))).toBe(true);
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(lines).toContain('DESCRIPTION:Back\\, hips\\; and rest\\, if it is a flare day.\\nBe kind to yourself.');
    expect(escapeText('a\\b')).toBe('a\\\\b');
  });

  it('folds every physical line at 75 octets', () => {
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('folding', () => {
  it('never splits a multi-byte character and unfolds back to the original', () => {
    const long = `SUMMARY:${'Étirement doux — hanche '.repeat(8)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});

describe('dates', () => {
  it('writes DTSTAMP in UTC and finds the first chosen weekday on or after a day', () => {
    expect(utcStamp(Date.UTC(2027, 0, 2, 3, 4, 5))).toBe('20270102T030405Z');
    expect(firstOccurrence('2026-11-24', ['TU'])).toBe('2026-11-24');
    expect(firstOccurrence('2026-11-24', ['MO'])).toBe('2026-11-30');
  });
});
