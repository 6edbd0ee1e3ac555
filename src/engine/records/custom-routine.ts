/** The prefix that marks a routine as the user's own, so its id never clashes with a bundled one. */
export const CUSTOM_ROUTINE_PREFIX = 'custom-';

/** Whether a routine id names one the user built. */
export function isCustomRoutineId(id: string): boolean {
  return id.startsWith(CUSTOM_ROUTINE_PREFIX);
}
