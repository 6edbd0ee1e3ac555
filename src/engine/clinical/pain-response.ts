/**
 * Pain reports and what they mean, given today's limits. No rule numbers live here (they are in rules.ts,
 * applied by pain-limits.ts), so the player can decide at once without loading the rules table.
 */
/** How a pain feels besides its number (asked optionally, in one tap). */
export type PainKind = 'sharp' | 'shooting' | 'new';

/** Every pain kind, in the order the sheet offers them. */
export const PAIN_KINDS: readonly PainKind[] = ['sharp', 'shooting', 'new'];

/** One pain report during an exercise: a number 0–10 and, optionally, how it feels. */
export interface PainReport {
  level: number;
  kind?: PainKind;
}

/**
 * Today's pain limits, decided once from the check-in (src/engine/clinical/README.md, section 5) and carried
 * with the session: an exercise stops above `stopAbove`; from `stopForTodayFrom` the first choice is to stop
 * for today; pain after the session from `adviseAfterFrom` gets advice and a question the next morning.
 */
export interface PainLimits {
  stopAbove: number;
  stopForTodayFrom: number;
  adviseAfterFrom: number;
}

/** The stricter of two sets of limits, field by field (a worse day since a session was saved wins). */
export function stricterLimits(a: PainLimits, b: PainLimits): PainLimits {
  return {
    stopAbove: Math.min(a.stopAbove, b.stopAbove),
    stopForTodayFrom: Math.min(a.stopForTodayFrom, b.stopForTodayFrom),
    adviseAfterFrom: Math.min(a.adviseAfterFrom, b.adviseAfterFrom),
  };
}

/** What a pain report means: whether the exercise stops, and what the sheet offers first. */
export interface PainResponse {
  stopsExercise: boolean;
  /** 'stop-for-today': stopping the session comes first; 'easier': the easier variant comes first. */
  firstChoice: 'stop-for-today' | 'easier';
}

/**
 * The answer to a pain report (section 5): the exercise stops above today's limit, or at any number when the
 * pain is sharp, shooting or new; severity alone decides what is offered first.
 */
export function painResponse(report: PainReport, limits: PainLimits): PainResponse {
  return {
    stopsExercise: report.level > limits.stopAbove || report.kind !== undefined,
    firstChoice: report.level >= limits.stopForTodayFrom ? 'stop-for-today' : 'easier',
  };
}

/** Whether pain right after a session calls for the stop-for-today advice and a question the next morning. */
export function needsAftercare(painAfter: number | undefined, limits: PainLimits): boolean {
  return painAfter !== undefined && painAfter >= limits.adviseAfterFrom;
}

