import type { SessionSection } from '../clinical/routine-plan';

/**
 * Every sound the player can ask for. The audio sprite has one segment per name
 * (see src/audio/sprite.json); the engine only says which cue is due and when.
 */
export type CueName =
  | 'countdown-3'
  | 'countdown-2'
  | 'countdown-1'
  | 'start'
  | 'hold'
  | 'release'
  | 'rep'
  | 'switch-sides'
  | 'rest'
  | 'next-exercise'
  | 'exercise-done'
  | 'session-complete'
  | 'get-ready'
  | 'well-done'
  | BreathCue;

/** The breath pacer's turns ("Breathe in", "and out"): spoken only, with no tone and no banner (the pacer shows them). */
export type BreathCue = 'breathe-in' | 'breathe-out';

/** Every cue with a tone, in the order they are rendered into the sprite. */
export const CUE_NAMES: readonly CueName[] = [
  'countdown-3', 'countdown-2', 'countdown-1', 'start', 'hold', 'release', 'rep', 'switch-sides',
  'rest', 'next-exercise', 'exercise-done', 'session-complete', 'get-ready', 'well-done',
];

/** A cue due at an absolute wall-clock time (ms since epoch). */
export interface DueCue {
  cue: CueName;
  at: number;
  /** The exercise a "get ready" or "next exercise" cue introduces: its name is spoken after the cue. */
  exerciseId?: string;
  /** The side about to be worked ("get ready" and "switch sides" of a one-sided exercise). */
  side?: 'left' | 'right';
  /** The part of the routine the introduced exercise opens ("get ready" and "next exercise"): said before its name. */
  part?: SessionSection;
}
