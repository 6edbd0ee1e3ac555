import type { SessionSummary } from './session-summary';

/** A session shorter than this, with nothing done in it, was opened by mistake or abandoned at once. */
export const EMPTY_SESSION_SECONDS = 60;

/**
 * Whether a finished session is empty: under a minute and nothing done in it (no rep or second of work,
 * no pain reported, no pain stop). An empty session is not recorded, so history is not filled with
 * "0 min" rows; a pain stop or a pain report is always kept, whatever its length.
 */
export function isEmptySession(summary: Pick<SessionSummary, 'activeSeconds' | 'exercises'>): boolean {
  const nothingDone = summary.exercises.every((e) => e.secondsWorked === 0 && e.repsDone === 0 && e.setsDone === 0
    && e.outcome !== 'stopped-for-pain' && e.painReports.length === 0);
  return nothingDone && summary.activeSeconds < EMPTY_SESSION_SECONDS;
}
