/**
 * How an exercise moves, as data (src/engine/clinical/README.md, "Derived tags"). Every precaution tag
 * and every inflamed-joint rule is worked out from this description; nothing is tagged from memory.
 */

/** A joint region the check-in asks about and an exercise can move, load, stretch or bear weight through. */
export type JointRegion = 'hips' | 'knees' | 'ankles-feet' | 'hands-wrists' | 'shoulders-elbows';
export const JOINT_REGIONS: readonly JointRegion[] = ['hips', 'knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows'];

/** A part that can carry load or be stretched: a joint region, or the spine. */
export type BodyPart = JointRegion | 'spine';
export const BODY_PARTS: readonly BodyPart[] = [...JOINT_REGIONS, 'spine'];

/** What the body rests on while the exercise is done. */
export type BaseOfSupport =
  | 'lying' | 'seated' | 'two-feet' | 'split-stance' | 'walking' | 'one-foot' | 'heel-to-toe'
  | 'hands-and-knees' | 'forearms-and-knees';
export const BASES: readonly BaseOfSupport[] = [
  'lying', 'seated', 'two-feet', 'split-stance', 'walking', 'one-foot', 'heel-to-toe', 'hands-and-knees', 'forearms-and-knees',
];

/** How far a joint goes: not at all, within the middle of its range, or to (or near) the end of its range. */
export type RangeOfMotion = 'none' | 'mid-range' | 'end-range';
export const RANGES: readonly RangeOfMotion[] = ['none', 'mid-range', 'end-range'];

/** What the working muscles push against: nothing, a held squeeze that does not move, the body's weight, or a band. */
export type LoadKind = 'none' | 'isometric' | 'body-weight' | 'band';
export const LOAD_KINDS: readonly LoadKind[] = ['none', 'isometric', 'body-weight', 'band'];

/** What the hands hold for balance. */
export type Support = 'none' | 'chair' | 'counter' | 'wall';
export const SUPPORTS: readonly Support[] = ['none', 'chair', 'counter', 'wall'];

/** The spine's movement; `assisted`: arms, a towel or a chair back take it further than its own muscles would. */
export interface SpineMovement {
  flexion: RangeOfMotion;
  extension: RangeOfMotion;
  rotation: RangeOfMotion;
  assisted: boolean;
}

/** The hip's movement; `flexionDegrees` is the most the hip bends at any moment (sitting upright is 90). */
export interface HipMovement {
  flexionDegrees: number;
  crossesMidline: boolean;
  inwardRotation: RangeOfMotion;
  outwardRotation: RangeOfMotion;
  extensionPastNeutral: boolean;
}

/** The movement of one exercise, in the exercise's JSON as `movement`. */
export interface Movement {
  base: BaseOfSupport;
  support: Support;
  spine: SpineMovement;
  hip: HipMovement;
  /** Joint regions the exercise moves. */
  moves: JointRegion[];
  /** `moves` happens over and over through a timed bout (marching, walking, cycling), not once per counted rep. */
  continuous: boolean;
  /** Joint regions that carry body weight (at least those the base of support puts weight through). */
  weightThrough: JointRegion[];
  /** What the muscles work against, and where. */
  load: { kind: LoadKind; at: BodyPart[] };
  impact: boolean;
  /** Parts the exercise stretches. */
  stretches: BodyPart[];
}
