import type { PrecautionTag } from '../engine/content/content-types';

/** For build messages: the movement facts that give each tag, and the fields to quote (src/engine/clinical/README.md). */
export const TAG_FACTS: Readonly<Record<PrecautionTag, { rule: string; fields: readonly string[] }>> = {
  'spinal-flexion-loaded': { rule: 'spine.flexion other than none, with spine.assisted or a body-weight or band load at "spine"', fields: ['spine.flexion', 'spine.assisted', 'load'] },
  'spinal-flexion-end-range': { rule: 'spine.flexion "end-range"', fields: ['spine.flexion'] },
  'flexion-rotation': { rule: 'spine.flexion and spine.rotation both other than none', fields: ['spine.flexion', 'spine.rotation'] },
  'end-range-twist': { rule: 'spine.rotation "end-range"', fields: ['spine.rotation'] },
  'loaded-end-range-extension': { rule: 'spine.extension "end-range", with spine.assisted or a body-weight or band load at "spine"', fields: ['spine.extension', 'spine.assisted', 'load'] },
  'hip-loading': { rule: '"hips" in weightThrough (or under the base), or a body-weight or band load at "hips"', fields: ['base', 'weightThrough', 'load'] },
  impact: { rule: 'impact true', fields: ['impact'] },
  'hip-flexion-past-90': { rule: 'hip.flexionDegrees above 90', fields: ['hip.flexionDegrees'] },
  'crossing-midline': { rule: 'hip.crossesMidline true', fields: ['hip.crossesMidline'] },
  'hip-inward-rotation': { rule: 'hip.inwardRotation other than none', fields: ['hip.inwardRotation'] },
  'hip-extension-outward-rotation': { rule: 'hip.extensionPastNeutral true with hip.outwardRotation other than none', fields: ['hip.extensionPastNeutral', 'hip.outwardRotation'] },
  'hip-end-range': { rule: 'hip.flexionDegrees above 90, or an inward or outward hip rotation "end-range"', fields: ['hip.flexionDegrees', 'hip.inwardRotation', 'hip.outwardRotation'] },
  'fall-risk': { rule: 'base "one-foot" or "heel-to-toe" (holding on or not)', fields: ['base'] },
  resistance: { rule: 'load.kind "body-weight" or "band"', fields: ['load.kind'] },
  'weight-through-hands': { rule: '"hands-wrists" in weightThrough (or under the base)', fields: ['base', 'weightThrough'] },
  stretches: { rule: 'anything in stretches', fields: ['stretches'] },
};

/** The quoted values of some movement fields: `spine.flexion = "end-range", load.at = ["spine"]`. */
export function quoteFields(movement: unknown, fields: readonly string[]): string {
  const valueAt = (path: string): unknown =>
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], movement);
  return fields.map((field) => `${field} = ${JSON.stringify(valueAt(field))}`).join(', ');
}
