import { isRestRecord, summarizeDays, type CareRecord } from './care-days';
import type { FlareState, TriageOutcome } from '../clinical/check-in-types';
import { isCareSession, type ExerciseResult } from '../clinical/care-credit';
import type { Tier } from '../content/content-types';
import { addDays, dayOfWeek, toEpochDay, weekOf, type LocalDay, type WeekStart } from '../calendar/local-day';

/** What the history reads from a stored session (StoredSession fits it). */
export interface SessionFacts {
  day: LocalDay;
  startedAt: number;
  activeSeconds: number;
  exercises: readonly { outcome: ExerciseResult }[];
  painAfter?: number;
  timeZone?: string;
}

/** What the history reads from a stored check-in (StoredCheckIn fits it). */
export interface CheckInFacts {
  date: LocalDay;
  at: number;
  flare: FlareState;
  pain: number;
  fatigue: number;
  tier: { tier: Tier };
  triage: { outcome: TriageOutcome };
  timeZone?: string;
}

/** Sessions and check-ins as the streak engine's care records; days are the stored local days, never re-derived. */
export function toCareRecords(sessions: readonly SessionFacts[], checkIns: readonly CheckInFacts[]): CareRecord[] {
  const records: CareRecord[] = [];
  for (const s of sessions) {
    records.push({ day: s.day, kind: 'session', tookCare: isCareSession(s.exercises), at: s.startedAt, ...(s.timeZone ? { timeZone: s.timeZone } : {}) });
  }
  for (const c of checkIns) {
    records.push({
      day: c.date, kind: 'check-in', flare: c.flare, tier: c.tier.tier, triage: c.triage.outcome, at: c.at,
      ...(c.timeZone ? { timeZone: c.timeZone } : {}),
    });
  }
  return records;
}

/** What a calendar day shows: a session, a flare or medical rest day, nothing, or a day still to come. */
export type DayKind = 'session' | 'rest' | 'empty' | 'future';

/** Each day that counts as care, and how (a session wins over rest on the same day). */
export function careDayKinds(records: readonly CareRecord[]): Map<LocalDay, 'session' | 'rest'> {
  const kinds = new Map<LocalDay, 'session' | 'rest'>();
  for (const [day, care] of summarizeDays(records)) {
    if (care.hasSession) kinds.set(day, 'session');
    else if (care.hasRest) kinds.set(day, 'rest');
  }
  return kinds;
}

/** One month laid out for a calendar grid. */
export interface CalendarMonth {
  /** 'YYYY-MM'. */
  month: string;
  /** Empty cells before the first day so it falls under its weekday. */
  leadingBlanks: number;
  cells: { day: LocalDay; kind: DayKind; isToday: boolean }[];
}

/** The month `delta` months after 'YYYY-MM'. */
export function shiftMonth(month: string, delta: number): string {
  const [y = 1970, m = 1] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The days of one month with what each held; days after `today` are 'future'. */
export function calendarMonth(month: string, kinds: ReadonlyMap<LocalDay, 'session' | 'rest'>, today: LocalDay, weekStartsOn: WeekStart = 1): CalendarMonth {
  const first = `${month}-01`;
  const next = `${shiftMonth(month, 1)}-01`;
  const cells: CalendarMonth['cells'] = [];
  for (let day = first; day < next; day = addDays(day, 1)) {
    const kind: DayKind = day > today ? 'future' : kinds.get(day) ?? 'empty';
    cells.push({ day, kind, isToday: day === today });
  }
  return { month, leadingBlanks: (dayOfWeek(first) - weekStartsOn + 7) % 7, cells };
}

/** The spans the charts can show. */
export type ChartRange = '4w' | '3m' | '1y';

/** How many weekly bars each span has. */
export const RANGE_WEEKS: Record<ChartRange, number> = { '4w': 4, '3m': 13, '1y': 52 };

/** One week of the charts; averages are null when nothing was reported that week. */
export interface WeekPoint {
  weekStart: LocalDay;
  /** Mean pain 0–10 reported at the week's check-ins (before exercising). */
  painBefore: number | null;
  /** Mean pain 0–10 reported right after the week's sessions. */
  painAfter: number | null;
  /** Mean fatigue 0–10 at the week's check-ins. */
  fatigue: number | null;
  /** Minutes of active exercise that week. */
  minutes: number;
  /** Days that week with a session that took care. */
  sessionDays: number;
  /** Days that week of flare or medical rest without such a session. */
  restDays: number;
}

interface Tally { pain: number[]; after: number[]; fatigue: number[]; seconds: number; days: Set<LocalDay>; rest: Set<LocalDay> }

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/**
 * Weekly points from the week holding `from` to the week holding `to`, in one pass over each list.
 * Weeks are found by calendar arithmetic on the stored local day, so a daylight-saving week of 167
 * or 169 hours is still one week of seven days.
 */
export function weeklyPoints(
  sessions: readonly SessionFacts[], checkIns: readonly CheckInFacts[], from: LocalDay, to: LocalDay, weekStartsOn: WeekStart = 1,
): WeekPoint[] {
  const firstWeek = toEpochDay(weekOf(from, weekStartsOn));
  const count = Math.floor((toEpochDay(weekOf(to, weekStartsOn)) - firstWeek) / 7) + 1;
  const tallies: Tally[] = Array.from({ length: Math.max(0, count) }, () => ({ pain: [], after: [], fatigue: [], seconds: 0, days: new Set(), rest: new Set() }));
  const bucket = (day: LocalDay): Tally | undefined =>
    day < from || day > to ? undefined : tallies[Math.floor((toEpochDay(day) - firstWeek) / 7)];
  for (const s of sessions) {
    const tally = bucket(s.day);
    if (!tally) continue;
    tally.seconds += s.activeSeconds;
    if (isCareSession(s.exercises)) tally.days.add(s.day);
    if (s.painAfter !== undefined) tally.after.push(s.painAfter);
  }
  for (const c of checkIns) {
    const tally = bucket(c.date);
    if (!tally) continue;
    tally.pain.push(c.pain);
    tally.fatigue.push(c.fatigue);
    if (isRestRecord(toCareRecords([], [c])[0] as CareRecord)) tally.rest.add(c.date);
  }
  return tallies.map((tally, i) => ({
    weekStart: addDays(weekOf(from, weekStartsOn), i * 7),
    painBefore: mean(tally.pain), painAfter: mean(tally.after), fatigue: mean(tally.fatigue),
    minutes: Math.round(tally.seconds / 60), sessionDays: tally.days.size,
    restDays: [...tally.rest].filter((day) => !tally.days.has(day)).length,
  }));
}

/** The charts' weekly series for the last 4 weeks, 3 months or year, ending with this week. */
export function weeklySeries(
  sessions: readonly SessionFacts[], checkIns: readonly CheckInFacts[], today: LocalDay, range: ChartRange, weekStartsOn: WeekStart = 1,
): WeekPoint[] {
  const from = addDays(weekOf(today, weekStartsOn), -7 * (RANGE_WEEKS[range] - 1));
  return weeklyPoints(sessions, checkIns, from, today, weekStartsOn);
}
