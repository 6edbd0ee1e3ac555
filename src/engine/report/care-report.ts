import type { FlareState, TriageCorrection, TriageOutcome, TriageResult } from '../clinical/check-in-types';
import type { Tier } from '../content/content-types';
import { careDayKinds, toCareRecords, weeklyPoints, type CheckInFacts, type SessionFacts, type WeekPoint } from '../progress/history-stats';
import { daysBetween, type LocalDay, type WeekStart } from '../calendar/local-day';
import { clampWeeklyGoal, isWeekMet } from '../progress/weekly-goal';
import { countOutcomes, type ExerciseResult } from '../clinical/care-credit';
import { dailyScores, scoreStats, type DayScores, type ScoreStats } from './report-days';
import { painStopsOf, sessionRow, type PainStop, type ReportExercise, type SessionRow, type SessionRowSource } from './report-rows';

/** What the report reads from a session beyond the history's facts (StoredSession fits it). */
export interface ReportSession extends SessionFacts, SessionRowSource {
  routineId: string;
  level: number;
  exercises: readonly ReportExercise[];
}

/** What the report reads from a check-in beyond the history's facts (StoredCheckIn fits it). */
export interface ReportCheckIn extends CheckInFacts {
  triage: Pick<TriageResult, 'outcome' | 'reasons'>;
  corrected?: readonly TriageCorrection[];
}

/** A safety answer that gave a warning: the outcome, the questions answered yes, and whether it was later corrected. */
export interface TriageEvent {
  day: LocalDay;
  outcome: TriageOutcome;
  reasons: TriageResult['reasons'];
  corrected: boolean;
}

/** A day's safety events, corrected ones first (they were answered first), never dropped (clinical README, section 2). */
function triageEventsOf(c: ReportCheckIn): TriageEvent[] {
  const corrected = (c.corrected ?? []).map((k) => ({ day: c.date, outcome: k.outcome, reasons: [...k.reasons], corrected: true }));
  if (c.triage.outcome === 'none') return corrected;
  return [...corrected, { day: c.date, outcome: c.triage.outcome, reasons: [...c.triage.reasons], corrected: false }];
}

/** A routine used in the range, at the level it was last played. */
export interface RoutineUse { routineId: string; name: string; sessions: number; lastLevel: number; lastTier: Tier }

/** Everything the care-team report shows for a date range. */
export interface CareReport {
  from: LocalDay;
  to: LocalDay;
  days: number;
  careDays: number;
  sessionDays: number;
  restDays: number;
  goalPerWeek: number;
  weeks: (WeekPoint & { isGoalMet: boolean })[];
  flareDays: { day: LocalDay; flare: FlareState; tier: Tier; pain: number; fatigue: number }[];
  triageEvents: TriageEvent[];
  /** Exercises stopped for pain, with the score that stopped them and that day's check-in pain. */
  painStops: PainStop[];
  /** Each day's check-in pain and fatigue, for the chart. */
  daily: DayScores[];
  /** Pain and fatigue over the range's check-ins (null without any). */
  scores: { pain: ScoreStats | null; fatigue: ScoreStats | null };
  /** Every session of the range, oldest first. */
  sessions: SessionRow[];
  /** Every exercise of the range's sessions, counted by what became of it ("40 done, 12 skipped"). */
  exerciseOutcomes: Record<ExerciseResult, number>;
  routines: RoutineUse[];
}

const within = (day: LocalDay, from: LocalDay, to: LocalDay): boolean => day >= from && day <= to;

function routinesUsed(sessions: readonly ReportSession[]): RoutineUse[] {
  const uses = new Map<string, RoutineUse>();
  // Sessions arrive oldest first, so the last one written wins as the current level.
  for (const s of [...sessions].sort((a, b) => a.startedAt - b.startedAt)) {
    const use = uses.get(s.routineId);
    uses.set(s.routineId, { routineId: s.routineId, name: s.routineName, sessions: (use?.sessions ?? 0) + 1, lastLevel: s.level, lastTier: s.tier });
  }
  return [...uses.values()].sort((a, b) => b.sessions - a.sessions);
}

/** The report for `from`..`to` (inclusive local days), in one pass over each list. */
export function buildCareReport(
  allSessions: readonly ReportSession[], allCheckIns: readonly ReportCheckIn[], from: LocalDay, to: LocalDay,
  goalPerWeek: number, weekStartsOn: WeekStart = 1,
): CareReport {
  const sessions = allSessions.filter((s) => within(s.day, from, to));
  const checkIns = allCheckIns.filter((c) => within(c.date, from, to)).sort((a, b) => a.date.localeCompare(b.date));
  const kinds = [...careDayKinds(toCareRecords(sessions, checkIns)).values()];
  const goal = clampWeeklyGoal(goalPerWeek);
  return {
    from, to, days: Math.max(0, daysBetween(from, to) + 1),
    careDays: kinds.length,
    sessionDays: kinds.filter((k) => k === 'session').length,
    restDays: kinds.filter((k) => k === 'rest').length,
    goalPerWeek: goal,
    weeks: weeklyPoints(sessions, checkIns, from, to, weekStartsOn).map((w) => ({ ...w, isGoalMet: isWeekMet(w, goal) })),
    flareDays: checkIns.filter((c) => c.flare !== 'none' || c.tier.tier === 'red')
      .map((c) => ({ day: c.date, flare: c.flare, tier: c.tier.tier, pain: c.pain, fatigue: c.fatigue })),
    triageEvents: checkIns.flatMap(triageEventsOf),
    painStops: painStopsOf(sessions, new Map(checkIns.map((c) => [c.date, c.pain]))),
    daily: dailyScores(checkIns, from, to),
    scores: { pain: scoreStats(checkIns.map((c) => c.pain)), fatigue: scoreStats(checkIns.map((c) => c.fatigue)) },
    sessions: [...sessions].sort((a, b) => a.startedAt - b.startedAt).map(sessionRow),
    exerciseOutcomes: countOutcomes(sessions.flatMap((s) => s.exercises)),
    routines: routinesUsed(sessions),
  };
}
