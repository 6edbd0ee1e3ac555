import { PAIN_STOP_LIMITS, PROGRESSION, PROGRESSION_REASONS } from './rules';
import type { Tier } from '../content/content-types';
import type { LevelChange, ProgressHistory, SessionSummary } from './check-in-types';
import { clampLevel } from './tier-dose';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Pain (0–10) above which an exercise stops in this tier (CLINICAL.md section 5). */
export function painStopLimit(tier: Tier): number {
  return PAIN_STOP_LIMITS[tier];
}

/** Whether a pain report during an exercise should stop it. */
export function shouldStopForPain(tier: Tier, pain: number): boolean {
  return pain > painStopLimit(tier);
}

/** Whether a session was rated about right or too easy. */
function isRatedComfortable(session: SessionSummary): boolean {
  return session.effort === 'about-right' || session.effort === 'too-easy';
}

/** Whether the last sessions at the current level earn a step up (section 5; only in green). */
function hasEarnedStepUp(history: ProgressHistory, last: SessionSummary, now: number): boolean {
  const recent = history.sessions.slice(-PROGRESSION.sessionsToStepUp);
  const since = now - PROGRESSION.lookbackDays * DAY_MS;
  return recent.length === PROGRESSION.sessionsToStepUp
    && recent.every((s) => s.tier === 'green' && s.level === last.level && isRatedComfortable(s))
    && !history.sessions.some((s) => s.at >= since && s.at <= now && s.stoppedForPain)
    && !history.mornings.some((m) => m.at >= since && m.at <= now && m.feeling === 'worse');
}

/** A one-step move from `level`, held at the ends of the range. */
function step(level: number, change: 'up' | 'down', reason: string, atEnd: string): LevelChange {
  const next = clampLevel(level + (change === 'up' ? 1 : -1));
  return next === level ? { level, change: 'hold', reason: atEnd } : { level: next, change, reason };
}

/** Today's progression level from the last session and what followed it (CLINICAL.md section 5). */
export function nextLevel(history: ProgressHistory, now: number): LevelChange {
  // Only the last session and the reports after it decide, so repeated calls never step down twice.
  const sessions = history.sessions.filter((s) => s.at <= now);
  const last = sessions.at(-1);
  if (last === undefined) return { level: 0, change: 'hold', reason: PROGRESSION_REASONS.firstSession };
  const level = clampLevel(last.level);
  const morning = history.mornings.filter((m) => m.at > last.at && m.at <= now).at(-1);
  if (morning?.feeling === 'worse') return step(level, 'down', PROGRESSION_REASONS.worseMorning, PROGRESSION_REASONS.atFloor);
  if (last.stoppedForPain) return step(level, 'down', PROGRESSION_REASONS.painStop, PROGRESSION_REASONS.atFloor);
  if (last.effort === 'too-hard') return step(level, 'down', PROGRESSION_REASONS.tooHard, PROGRESSION_REASONS.atFloor);
  if (hasEarnedStepUp({ ...history, sessions }, last, now)) {
    return step(level, 'up', PROGRESSION_REASONS.stepUp, PROGRESSION_REASONS.atTop);
  }
  const reason = morning?.feeling === 'same' ? PROGRESSION_REASONS.sameMorning : PROGRESSION_REASONS.steady;
  return { level, change: 'hold', reason };
}
