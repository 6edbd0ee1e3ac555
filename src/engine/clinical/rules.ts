/**
 * Every clinical rule Flarewise encodes, as tables, in one place for review by a rheumatologist or
 * physiotherapist. Each row names its source. The other engine files only apply these tables.
 * Conservative defaults: the app does not replace the user's care team.
 */
import type { Category, PrecautionTag, Tier } from '../content/content-types';
import type { Exposure } from './movement-tags';
import type { FlareState, HotRegion } from './check-in-types';

// Section 2, the safety triage, lives in rules-triage.ts.

// ---------------------------------------------------------------- section 3: dose tiers

/** A check-in answer a tier rule looks at. */
export type TierCondition =
  | { answer: 'flare'; is: readonly FlareState[] }
  | { answer: 'hotJoints'; anyOf: readonly HotRegion[] }
  | { answer: 'pain' | 'fatigue'; atLeast: number };

/** A check-in answer that puts the day in `tier` (the reason shown is the answer itself, as a code). */
export interface TierRule {
  tier: Exclude<Tier, 'green'>;
  when: TierCondition;
}

/** Tier rules; the worst matching tier decides, green when none match (README "Tiers"). */
export const TIER_RULES: readonly TierRule[] = [
  // red; Arnaud et al. RMD Open 2024: reassess and scale down in any flare
  { tier: 'red', when: { answer: 'flare', is: ['moderate', 'severe'] } },
  // red: pain ≥ 6 (heuristic threshold)
  { tier: 'red', when: { answer: 'pain', atLeast: 6 } },
  // red: fatigue ≥ 8 (heuristic threshold)
  { tier: 'red', when: { answer: 'fatigue', atLeast: 8 } },
  // red; Arnaud 2024 and NHS leaflets: do not exercise inflamed joints; hot hips make every standing move a load
  { tier: 'red', when: { answer: 'hotJoints', anyOf: ['hips'] } },
  // amber: mild flare
  { tier: 'amber', when: { answer: 'flare', is: ['mild'] } },
  // amber: pain 4–5
  { tier: 'amber', when: { answer: 'pain', atLeast: 4 } },
  // amber: fatigue 6–7
  { tier: 'amber', when: { answer: 'fatigue', atLeast: 6 } },
  // amber: hot or swollen joints other than the hips (each is also protected on its own, README "Inflamed joints")
  { tier: 'amber', when: { answer: 'hotJoints', anyOf: ['knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows'] } },
];

/** Tiers from least to most restrictive. */
export const TIER_ORDER: readonly Tier[] = ['green', 'amber', 'red'];

/** What kind of work a tier offers: allowed categories, and tags never offered in it. */
export interface TierOffer {
  categories: readonly Category[];
  excludedTags: readonly PrecautionTag[];
}

/** What each tier offers (README "Tiers", "what is offered"). */
export const TIER_OFFERS: Readonly<Record<Tier, TierOffer>> = {
  // green: the full routine
  green: { categories: ['mobility', 'isometric', 'strength', 'stretch', 'nerve-glide', 'breathing', 'aerobic', 'balance'], excludedTags: [] },
  // amber: range of motion (gentle stretches and nerve sliders count), isometric and gentle aerobic work;
  // strength, resistance, balance training and impact wait for a green day
  amber: { categories: ['mobility', 'isometric', 'stretch', 'nerve-glide', 'breathing', 'aerobic'], excludedTags: ['impact', 'resistance'] },
  // red: breathing, relaxation, pain-free range of motion; no stretching, resistance, impact or nerve glides
  red: { categories: ['breathing', 'mobility'], excludedTags: ['resistance', 'impact', 'stretches'] },
};

/** Ceilings on a tier's dose as factors of the green dose; `timeFactor` caps the whole exercise's time too. */
export interface TierDoseCap {
  setsFactor: number;
  repsFactor: number;
  holdFactor: number;
  restFactor: number;
  timeFactor?: number;
  maxSets?: number;
  maxReps?: number;
  allowsProgression: boolean;
}

/** Dose ceilings per tier (README "Tiers", "dose"; the factors are heuristics, kept here). */
export const TIER_DOSE_CAPS: Readonly<Record<Tier, TierDoseCap>> = {
  // green: as prescribed; progression allowed (Silbernagel 2007)
  green: { setsFactor: 1, repsFactor: 1, holdFactor: 1, restFactor: 1, allowsProgression: true },
  // amber: about half the volume and about half the time (a routine's own dose never lifts it); no progression
  amber: { setsFactor: 0.5, repsFactor: 0.5, holdFactor: 0.6, restFactor: 1.5, timeFactor: 0.5, allowsProgression: false },
  // red: minutes, not a workout; 1 set of 1–3 reps (NHS rheumatology leaflets)
  red: { setsFactor: 0.5, repsFactor: 0.6, holdFactor: 0.6, restFactor: 2, maxSets: 1, maxReps: 3, allowsProgression: false },
};

/** Categories whose holds and reps the red factors leave alone (still 1 set of at most 3 reps). */
// Judgement: breathing and relaxation are what a flare day offers; shortening a slow breath helps nobody.
export const RED_FACTOR_EXEMPT: readonly Category[] = ['breathing'];

/** Dose floors: a dose never drops below these (or below the prescribed value if it is smaller). */
export const DOSE_FLOORS = { sets: 1, reps: 1, holdSeconds: 5 } as const;

/** Inflamed joints, in every tier (README "Inflamed joints"; Arnaud 2024; EULAR 2018; NHS leaflets). */
export const INFLAMED_JOINT_RULES = {
  // Arnaud 2024, NHS leaflets: no weight through, no resistance at and no stretch of a hot joint; a timed bout
  // that keeps moving it (marching, cycling) is many repetitions, not one
  excludedExposures: ['bears-weight', 'loads', 'stretches', 'moves-continuously'] as readonly Exposure[],
  // NHS leaflets: a flared joint is moved gently through its range once
  sets: 1,
  reps: 1,
} as const;

/** Days in a row on the red tier after which the app suggests contacting the rheumatology team (README "Tiers"). */
export const PROLONGED_FLARE_DAYS = 3;

/** The routine suggested when nothing in a routine suits today. */
export const GENTLEST_ROUTINE_ID = 'flare-day-gentle';

// Section 4, the precaution profile, lives in rules-precautions.ts.

// ---------------------------------------------------------------- section 5: pain-guided progression

/** Pain limits during and after a session (src/engine/clinical/README.md, section 5). */
export const PAIN_RULES = {
  // Silbernagel 2007 pain-monitoring model, tightened for SLE: stop above 5/10 in green, above 3/10 in amber and red
  tierLimits: { green: 5, amber: 3, red: 3 } as Readonly<Record<Tier, number>>,
  // v2: the limit is never below today's check-in pain + 2, so someone who started at 4 is not stopped by every report
  aboveCheckIn: 2,
  // v2: at 7/10 or more, or 4 above the check-in, the first choice is to stop for today (NHS leaflets: pain should settle)
  stopForTodayAt: 7,
  stopForTodayAboveCheckIn: 4,
  // v2: pain right after a session 3 or more above the check-in gets the same advice and a question next morning
  afterSessionAboveCheckIn: 3,
  // judgement: time to change position before an easier variant starts (a get-ready lead-in, not a workout step)
  easierLeadInSeconds: 10,
  // NHS leaflets: pain should settle within about 2 hours and by the next morning
  settleWithinHours: 2,
} as const;

/** Progression settings (src/engine/clinical/README.md, section 5; Silbernagel 2007 pain-monitoring model). */
export const PROGRESSION = {
  minLevel: -3, // heuristic: three steps easier is the floor; beyond that, the tier does the work
  maxDoseLevel: 3, // heuristic: three steps above the prescription is the top of an exercise's range
  maxLevel: 4, // v2: one step past the top of the range swaps in the harder variant, where one exists
  repsPerLevel: 1, // section 5: one more rep
  holdSecondsPerLevel: 5, // section 5: or +5 s hold
  levelsPerSet: 2, // heuristic: every second step down also takes off one set ("fewer sets")
  maxReps: 20, // heuristic sane maximum for progressed reps
  maxHoldSeconds: 60, // heuristic sane maximum for a progressed hold
  sessionsToStepUp: 3, // section 5: three sessions rated about right or too easy
  lookbackDays: 7, // section 5: no worse morning and no pain stop in the last 7 days
  breakDaysOneLower: 7, // v2: 7+ days without a session, the next session is one level lower
  breakDaysRestart: 14, // v2: 14+ days without a session, restart at level 0
  flareDaysRestart: 3, // v2: a flare lasting more than 3 days (red days in a row), restart at level 0
} as const;

// ---------------------------------------------------------------- section 8: pacing

/** Pacing in short bouts (src/engine/clinical/README.md, section 8; EULAR 2023 fatigue; NHS leaflets). */
export const PACING_RULES = {
  // section 8: on amber and red days the plan offers the split first
  splitFirstTiers: ['amber', 'red'] as readonly Tier[],
  // judgement: a routine is split into this many parts, at an exercise boundary
  parts: 2,
  // judgement: a routine shorter than this many exercises is not worth splitting
  minExercisesToSplit: 2,
} as const;
