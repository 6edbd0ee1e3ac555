import type { Category, Position, PrecautionTag } from '../engine/content/content-types';
import { TIER_OFFERS } from '../engine/clinical/rules';
import {
  BASES, BODY_PARTS, JOINT_REGIONS, LOAD_KINDS, RANGES, SUPPORTS, type BaseOfSupport, type Movement,
} from '../engine/content/movement-types';
import { BASE_WEIGHT, deriveTags } from '../engine/clinical/movement-tags';
import {
  type Report, boolean, checkObject, integer, oneOf, required, setOf,
} from './check-fields';
import { TAG_FACTS, quoteFields } from './tag-facts';

const range = oneOf(RANGES);
const SPINE_FIELDS = { flexion: required(range), extension: required(range), rotation: required(range), assisted: required(boolean) };
const HIP_FIELDS = {
  flexionDegrees: required(integer(0, 150, '°')), crossesMidline: required(boolean),
  inwardRotation: required(range), outwardRotation: required(range), extensionPastNeutral: required(boolean),
};
const LOAD_FIELDS = { kind: required(oneOf(LOAD_KINDS)), at: required(setOf(BODY_PARTS)) };

const MOVEMENT_FIELDS = {
  base: required(oneOf(BASES)),
  support: required(oneOf(SUPPORTS)),
  spine: required((value, field, report) => void checkObject(value, field, SPINE_FIELDS, report)),
  hip: required((value, field, report) => void checkObject(value, field, HIP_FIELDS, report)),
  moves: required(setOf(JOINT_REGIONS)),
  continuous: required(boolean),
  weightThrough: required(setOf(JOINT_REGIONS)),
  load: required((value, field, report) => void checkObject(value, field, LOAD_FIELDS, report)),
  impact: required(boolean),
  stretches: required(setOf(BODY_PARTS)),
};

/** The bases of support that fit each starting position. */
const BASES_FOR: Readonly<Record<Position, readonly BaseOfSupport[]>> = {
  lying: ['lying'], 'side-lying': ['lying'], prone: ['lying'], seated: ['seated'],
  standing: ['two-feet', 'split-stance', 'walking', 'one-foot', 'heel-to-toe'],
  'hands-and-knees': ['hands-and-knees'], 'forearms-and-knees': ['forearms-and-knees'],
};

/** The facts of a movement that must agree with one another, each reported at its own field. */
function checkConsistency(m: Movement, position: unknown, report: Report): void {
  const allowed = BASES_FOR[position as Position] as readonly BaseOfSupport[] | undefined;
  if (allowed !== undefined && !allowed.includes(m.base)) {
    report('movement.base', `"${m.base}" does not fit position "${String(position)}" (one of: ${allowed.join(', ')})`);
  }
  for (const region of BASE_WEIGHT[m.base]) {
    if (!m.weightThrough.includes(region)) report('movement.weightThrough', `base "${m.base}" puts weight through ${region}: list it`);
  }
  if ((m.load.kind === 'none') !== (m.load.at.length === 0)) {
    report('movement.load.at', m.load.kind === 'none' ? 'must be empty when load.kind is "none"' : `must say where the ${m.load.kind} load is`);
  }
  const spineMoves = m.spine.flexion !== 'none' || m.spine.extension !== 'none' || m.spine.rotation !== 'none';
  if (m.spine.assisted && !spineMoves) report('movement.spine.assisted', 'is true, but the spine does not move');
  const hipTurns = m.hip.crossesMidline || m.hip.inwardRotation !== 'none' || m.hip.outwardRotation !== 'none' || m.hip.extensionPastNeutral;
  if (hipTurns && !m.moves.includes('hips')) report('movement.moves', 'the hip crosses, turns or extends, so "hips" must be listed');
  if (m.continuous && m.moves.length === 0) report('movement.continuous', 'is true, but nothing is in moves');
}

/** Reports every tag the file lists that the movement does not give, and every derived tag it leaves out. */
function checkTagsAgree(tags: unknown, movement: Movement, report: Report): void {
  if (!Array.isArray(tags)) return;
  const derived = deriveTags(movement);
  for (const tag of derived.filter((t) => !tags.includes(t))) {
    const facts = TAG_FACTS[tag];
    report('tags', `missing "${tag}": the movement gives it (${facts.rule}; here ${quoteFields(movement, facts.fields)})`);
  }
  const known = (t: unknown): t is PrecautionTag => typeof t === 'string' && Object.hasOwn(TAG_FACTS, t);
  for (const tag of tags.filter(known).filter((t) => !derived.includes(t))) {
    const facts = TAG_FACTS[tag];
    report('tags', `"${tag}" is not given by the movement (it needs ${facts.rule}; here ${quoteFields(movement, facts.fields)})`);
  }
}

/**
 * Checks an exercise's `movement` (shape, then agreement between its facts) and its hand-written `tags`
 * against it; returns the movement when its shape is sound, so other checks can derive from it.
 */
export function checkMovement(exercise: Record<string, unknown>, report: Report): Movement | undefined {
  const movement = exercise['movement'];
  let sound = true;
  const noted: Report = (field, message) => { sound = false; report(field, message); };
  if (movement === undefined) return undefined; // reported as a missing required field
  checkObject(movement, 'movement', MOVEMENT_FIELDS, noted);
  if (!sound) return undefined;
  checkConsistency(movement as Movement, exercise['position'], report);
  checkTagsAgree(exercise['tags'], movement as Movement, report);
  return movement as Movement;
}

/** A dose written for a tier that never offers the exercise is dead data, and a sign the tiers were misread. */
export function checkTierOffers(exercise: Record<string, unknown>, movement: Movement, report: Report): void {
  const tiers = exercise['tiers'];
  if (typeof tiers !== 'object' || tiers === null) return;
  const tags = deriveTags(movement);
  for (const tier of ['amber', 'red'] as const) {
    if ((tiers as Record<string, unknown>)[tier] === undefined) continue;
    const offer = TIER_OFFERS[tier];
    const tag = tags.find((t) => offer.excludedTags.includes(t));
    if (!offer.categories.includes(exercise['category'] as Category)) {
      report(`tiers.${tier}`, `${tier} never offers ${String(exercise['category'])} work: remove this dose`);
    } else if (tag !== undefined) report(`tiers.${tier}`, `${tier} never offers an exercise tagged "${tag}": remove this dose`);
  }
}
