import type { CueName } from '../engine/session/cues';

/** Vibration pattern per cue (ms on, off, on…): start, switch-sides and session-complete are unmistakable. */
export const VIBRATION_PATTERNS: Readonly<Record<CueName, readonly number[]>> = {
  'countdown-3': [40],
  'countdown-2': [40],
  'countdown-1': [60],
  start: [250],
  hold: [120],
  release: [60, 80, 60],
  rep: [25],
  'switch-sides': [80, 80, 80, 80, 80],
  rest: [150],
  'next-exercise': [100, 100, 100],
  'exercise-done': [120, 100, 200],
  'session-complete': [200, 120, 200, 120, 500],
  'get-ready': [60],
  'well-done': [100, 100, 250],
  // The breath pacer's turns stay still: a buzz every few seconds would break the calm.
  'breathe-in': [],
  'breathe-out': [],
};

/** Vibrates the cue's pattern where the Vibration API exists (Android); silently does nothing elsewhere. */
export function vibrateFor(cue: CueName, nav: { vibrate?: (pattern: number[]) => boolean } | undefined): void {
  if (typeof nav?.vibrate !== 'function' || VIBRATION_PATTERNS[cue].length === 0) return;
  try {
    nav.vibrate([...VIBRATION_PATTERNS[cue]]);
  } catch {
    // Some browsers throw when vibration is blocked (no user activation yet); a missed buzz is harmless.
  }
}
