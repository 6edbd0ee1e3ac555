import type { LocalDay } from '../engine/calendar/local-day';
import { formattingLocale } from './language';
import { language } from './messages';

/** How a day is written: in full, short, day and month only, with its weekday, the weekday alone, or a month. */
export type DayStyle = 'long' | 'short' | 'dayMonth' | 'weekday' | 'weekdayName' | 'month';

const OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'long', day: 'numeric', month: 'long' },
  weekdayName: { weekday: 'long' },
  month: { month: 'long', year: 'numeric' },
};

// One formatter per language and style: building an Intl.DateTimeFormat is slow, and the result never changes.
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A local day written for people, in the app's language and the device's variant of it (es-MX, en-GB: the
 * order of day and month, the month's name). Every date the app shows goes through here, so none is written
 * two ways. The day is read as a UTC date so no time zone or daylight-saving change shifts it.
 */
export function formatDay(day: LocalDay, style: DayStyle = 'short'): string {
  const id = `${language()}:${style}`;
  let format = formats.get(id);
  if (!format) {
    format = new Intl.DateTimeFormat(formattingLocale(language()), { ...OPTIONS[style], timeZone: 'UTC' });
    formats.set(id, format);
  }
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const parts = format.formatToParts(Date.UTC(y, m - 1, d));
  // Spanish writes the weekday straight before the day, with no comma: "lunes 7 de diciembre" (src/i18n/es/README.md).
  const noComma = language() === 'es-419';
  return parts.map((part, i) => (noComma && part.type === 'literal' && parts[i - 1]?.type === 'weekday' ? part.value.replace(/^,\s*/, ' ') : part.value)).join('');
}

const times = new Map<string, Intl.DateTimeFormat>();

/** A time of day ("18:30", as a time input gives it) the device's way: "6:30 PM", "18:30", "6:30 p.m.". */
export function formatTimeOfDay(time: string): string {
  const locale = formattingLocale(language());
  let format = times.get(locale);
  if (!format) times.set(locale, format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return format.format(Date.UTC(1970, 0, 1, hours, minutes));
}
