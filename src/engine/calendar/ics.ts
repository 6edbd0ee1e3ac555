import { addDays, dayOfWeek, type LocalDay } from './local-day';

/** RFC 5545 weekday codes, Sunday first (index = dayOfWeek). */
export const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** One RFC 5545 weekday code. */
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];

/** A weekly reminder: which days, what local time, and the words the calendar shows. */
export interface WeeklyReminder {
  days: readonly WeekdayCode[];
  /** Local wall-clock time 'HH:MM'; written as floating time so it follows the user across time zones. */
  time: string;
  summary: string;
  description: string;
  /** How long the calendar entry lasts, in minutes. */
  minutes: number;
  /** A globally unique id, e.g. '<random>@flarewise.app'. */
  uid: string;
  /** Now, in ms since the epoch, for DTSTAMP. */
  now: number;
  /** The local day to start from; the first occurrence is the first chosen weekday on or after it. */
  startDay: LocalDay;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 section 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Folds one content line so no line is longer than 75 octets (section 3.1): continuation lines start
 * with one space. Splits between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const two = (n: number): string => String(n).padStart(2, '0');

/** A UTC DATE-TIME ('20261124T090000Z') for DTSTAMP. */
export function utcStamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z`;
}

/** The first day on or after `day` that falls on one of `days`. */
export function firstOccurrence(day: LocalDay, days: readonly WeekdayCode[]): LocalDay {
  for (let i = 0; i < 7; i += 1) {
    const candidate = addDays(day, i);
    if (days.includes(WEEKDAY_CODES[dayOfWeek(candidate)] ?? 'SU')) return candidate;
  }
  return day;
}

/** A whole iCalendar file with one weekly repeating event and an alarm at its start, CRLF-terminated. */
export function buildReminderCalendar(reminder: WeeklyReminder): string {
  const [hour = '09', minute = '00'] = reminder.time.split(':');
  // Sorted Monday first, as calendars list them; duplicates dropped.
  const order = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
  const days = [...new Set(reminder.days)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const start = firstOccurrence(reminder.startDay, days).replace(/-/g, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Flarewise//Exercise reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${reminder.uid}`,
    `DTSTAMP:${utcStamp(reminder.now)}`,
    `DTSTART:${start}T${hour.padStart(2, '0')}${minute.padStart(2, '0')}00`,
    `DURATION:PT${Math.max(1, Math.round(reminder.minutes))}M`,
    `RRULE:FREQ=WEEKLY;BYDAY=${days.join(',')}`,
    `SUMMARY:${escapeText(reminder.summary)}`,
    `DESCRIPTION:${escapeText(reminder.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(reminder.summary)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
