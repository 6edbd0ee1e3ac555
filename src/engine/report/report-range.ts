import { addDays, daysBetween, type LocalDay } from '../calendar/local-day';

/** The span the care-team report covers unless the person chooses another: twelve weeks. */
export const REPORT_WEEKS = 12;

/** The first local day anything was logged (a session or a check-in), or undefined before any. */
export function firstUseDay(sessions: readonly { day: LocalDay }[], checkIns: readonly { date: LocalDay }[]): LocalDay | undefined {
  let first: LocalDay | undefined;
  for (const s of sessions) if (first === undefined || s.day < first) first = s.day;
  for (const c of checkIns) if (first === undefined || c.date < first) first = c.date;
  return first;
}

/**
 * The report's default range, ending today: the last twelve weeks, or from the first day anything was
 * logged when that is more recent, so a new user's report does not open on weeks of empty rows.
 */
export function defaultReportRange(today: LocalDay, firstDay: LocalDay | undefined): { from: LocalDay; to: LocalDay } {
  const twelveWeeks = addDays(today, -(REPORT_WEEKS * 7 - 1));
  const from = firstDay === undefined || firstDay > today ? today : firstDay > twelveWeeks ? firstDay : twelveWeeks;
  return { from, to: today };
}

/** Whether the person has used the app for at least a week (from their first logged day). */
export function isPastFirstWeek(today: LocalDay, firstDay: LocalDay | undefined): boolean {
  return firstDay !== undefined && daysBetween(firstDay, today) >= 7;
}
