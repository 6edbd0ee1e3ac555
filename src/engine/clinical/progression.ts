import { PROGRESSION } from './rules';
import type { Tier } from '../content/content-types';
import type { Effort, MorningFeeling } from './check-in-types';
import { daysBetween, type LocalDay } from '../calendar/local-day';

/** Why a routine's level is what it is today; `src/i18n` turns each into one kind sentence. */
export type LevelReason =
  | 'first-session' | 'steady' | 'same-morning'
  | 'worse-morning' | 'too-hard' | 'pain-stop' | 'at-floor'
  | 'step-up' | 'harder-variant' | 'at-top'
  | 'red-day' | 'break' | 'long-break' | 'long-flare';

/** A routine's level for the next session, whether it moved, and why. */
export interface LevelChange {
  level: number;
  change: 'up' | 'down' | 'hold';
  reason: LevelReason;
}

/** What progression needs to know about one played session. */
export interface PlayedSession {
  at: number;
  day: LocalDay;
  tier: Tier;
  level: number;
  effort?: Effort;
  stoppedForPain: boolean;
}

/** What progression needs to know about one day's check-in. */
export interface DayReport {
  at: number;
  day: LocalDay;
  tier: Tier;
  morning?: MorningFeeling;
}

/** The history progression looks at: this routine's sessions, every session, and every check-in. */
export interface ProgressHistory {
  sessions: readonly PlayedSession[];
  allSessions: readonly PlayedSession[];
  days: readonly DayReport[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A routine's level clamped to the table's range (the harder-variant step included), as a whole number. */
function clampLevel(level: number): number {
  return Math.min(PROGRESSION.maxLevel, Math.max(PROGRESSION.minLevel, Math.trunc(level)));
}

const comfortable = (s: PlayedSession): boolean => s.effort === 'about-right' || s.effort === 'too-easy';

/** Three comfortable green sessions at the current level, no worse morning and no pain stop in 7 days. */
function hasEarnedStepUp(history: ProgressHistory, last: PlayedSession, now: number): boolean {
  const recent = history.sessions.slice(-PROGRESSION.sessionsToStepUp);
  const since = now - PROGRESSION.lookbackDays * DAY_MS;
  return recent.length === PROGRESSION.sessionsToStepUp
    && recent.every((s) => s.tier === 'green' && s.level === last.level && comfortable(s))
    && !history.allSessions.some((s) => s.at >= since && s.stoppedForPain)
    && !history.days.some((d) => d.at >= since && d.morning === 'worse');
}

/** The longest run of red days in a row among `days` (each a local day, in any order). */
function longestRedRun(days: readonly DayReport[]): number {
  const red = [...new Set(days.filter((d) => d.tier === 'red').map((d) => d.day))].sort();
  let run = 0;
  let best = 0;
  red.forEach((day, i) => {
    run = i > 0 && daysBetween(red[i - 1] ?? day, day) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
  });
  return best;
}

/** The restart after a flare or a break (section 5 v2), if one applies: level 0 or one lower. */
function restart(history: ProgressHistory, last: PlayedSession, today: LocalDay): LevelChange | undefined {
  const latest = history.allSessions.reduce((a, s) => Math.max(a, s.at), last.at);
  const latestDay = history.allSessions.find((s) => s.at === latest)?.day ?? last.day;
  const since = history.days.filter((d) => d.at > last.at);
  const gap = daysBetween(latestDay, today);
  const toZero = (reason: LevelReason): LevelChange => ({ level: Math.min(last.level, 0), change: last.level > 0 ? 'down' : 'hold', reason });
  if (gap >= PROGRESSION.breakDaysRestart) return toZero('long-break');
  if (longestRedRun(since) > PROGRESSION.flareDaysRestart) return toZero('long-flare');
  if (gap >= PROGRESSION.breakDaysOneLower) return stepDown(last.level, 'break');
  if (since.some((d) => d.tier === 'red')) return stepDown(last.level, 'red-day');
  return undefined;
}

function stepDown(level: number, reason: LevelReason): LevelChange {
  const next = clampLevel(level - 1);
  return next === level ? { level, change: 'hold', reason: 'at-floor' } : { level: next, change: 'down', reason };
}

/** The step down after the last session (section 5 v2): any worse morning since, too hard, or a pain stop. */
function setback(history: ProgressHistory, last: PlayedSession): LevelReason | undefined {
  if (history.days.some((d) => d.at > last.at && d.morning === 'worse')) return 'worse-morning';
  if (last.stoppedForPain) return 'pain-stop';
  return last.effort === 'too-hard' ? 'too-hard' : undefined;
}

/** The step up (section 5): one more step, the harder variant past the top of the range, or hold at the top. */
function stepUp(level: number): LevelChange {
  if (level >= PROGRESSION.maxLevel) return { level, change: 'hold', reason: 'at-top' };
  const reason = level + 1 > PROGRESSION.maxDoseLevel ? 'harder-variant' : 'step-up';
  return { level: level + 1, change: 'up', reason };
}

/**
 * A routine's level for a session at `now` on local day `today` (src/engine/clinical/README.md, section 5).
 * Only the last session and what followed it decide, so repeated calls never step down twice. Of a restart
 * and a setback, the lower level wins; the restart's reason is said when they tie.
 */
export function nextLevel(history: ProgressHistory, now: number, today: LocalDay): LevelChange {
  const last = history.sessions.filter((s) => s.at <= now).at(-1);
  if (last === undefined) return { level: 0, change: 'hold', reason: 'first-session' };
  const level = clampLevel(last.level);
  const from = { ...last, level };
  const restarted = restart(history, from, today);
  const harm = setback(history, from);
  const down = harm === undefined ? undefined : stepDown(level, harm);
  if (restarted || down) {
    return [restarted, down].filter((c): c is LevelChange => c !== undefined).reduce((a, b) => (b.level < a.level ? b : a));
  }
  if (hasEarnedStepUp(history, from, now)) return stepUp(level);
  const sameMorning = history.days.some((d) => d.at > last.at && d.morning === 'same');
  return { level, change: 'hold', reason: sameMorning ? 'same-morning' : 'steady' };
}
