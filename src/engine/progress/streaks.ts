import { summarizeDays, isRestRecord, type CareRecord, type DayCare } from './care-days';
import { fromEpochDay, toEpochDay, type LocalDay } from '../calendar/local-day';
import { findSkippedDays, type Stamp } from '../calendar/travel-days';

/** The daily care streak, best streak and what today holds so far. */
export interface StreakSummary {
  /** Care days in the current run; alive from yesterday while today has nothing yet. */
  current: number;
  /** The longest run of care days ever (counting the current one). */
  best: number;
  /** Whether today is already a care day. */
  isTodayCareDay: boolean;
  /** The most recent flare or medical-rest day up to today, or null if there has been none. */
  lastRestDay: LocalDay | null;
  /** Care days in the current run with a completed session. */
  sessionDays: number;
  /** Care days in the current run spent resting (flare or triage) without a session. */
  restDays: number;
}

/** Where the user is now, so a date jumped over on the way here does not end the streak before they log. */
export interface Now {
  at: number;
  timeZone: string;
}

function stampsOf(records: readonly CareRecord[]): Stamp[] {
  return records.flatMap((r) => (r.at !== undefined && r.timeZone !== undefined ? [{ day: r.day, at: r.at, timeZone: r.timeZone }] : []));
}

interface Run {
  length: number;
  sessionDays: number;
  restDays: number;
}

const NO_RUN: Run = { length: 0, sessionDays: 0, restDays: 0 };

function isCare(care: DayCare | undefined): care is DayCare {
  return care !== undefined && (care.hasSession || care.hasRest);
}

function extend(run: Run, care: DayCare): Run {
  return {
    length: run.length + 1,
    sessionDays: run.sessionDays + (care.hasSession ? 1 : 0),
    restDays: run.restDays + (care.hasSession ? 0 : 1),
  };
}

/**
 * The daily care streak on `today`. A care day adds one; a day with nothing that counts breaks the
 * run; today never breaks it (the day is not over); a date the user flew over neither adds nor breaks.
 * Records dated after `today` (possible just after flying west across the date line) wait for that
 * date to arrive locally.
 */
export function computeStreaks(records: readonly CareRecord[], today: LocalDay, now?: Now): StreakSummary {
  const known = records.filter((r) => r.day <= today);
  const days = summarizeDays(known);
  // Every stamp, even one dated after today, is evidence of a flight that jumped the calendar.
  const stamps = stampsOf(records);
  if (now !== undefined) stamps.push({ day: today, at: now.at, timeZone: now.timeZone });
  const skipped = findSkippedDays(stamps);
  const first = [...days.keys()].reduce((a, b) => (b < a ? b : a), today);

  let run = NO_RUN;
  let best = 0;
  // Counted along day numbers, each turned into its date once (five years is nearly two thousand days).
  for (let epochDay = toEpochDay(first), last = toEpochDay(today); epochDay <= last; epochDay += 1) {
    const day = fromEpochDay(epochDay);
    const care = days.get(day);
    if (isCare(care)) {
      run = extend(run, care);
      best = Math.max(best, run.length);
    } else if (day !== today && !(care === undefined && skipped.has(day))) {
      run = NO_RUN;
    }
  }

  const restDates = known.filter(isRestRecord).map((r) => r.day).sort();
  return {
    current: run.length,
    best,
    isTodayCareDay: isCare(days.get(today)),
    lastRestDay: restDates.at(-1) ?? null,
    sessionDays: run.sessionDays,
    restDays: run.restDays,
  };
}
