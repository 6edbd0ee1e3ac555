/** Types for cue-analysis.mjs (the bench's lateness figures), for the unit tests. */
export interface FiredCue { cue: string; plannedAt: number; firedAt: number; audible: boolean; heardAt?: number }
export interface CueFigures {
  errorP50Ms: number; errorP95Ms: number; errorMaxMs: number;
  timerErrorP50Ms: number; timerErrorP95Ms: number; timerErrorMaxMs: number;
  onClockCount: number; count: number; expectedCount: number; droppedCount: number; unplannedCount: number; audibleCount: number;
}
export const SETTLE_MS: number;
export function analyseCues(input: {
  fired: FiredCue[]; planned: { cue: string; offsetMs: number }[]; startedAt: number; from: number; to: number;
}): CueFigures;
export function longestTaskSince(longTasks: { startTime: number; duration: number }[], since: number): number;
export function sessionStart(fired: FiredCue[], planned: { cue: string; offsetMs: number }[], tappedAt: number): number | null;
