import { PRECAUTION_TAGS, type Exercise, type PrecautionTag } from '../content/content-types';
import type { BaseOfSupport, BodyPart, JointRegion, Movement } from '../content/movement-types';

// Which tag each movement fact gives is written out in README.md ("Derived tags"), row by row.

/** The joint regions a base of support always puts body weight through. */
export const BASE_WEIGHT: Readonly<Record<BaseOfSupport, readonly JointRegion[]>> = {
  lying: [],
  seated: [],
  'two-feet': ['hips', 'knees', 'ankles-feet'],
  'split-stance': ['hips', 'knees', 'ankles-feet'],
  walking: ['hips', 'knees', 'ankles-feet'],
  'one-foot': ['hips', 'knees', 'ankles-feet'],
  'heel-to-toe': ['hips', 'knees', 'ankles-feet'],
  'hands-and-knees': ['hands-wrists', 'shoulders-elbows', 'knees'],
  'forearms-and-knees': ['shoulders-elbows', 'knees'],
};

/** Whether the muscles work against the body's weight or a band at a part (a held squeeze does not count). */
const resists = (m: Movement, part: BodyPart): boolean => (m.load.kind === 'body-weight' || m.load.kind === 'band') && m.load.at.includes(part);

/** Whether a movement fact is present, one test per tag. */
const TAG_TESTS: Readonly<Record<PrecautionTag, (m: Movement) => boolean>> = {
  'spinal-flexion-loaded': (m) => m.spine.flexion !== 'none' && (m.spine.assisted || resists(m, 'spine')),
  'spinal-flexion-end-range': (m) => m.spine.flexion === 'end-range',
  'flexion-rotation': (m) => m.spine.flexion !== 'none' && m.spine.rotation !== 'none',
  'end-range-twist': (m) => m.spine.rotation === 'end-range',
  'loaded-end-range-extension': (m) => m.spine.extension === 'end-range' && (m.spine.assisted || resists(m, 'spine')),
  'hip-loading': (m) => weightThrough(m).includes('hips') || resists(m, 'hips'),
  impact: (m) => m.impact,
  'hip-flexion-past-90': (m) => m.hip.flexionDegrees > 90,
  'crossing-midline': (m) => m.hip.crossesMidline,
  'hip-inward-rotation': (m) => m.hip.inwardRotation !== 'none',
  'hip-extension-outward-rotation': (m) => m.hip.extensionPastNeutral && m.hip.outwardRotation !== 'none',
  'hip-end-range': (m) => m.hip.flexionDegrees > 90 || m.hip.inwardRotation === 'end-range' || m.hip.outwardRotation === 'end-range',
  'fall-risk': (m) => m.base === 'one-foot' || m.base === 'heel-to-toe',
  resistance: (m) => m.load.kind === 'body-weight' || m.load.kind === 'band',
  'weight-through-hands': (m) => weightThrough(m).includes('hands-wrists'),
  stretches: (m) => m.stretches.length > 0,
};

/** The joint regions a movement puts body weight through: those listed, and always those its base implies. */
export function weightThrough(movement: Movement): JointRegion[] {
  return [...new Set([...BASE_WEIGHT[movement.base], ...movement.weightThrough])];
}

/** The precaution tags of a movement, in vocabulary order: the one place tags come from. */
export function deriveTags(movement: Movement): PrecautionTag[] {
  return PRECAUTION_TAGS.filter((tag) => TAG_TESTS[tag](movement));
}

const cache = new WeakMap<Movement, readonly PrecautionTag[]>();

/** An exercise's derived precaution tags (worked out once per loaded exercise). */
export function tagsOf(exercise: Pick<Exercise, 'movement'>): readonly PrecautionTag[] {
  let tags = cache.get(exercise.movement);
  if (tags === undefined) {
    tags = deriveTags(exercise.movement);
    cache.set(exercise.movement, tags);
  }
  return tags;
}

/** How an exercise involves a joint region; a hot region allows only `moves`, and only once (README "Inflamed joints"). */
export type Exposure = 'bears-weight' | 'loads' | 'stretches' | 'moves-continuously' | 'moves';

/** Every way a movement involves a joint region, most demanding first; empty when it leaves the region alone. */
export function exposureOf(movement: Movement, region: JointRegion): Exposure[] {
  const found: Exposure[] = [];
  if (weightThrough(movement).includes(region)) found.push('bears-weight');
  if (movement.load.kind !== 'none' && movement.load.at.includes(region)) found.push('loads');
  if (movement.stretches.includes(region)) found.push('stretches');
  if (movement.moves.includes(region)) found.push(movement.continuous ? 'moves-continuously' : 'moves');
  return found;
}
