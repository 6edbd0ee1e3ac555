/**
 * Section 4 of the clinical rules: the precaution profile, as a table for review in one place. Each row names
 * its source; src/engine/clinical/README.md (section 4) explains each in plain words.
 */
import type { PrecautionTag } from '../content/content-types';
import type { HipApproach, ProfileFlag } from './check-in-types';

/** Names of the precaution rules, so a left-out exercise can say which rule left it out. */
export type PrecautionRuleId =
  | 'bones-steroids' | 'bones-osteoporosis' | 'bones-fracture' | 'hip-avn' | 'hip-replacement-load'
  | 'hip-posterior' | 'hip-anterior' | 'falls-blood-thinners' | 'myositis-resistance' | 'hands-arthritis';

/** A profile item and the tags it rules out; `liftedByClearance`: "cleared by my specialist" lifts it. */
export interface PrecautionRule {
  id: PrecautionRuleId;
  when: ProfileFlag;
  /** For `hipReplacement`: the approaches this rule applies to ('not-sure' is in both sets). */
  approaches?: readonly HipApproach[];
  tags: readonly PrecautionTag[];
  liftedByClearance: boolean;
}

/** Bending the spine forward under load or to its end, twisting while bent, holding an end-range twist. */
const BONE_TAGS: readonly PrecautionTag[] = ['spinal-flexion-loaded', 'spinal-flexion-end-range', 'flexion-rotation', 'end-range-twist'];

/** Precaution rules (README "Precautions"). */
export const PRECAUTION_RULES: readonly PrecautionRule[] = [
  // UK "Strong, Steady and Straight" 2022; ACR 2022 glucocorticoid-induced osteoporosis guideline
  { id: 'bones-steroids', when: 'steroidsLongTerm', tags: BONE_TAGS, liftedByClearance: false },
  // Strong, Steady and Straight 2022: no loaded, end-range or twisting flexion with osteoporosis
  { id: 'bones-osteoporosis', when: 'osteoporosis', tags: BONE_TAGS, liftedByClearance: false },
  // Strong, Steady and Straight 2022: after a vertebral fracture also no impact beyond brisk walking and no
  // end-range extension under load (levering over a chair back)
  { id: 'bones-fracture', when: 'vertebralFracture', tags: [...BONE_TAGS, 'impact', 'loaded-end-range-extension'], liftedByClearance: false },
  // AVN in SLE: protect the femoral head from load and impact unless the specialist clears it
  { id: 'hip-avn', when: 'avnHip', tags: ['hip-loading', 'impact'], liftedByClearance: true },
  // hip arthroplasty: protect the new joint from load and impact unless the specialist clears it
  { id: 'hip-replacement-load', when: 'hipReplacement', tags: ['hip-loading', 'impact'], liftedByClearance: true },
  // posterior-approach dislocation precautions: flexion past 90°, crossing the midline, inward rotation.
  // The clearance covers loading and impact only; these need the surgeon's own say-so.
  { id: 'hip-posterior', when: 'hipReplacement', approaches: ['posterior', 'not-sure'],
    tags: ['hip-flexion-past-90', 'crossing-midline', 'hip-inward-rotation'], liftedByClearance: false },
  // anterior-approach dislocation precaution: extension past neutral with outward rotation
  { id: 'hip-anterior', when: 'hipReplacement', approaches: ['anterior', 'not-sure'],
    tags: ['hip-extension-outward-rotation'], liftedByClearance: false },
  // a fall while anticoagulated risks serious bleeding: no standing on one leg or heel-to-toe, even holding on
  { id: 'falls-blood-thinners', when: 'bloodThinners', tags: ['fall-risk'], liftedByClearance: false },
  // active myositis: no strength work until the rheumatology team's plan says so
  { id: 'myositis-resistance', when: 'activeMyositis', tags: ['resistance'], liftedByClearance: false },
  // hand or wrist arthritis (including Jaccoud's): no weight through the hands; forearm versions stand in
  { id: 'hands-arthritis', when: 'handArthritis', tags: ['weight-through-hands'], liftedByClearance: false },
];

/** The daily steroid dose the profile's "long-term steroids" item names, taken for over three months (README "Precautions"). */
export const LONG_TERM_STEROID_MG_PER_DAY = 2.5;

/** Profile items after which the steroid bone rules apply, and which bring the bone-health routine forward. */
export const BONE_FLAGS: readonly ProfileFlag[] = ['steroidsLongTerm', 'osteoporosis', 'vertebralFracture'];
