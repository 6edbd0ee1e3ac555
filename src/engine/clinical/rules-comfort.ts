/**
 * The comfort-care part of the rules table (README "Comfort tips"): which short tip fits which moment.
 * Tips are codes; their words live in src/i18n. Never medication advice beyond "ask your doctor".
 */
import type { Tier } from '../content/content-types';
import type { MorningFeeling, ProfileFlag, TriageOutcome } from './check-in-types';

/** The care topics the tips cover, one or more tips each. */
export type TipTopic =
  | 'heat-cold' | 'posture' | 'pacing' | 'weight' | 'stress' | 'smoking' | 'braces' | 'massage'
  | 'pain-relief' | 'injections-surgery' | 'sun';
export const TIP_TOPICS: readonly TipTopic[] = [
  'heat-cold', 'posture', 'pacing', 'weight', 'stress', 'smoking', 'braces', 'massage', 'pain-relief', 'injections-surgery', 'sun',
];

/** When a tip applies: every condition given must hold. */
export interface TipCondition {
  has?: readonly ProfileFlag[];
  hasAny?: readonly ProfileFlag[];
  lacks?: readonly ProfileFlag[];
  timeOfDay?: 'morning' | 'evening';
  outdoorWalking?: boolean;
  tiers?: readonly Tier[];
  morning?: readonly MorningFeeling[];
  /** Whether any joint was reported hot or swollen today. */
  hotJoints?: boolean;
  triage?: readonly TriageOutcome[];
  painAtLeast?: number;
  routines?: readonly string[];
}

/** The code of each tip. */
export type TipId =
  | 'raynauds-warmth' | 'heat-or-cold' | 'morning-warmth' | 'hot-joint-cool' | 'hot-joint-raynauds' | 'braces'
  | 'sun-protection' | 'pacing' | 'pain-settles' | 'flare-rest' | 'posture' | 'weight' | 'stress' | 'smoking'
  | 'massage' | 'pain-relief' | 'worse-morning' | 'injections-surgery';

/** A short comfort tip: its code (words under `tip.<id>` in src/i18n), its topic and when it fits. */
export interface ComfortTip {
  id: TipId;
  topic: TipTopic;
  when: TipCondition;
}

/** Comfort tips. Heat is never suggested on a day with a hot or swollen joint (heat feeds inflammation). */
export const COMFORT_TIPS: readonly ComfortTip[] = [
  // Raynaud's: heat, never cold packs; warm clothing
  { id: 'raynauds-warmth', topic: 'heat-cold', when: { has: ['raynauds'], hotJoints: false } },
  // seed: heat/cold therapy relieves sore muscles and joints (no cold with Raynaud's)
  { id: 'heat-or-cold', topic: 'heat-cold', when: { lacks: ['raynauds'], hotJoints: false } },
  // warmth before the morning-stiffness routine
  { id: 'morning-warmth', topic: 'heat-cold', when: { timeOfDay: 'morning', hotJoints: false } },
  // a hot joint: rest, support, a cool (never icy) compress in a cloth; no heat
  { id: 'hot-joint-cool', topic: 'heat-cold', when: { hotJoints: true, lacks: ['raynauds'] } },
  // a hot joint with Raynaud's: rest and support, no heat on the joint and no cold either
  { id: 'hot-joint-raynauds', topic: 'heat-cold', when: { hotJoints: true, has: ['raynauds'] } },
  // seed: braces support unstable joints; a physiotherapist fits them
  { id: 'braces', topic: 'braces', when: { hotJoints: true } },
  // photosensitivity: sun protection on outdoor walking
  { id: 'sun-protection', topic: 'sun', when: { has: ['photosensitivity'], outdoorWalking: true } },
  // NHS leaflets, EULAR 2023 fatigue: several short bouts beat one long one
  { id: 'pacing', topic: 'pacing', when: { tiers: ['amber', 'red'] } },
  // NHS leaflets: pain should settle within about 2 hours and by the next morning
  { id: 'pain-settles', topic: 'pacing', when: {} },
  // a flare day: rest is care; a long flare goes to the rheumatology team
  { id: 'flare-rest', topic: 'pacing', when: { tiers: ['red'] } },
  // seed: proper posture
  { id: 'posture', topic: 'posture', when: {} },
  // seed: weight loss eases the back and hips; kindly, and through the care team
  { id: 'weight', topic: 'weight', when: { tiers: ['green'], routines: ['cardio-bone-health', 'bone-health', 'hip-strength-mobility'] } },
  // seed: stress reduction
  { id: 'stress', topic: 'stress', when: { routines: ['back-spasm-relief', 'night-hip-comfort', 'flare-day-gentle'] } },
  // seed: quitting smoking; smoking also thins bones, which matters most on steroids
  { id: 'smoking', topic: 'smoking', when: { routines: ['bone-health', 'cardio-bone-health'] } },
  // seed: massage relaxes tight muscles that spasm
  { id: 'massage', topic: 'massage', when: { routines: ['back-spasm-relief', 'night-hip-comfort'], hotJoints: false } },
  // seed: over-the-counter pain relief, only through the doctor or pharmacist
  { id: 'pain-relief', topic: 'pain-relief', when: { painAtLeast: 4 } },
  // a worse morning is a signal; medicines only through the doctor
  { id: 'worse-morning', topic: 'pain-relief', when: { morning: ['worse'] } },
  // seed: joint injections, and surgery for badly damaged joints, are for the rheumatologist to weigh
  { id: 'injections-surgery', topic: 'injections-surgery', when: { triage: ['see-doctor'] } },
];
