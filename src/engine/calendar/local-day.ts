/** A local calendar day, 'YYYY-MM-DD', as the device's clock showed it when something was logged. */
export type LocalDay = string;

/** First day of a week: 0 = Sunday, 1 = Monday, … 6 = Saturday. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// One formatter per zone: constructing Intl.DateTimeFormat is slow and the result never changes.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      ...(timeZone === undefined ? {} : { timeZone }),
      calendar: 'gregory', numberingSystem: 'latn', year: 'numeric', month: '2-digit', day: '2-digit',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The local day an instant falls on in `timeZone` (an IANA name), or in the runtime's zone. */
export function localDayOf(ms: number, timeZone?: string): LocalDay {
  // The device's own zone needs no formatter: Date's local getters agree with it, and building the
  // first Intl.DateTimeFormat costs ~15 ms on start-up.
  if (timeZone === undefined) {
    const date = new Date(ms);
    return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  }
  const parts = formatterFor(timeZone).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Whether a string is a real calendar day written 'YYYY-MM-DD'. */
export function isLocalDay(value: string): boolean {
  return DAY_PATTERN.test(value) && fromEpochDay(toEpochDay(value)) === value;
}

/** The number the ASCII digits of `text` from `start` up to `end` spell, or -1 if any is not one. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Days since 1970-01-01 on the proleptic Gregorian calendar (integer arithmetic, no clock involved). */
export function toEpochDay(day: LocalDay): number {
  // Read digit by digit rather than with DAY_PATTERN: this runs for every day of a long history on the way
  // to today's screen, and the pattern's match was most of the streak's time with five years logged.
  const [y, m, d] = [digitsAt(day, 0, 4), digitsAt(day, 5, 7), digitsAt(day, 8, 10)];
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-' || y < 0 || m < 0 || d < 0) throw new RangeError(`Not a local day: ${day}`);
  // Howard Hinnant's days_from_civil: years start in March so the leap day is last.
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The calendar day that is `epochDay` days after 1970-01-01. */
export function fromEpochDay(epochDay: number): LocalDay {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The calendar day `count` days after `day` (negative counts go back). */
export function addDays(day: LocalDay, count: number): LocalDay {
  return fromEpochDay(toEpochDay(day) + count);
}

/** How many calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDay, to: LocalDay): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Day of the week: 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: LocalDay): number {
  return weekdayOf(toEpochDay(day));
}

function weekdayOf(epochDay: number): number {
  // 1970-01-01 was a Thursday.
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** The key of the week a day belongs to: the 'YYYY-MM-DD' of that week's first day. */
export function weekOf(day: LocalDay, weekStartsOn: WeekStart = 1): LocalDay {
  const epochDay = toEpochDay(day);
  return fromEpochDay(epochDay - ((weekdayOf(epochDay) - weekStartsOn + 7) % 7));
}
