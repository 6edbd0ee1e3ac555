import { addDays, daysBetween, localDayOf, toEpochDay, type LocalDay } from './local-day';

/** An instant with the local day and time zone it was logged in. */
export interface Stamp {
  day: LocalDay;
  at: number;
  timeZone: string;
}

// Two instants on adjacent local days of one zone are under two days of at most 25 hours apart;
// looking 72 hours ahead is enough and keeps the pair search linear in practice.
const LONGEST_ADJACENT_SPAN_MS = 72 * 60 * 60 * 1000;

/**
 * Whether the calendar jumped between two logs made in time order: they are dated two or more days
 * apart, yet in one of their own time zones they fell on the same or adjacent days. Only a change of
 * zone (a flight east, across the date line) does that; daylight saving never does. A log's date is its
 * local day in its own zone, so only the other log's day there is worked out, and two logs in one zone
 * are as far apart there as their dates say: never a jump.
 */
export function isCalendarJump(earlier: Stamp, later: Stamp, dayIn: typeof localDayOf = localDayOf): boolean {
  if (earlier.timeZone === later.timeZone || daysBetween(earlier.day, later.day) < 2) return false;
  return daysBetween(earlier.day, dayIn(later.at, earlier.timeZone)) <= 1
    || daysBetween(dayIn(earlier.at, later.timeZone), later.day) <= 1;
}

// Why: Intl formatting is slow (five years of daily logs took ~130 ms); a log near a change of zone is
// asked about for each of its neighbours, so each answer is worked out once.
function rememberedLocalDay(): typeof localDayOf {
  const known = new Map<string, string>();
  return (ms, zone) => {
    const key = `${ms}|${zone ?? ''}`;
    let day = known.get(key);
    if (day === undefined) {
      day = localDayOf(ms, zone);
      known.set(key, day);
    }
    return day;
  };
}

/**
 * Calendar days the user never lived locally because a flight jumped over them (LA → Tokyo).
 * Why: the care-day rules (src/engine/clinical/README.md, section 6) say travel must not skip a day, and a date that never came for this
 * person cannot have been a day they failed to look after themselves. Such a day neither counts
 * towards nor breaks a streak. A day that has any record was lived, so callers check records first.
 */
export function findSkippedDays(stamps: readonly Stamp[]): Set<LocalDay> {
  const sorted = [...stamps].sort((a, b) => a.at - b.at);
  const skipped = new Set<LocalDay>();
  const dayIn = rememberedLocalDay();
  // Each stamp's day as a number, once: most pairs are on the same or the next day, which is never a jump.
  const epochDays = sorted.map((stamp) => toEpochDay(stamp.day));
  sorted.forEach((earlier, i) => {
    for (let j = i + 1; j < sorted.length; j += 1) {
      const later = sorted[j];
      if (later === undefined || later.at - earlier.at > LONGEST_ADJACENT_SPAN_MS) break;
      if ((epochDays[j] ?? 0) - (epochDays[i] ?? 0) < 2 || !isCalendarJump(earlier, later, dayIn)) continue;
      for (let day = addDays(earlier.day, 1); day < later.day; day = addDays(day, 1)) skipped.add(day);
    }
  });
  return skipped;
}
