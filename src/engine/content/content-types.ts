import type { Movement } from './movement-types';

/** Dose tiers from the daily check-in (src/engine/clinical/README.md, "Tiers"). */
export type Tier = 'green' | 'amber' | 'red';
export const TIERS: readonly Tier[] = ['green', 'amber', 'red'];

/** Body regions an exercise works. */
export type Region = 'lower-back' | 'sacroiliac' | 'hip' | 'upper-back' | 'core' | 'neck-shoulders' | 'whole-body';
export const REGIONS: readonly Region[] = ['lower-back', 'sacroiliac', 'hip', 'upper-back', 'core', 'neck-shoulders', 'whole-body'];

/** What kind of work an exercise is. */
export type Category =
  | 'mobility' | 'isometric' | 'strength' | 'stretch' | 'nerve-glide' | 'breathing' | 'aerobic' | 'balance';
export const CATEGORIES: readonly Category[] = [
  'mobility', 'isometric', 'strength', 'stretch', 'nerve-glide', 'breathing', 'aerobic', 'balance',
];

/** Starting position. */
export type Position = 'lying' | 'side-lying' | 'prone' | 'hands-and-knees' | 'forearms-and-knees' | 'seated' | 'standing';
export const POSITIONS: readonly Position[] = ['lying', 'side-lying', 'prone', 'hands-and-knees', 'forearms-and-knees', 'seated', 'standing'];

/** Equipment an exercise needs. */
export type Equipment = 'none' | 'chair' | 'wall' | 'pillow' | 'towel' | 'band';
export const EQUIPMENT: readonly Equipment[] = ['none', 'chair', 'wall', 'pillow', 'towel', 'band'];

/**
 * Precaution tags, each derived from an exercise's movement (src/engine/clinical/movement-tags.ts); the
 * README in src/engine/clinical says what each means and which profile item or day rules it out.
 */
export type PrecautionTag =
  | 'spinal-flexion-loaded'
  | 'spinal-flexion-end-range'
  | 'flexion-rotation'
  | 'end-range-twist'
  | 'loaded-end-range-extension'
  | 'hip-loading'
  | 'impact'
  | 'hip-flexion-past-90'
  | 'crossing-midline'
  | 'hip-inward-rotation'
  | 'hip-extension-outward-rotation'
  | 'hip-end-range'
  | 'fall-risk'
  | 'resistance'
  | 'weight-through-hands'
  | 'stretches';
export const PRECAUTION_TAGS: readonly PrecautionTag[] = [
  'spinal-flexion-loaded', 'spinal-flexion-end-range', 'flexion-rotation', 'end-range-twist',
  'loaded-end-range-extension', 'hip-loading', 'impact', 'hip-flexion-past-90', 'crossing-midline',
  'hip-inward-rotation', 'hip-extension-outward-rotation', 'hip-end-range', 'fall-risk', 'resistance',
  'weight-through-hands', 'stretches',
];

/**
 * How much of an exercise to do. Counted reps are paced at `repSeconds` each;
 * a timed hold is `reps` holds of `holdSeconds`, with `releaseSeconds` between them.
 */
export interface Dose {
  sets: number;
  reps: number;
  holdSeconds?: number;
  repSeconds?: number;
  releaseSeconds?: number;
  perSide: boolean;
  restSeconds: number;
}

/**
 * One exercise as stored in `exercises/<id>.json`. The file also holds a hand-written `tags` list, which
 * the content validator compares with the tags derived from `movement`; the app reads only the derived ones.
 */
export interface Exercise {
  id: string;
  name: string;
  purpose: string;
  regions: Region[];
  category: Category;
  position: Position;
  equipment: Equipment[];
  dose: Dose;
  tiers: Partial<Record<Tier, Dose>>;
  movement: Movement;
  steps: string[];
  cues: string[];
  mistakes: string[];
  stopIf: string[];
  easier?: string;
  harder?: string;
  /** Safer versions offered in its place, in order, when this one is ruled out (mid-range, on forearms). */
  standIns?: string[];
  illustration: string;
  alt: string;
}

/** One entry of a routine: an exercise, optionally with its own dose. */
export interface RoutineItem {
  exercise: string;
  dose?: Dose;
}

/** A routine, exactly as stored in `exercises/routines/<id>.json`. */
export interface Routine {
  id: string;
  name: string;
  purpose: string;
  suits: string;
  timeOfDay?: 'morning' | 'evening' | 'any';
  warmUp: RoutineItem[];
  main: RoutineItem[];
  coolDown: RoutineItem[];
}

/** The whole validated library, keyed by id. */
export interface Library {
  exercises: ReadonlyMap<string, Exercise>;
  routines: ReadonlyMap<string, Routine>;
}
