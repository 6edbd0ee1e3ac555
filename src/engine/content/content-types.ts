/** Dose tiers from the daily check-in (CLINICAL.md section 3). */
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
export type Position = 'lying' | 'side-lying' | 'prone' | 'hands-and-knees' | 'seated' | 'standing';
export const POSITIONS: readonly Position[] = ['lying', 'side-lying', 'prone', 'hands-and-knees', 'seated', 'standing'];

/** Equipment an exercise needs. */
export type Equipment = 'none' | 'chair' | 'wall' | 'pillow' | 'towel' | 'band';
export const EQUIPMENT: readonly Equipment[] = ['none', 'chair', 'wall', 'pillow', 'towel', 'band'];

/** Precaution tags (CLINICAL.md section 4): what a precaution profile can rule out. */
export type PrecautionTag =
  | 'spinal-flexion-loaded'
  | 'flexion-rotation'
  | 'hip-loading'
  | 'impact'
  | 'deep-hip-flexion'
  | 'crossing-legs'
  | 'inward-hip-rotation'
  | 'fall-risk'
  | 'resistance';
export const PRECAUTION_TAGS: readonly PrecautionTag[] = [
  'spinal-flexion-loaded', 'flexion-rotation', 'hip-loading', 'impact', 'deep-hip-flexion',
  'crossing-legs', 'inward-hip-rotation', 'fall-risk', 'resistance',
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

/** One exercise, exactly as stored in `exercises/<id>.json`. */
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
  tags: PrecautionTag[];
  steps: string[];
  cues: string[];
  mistakes: string[];
  stopIf: string[];
  easier?: string;
  harder?: string;
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
