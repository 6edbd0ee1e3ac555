/**
 * Every clinical rule Flarewise encodes, as tables, in one place for review by a rheumatologist or
 * physiotherapist. Each row names its source. The other engine files only apply these tables.
 * Conservative defaults: the app does not replace the user's care team.
 */
import type { Category, PrecautionTag, Tier } from '../content/content-types';
import type { Exposure } from './movement-tags';
import type {
  FlareState, HipApproach, HotRegion, ProfileFlag, TriageOutcome, TriageQuestionId,
} from './check-in-types';

// ---------------------------------------------------------------- section 2: safety triage

/** One safety question: asked yes/no; a yes gives `outcome`. `askIf`: asked only with one of these profile items. */
export interface TriageQuestion {
  id: TriageQuestionId;
  question: string;
  outcome: Exclude<TriageOutcome, 'none'>;
  reason: string;
  askIf?: readonly ProfileFlag[];
}

/** The safety questions, in the order the check-in asks them (CLINICAL.md section 2). */
export const TRIAGE_QUESTIONS: readonly TriageQuestion[] = [
  // seed; cauda equina red flags (AHCPR acute low back problems guideline)
  { id: 'bowel-bladder-or-saddle', outcome: 'emergency',
    question: 'Have you lost control of your bowel or bladder, or do you have new numbness in your groin, inner thighs or buttocks?',
    reason: 'Loss of bowel or bladder control, or new numbness around the groin, can mean the nerves at the base of the spine are being squeezed.' },
  // seed: possible fracture, muscle tear or disc herniation
  { id: 'sudden-severe-pain', outcome: 'emergency',
    question: 'Do you have sudden, severe back or hip pain, or are you unable to move your back or hip?',
    reason: 'Sudden severe pain, or not being able to move your back or hip, can mean a fracture, a tear or a slipped disc.' },
  // seed: possible blood clot in the lung
  { id: 'chest-pain-or-breathless', outcome: 'emergency',
    question: 'Do you have chest pain or difficulty breathing along with your pain?',
    reason: 'Chest pain or breathlessness with back or hip pain can mean a blood clot in the lung.' },
  // cauda equina red flags (AHCPR): progressive neurological deficit
  { id: 'leg-weakness', outcome: 'emergency',
    question: 'Do you have new or worsening weakness in one or both legs?',
    reason: 'New or worsening leg weakness can mean a nerve in your back is being squeezed.' },
  // seed: fever over 101°F with back/hip pain may be an infection or sepsis, worse on immunosuppressants
  { id: 'fever', outcome: 'urgent',
    question: 'Do you have a fever over 38.3°C (101°F) along with back or hip pain?',
    reason: 'A fever with back or hip pain can be an infection, especially if you take medicine that lowers your immunity. Contact your doctor today.' },
  // AHCPR fracture red flags; steroid-induced osteoporosis (ACR 2022 glucocorticoid osteoporosis guideline)
  { id: 'pain-after-fall-or-lift', outcome: 'urgent', askIf: ['steroidsLongTerm', 'osteoporosis', 'vertebralFracture'],
    question: 'Did this back pain start after a minor fall, bump or lift?',
    reason: 'Back pain after a minor fall or lift, with thin bones or long-term steroids, can be a broken bone in the spine. Get it checked before exercising.' },
  // seed: unrelenting pain despite treatment, rule out osteonecrosis
  { id: 'worsening-despite-treatment', outcome: 'see-doctor',
    question: 'Does your pain keep getting worse even with your treatment?',
    reason: 'Pain that keeps getting worse despite treatment should be checked by your doctor soon.' },
  // avascular necrosis in SLE (9.5% of 158 patients, mostly hips), linked to steroid use.
  // Also asked with a known AVN hip: a cleared hip that starts hurting again needs a fresh look.
  { id: 'groin-hip-pain-on-steroids', outcome: 'caution', askIf: ['steroidsLongTerm', 'avnHip'],
    question: 'Do you have new or worsening pain in your groin or hip?',
    reason: 'New or worsening groin or hip pain while taking steroids can be an early sign of bone damage in the hip (avascular necrosis). Contact your care team.' },
];

/** What each triage outcome does to today's session. `rank`: higher is more severe. */
export interface TriageEffect {
  rank: number;
  allowsSession: boolean;
  maxTier?: Tier;
  excludedTags: readonly PrecautionTag[];
  message: string;
  leftOutReason?: string;
}

/** The effect of each triage outcome (CLINICAL.md section 2, "what the app does"). */
export const TRIAGE_EFFECTS: Readonly<Record<TriageOutcome, TriageEffect>> = {
  // seed: "call 911 or go to the nearest Emergency Room"
  emergency: { rank: 4, allowsSession: false, excludedTags: [],
    message: 'This could be an emergency. Call your local emergency number (911 in the US) or go to the emergency room now. No exercise today.' },
  // seed (fever) and AHCPR (fracture): no exercise until checked
  urgent: { rank: 3, allowsSession: false, excludedTags: [],
    message: 'Contact your doctor today and get checked before you exercise. No exercise today.' },
  // seed: unrelenting pain; only the gentlest routine until seen
  'see-doctor': { rank: 2, allowsSession: true, maxTier: 'red', excludedTags: [],
    message: 'Please see your doctor soon. Until then, only the gentlest exercises are offered.' },
  // AVN in SLE: protect the hip until the care team has looked at it
  caution: { rank: 1, allowsSession: true, excludedTags: ['hip-loading', 'impact', 'hip-end-range'],
    message: 'Please contact your care team about your groin or hip pain. Until then, exercises that load the hip or jar it are left out.',
    leftOutReason: 'you have new groin or hip pain, so the hip is not loaded until your care team has checked it' },
  none: { rank: 0, allowsSession: true, excludedTags: [], message: 'No warning signs today.' },
};

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

// ---------------------------------------------------------------- section 4: precaution profile

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

/** Profile items after which the steroid bone rules apply, and which bring the bone-health routine forward. */
export const BONE_FLAGS: readonly ProfileFlag[] = ['steroidsLongTerm', 'osteoporosis', 'vertebralFracture'];

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
