/**
 * Every clinical rule Flarewise encodes, as tables, in one place for review by a rheumatologist or
 * physiotherapist. Each row names its source. The other engine files only apply these tables.
 * Conservative defaults: the app does not replace the user's care team.
 */
import type { Category, PrecautionTag, Tier } from '../content/content-types';
import type {
  FlareState, HipApproach, HotRegion, MorningFeeling, ProfileFlag, TriageOutcome, TriageQuestionId,
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
  caution: { rank: 1, allowsSession: true, excludedTags: ['hip-loading', 'impact'],
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

/** What kind of work a tier offers: allowed categories and tags that are never offered in it. */
export interface TierOffer {
  categories: readonly Category[];
  excludedTags: readonly PrecautionTag[];
  leftOutReason: string;
}

/** What each tier offers (CLINICAL.md section 3, "what is offered"). */
export const TIER_OFFERS: Readonly<Record<Tier, TierOffer>> = {
  // section 3 green: the full routine
  green: { categories: ['mobility', 'isometric', 'strength', 'stretch', 'nerve-glide', 'breathing', 'aerobic', 'balance'],
    excludedTags: [], leftOutReason: 'it is not part of this routine on a good day' },
  // section 3 amber: range of motion, isometric and gentle (no-impact) aerobic work only; stretch and
  // nerve glides count as range of motion, strength and balance training wait for a green day
  amber: { categories: ['mobility', 'isometric', 'stretch', 'nerve-glide', 'breathing', 'aerobic'],
    excludedTags: ['impact'], leftOutReason: 'today is a lighter day, so only gentle movement is offered' },
  // section 3 red: breathing, relaxation, pain-free range of motion; no resistance, no impact
  red: { categories: ['breathing', 'mobility', 'nerve-glide'],
    excludedTags: ['resistance', 'impact'], leftOutReason: 'today is a flare day, so only breathing and gentle movement are offered' },
};

/** Ceilings on a tier's dose, as factors of the green dose (rounded, never below 1 set, 1 rep, 5 s hold). */
export interface TierDoseCap {
  setsFactor: number;
  repsFactor: number;
  holdFactor: number;
  restFactor: number;
  maxSets?: number;
  maxReps?: number;
  allowsProgression: boolean;
}

/** Dose ceilings per tier (CLINICAL.md section 3 "dose"; the factors are heuristics, keep them here). */
export const TIER_DOSE_CAPS: Readonly<Record<Tier, TierDoseCap>> = {
  // section 3 green: as prescribed; progression allowed (Silbernagel 2007)
  green: { setsFactor: 1, repsFactor: 1, holdFactor: 1, restFactor: 1, allowsProgression: true },
  // section 3 amber: about half the volume, sets halved, fewer reps, shorter holds, longer rests, no progression
  amber: { setsFactor: 0.5, repsFactor: 0.6, holdFactor: 0.6, restFactor: 1.5, allowsProgression: false },
  // section 3 red: minutes, not a workout; 1 set of 1–3 reps (NHS rheumatology leaflets)
  red: { setsFactor: 0.5, repsFactor: 0.6, holdFactor: 0.6, restFactor: 2, maxSets: 1, maxReps: 3, allowsProgression: false },
};

/** Categories exempt from the factor caps (still held to their own tier dose and the red 1 set of 1–3 reps). */
// Judgement: breathing and relaxation are what a flare day offers (section 3 red); halving them helps nobody.
export const FACTOR_CAP_EXEMPT: readonly Category[] = ['breathing'];

/** Dose floors: a dose never drops below these (or below the prescribed value if it is smaller). */
export const DOSE_FLOORS = { sets: 1, reps: 1, holdSeconds: 5 } as const;

/** Rules for hot or swollen hips, in every tier (CLINICAL.md section 3 red; Arnaud 2024; NHS leaflets). */
export const HOT_HIP_RULES = {
  // NHS leaflets: move a flared joint gently through its range, one repetition
  inflamedJointReps: 1,
  // Arnaud 2024: avoid exercising (loading) inflamed joints during a joint flare
  excludedTags: ['hip-loading'] as readonly PrecautionTag[],
  // section 3 red: no stretching of inflamed joints
  excludedCategories: ['stretch'] as readonly Category[],
  // an exercise "works the hip" if its regions include the hip or it carries one of these hip tags
  hipTags: ['hip-loading', 'deep-hip-flexion', 'crossing-legs', 'inward-hip-rotation'] as readonly PrecautionTag[],
  leftOutReason: 'your hips are flared',
} as const;

/** Days in a row on the red tier after which the app suggests contacting the rheumatology team (section 3 red). */
export const PROLONGED_FLARE_DAYS = 3;

/** The routine suggested when nothing in a routine suits today. */
export const GENTLEST_ROUTINE_ID = 'flare-day-gentle';

// ---------------------------------------------------------------- section 4: precaution profile

/** A profile item and the tags it rules out; `liftedByClearance`: the specialist clearance lifts it. */
export interface PrecautionRule {
  when: ProfileFlag;
  /** For `hipReplacement`: the approaches this rule applies to ('not-sure' applies both sets). */
  approaches?: readonly HipApproach[];
  tags: readonly PrecautionTag[];
  liftedByClearance: boolean;
  why: string;
}

/** Precaution rules (CLINICAL.md section 4). */
export const PRECAUTION_RULES: readonly PrecautionRule[] = [
  // UK "Strong, Steady and Straight" 2022; ACR 2022 glucocorticoid-induced osteoporosis guideline
  { when: 'steroidsLongTerm', tags: ['spinal-flexion-loaded', 'flexion-rotation'], liftedByClearance: false,
    why: 'long-term steroids can thin the bones of the spine, so loaded or twisting forward bends are avoided' },
  // Strong, Steady and Straight 2022: avoid loaded and repeated flexion with osteoporosis
  { when: 'osteoporosis', tags: ['spinal-flexion-loaded', 'flexion-rotation'], liftedByClearance: false,
    why: 'with thin bones, loaded or twisting forward bends can break a bone in the spine' },
  // Strong, Steady and Straight 2022: after a vertebral fracture, no impact beyond brisk walking
  { when: 'vertebralFracture', tags: ['spinal-flexion-loaded', 'flexion-rotation', 'impact'], liftedByClearance: false,
    why: 'after a broken bone in the spine, forward bends, twists under load and jumping are avoided' },
  // AVN in SLE: protect the femoral head from load and impact unless the specialist says otherwise
  { when: 'avnHip', tags: ['hip-loading', 'impact'], liftedByClearance: true,
    why: 'a hip with avascular necrosis is not loaded or jarred until your specialist clears it' },
  // hip arthroplasty: protect the new joint from load and impact unless the specialist says otherwise
  { when: 'hipReplacement', tags: ['hip-loading', 'impact'], liftedByClearance: true,
    why: 'a replaced hip is not loaded or jarred until your specialist clears it' },
  // hip arthroplasty dislocation precautions (flexion past 90°, adduction, internal rotation).
  // Not lifted by the clearance flag, which (per section 4) covers loading and impact only;
  // lifting these needs its own surgeon's say-so, see the report's proposal.
  { when: 'hipReplacement', approaches: ['posterior', 'not-sure'], tags: ['deep-hip-flexion', 'crossing-legs', 'inward-hip-rotation'],
    liftedByClearance: false,
    why: 'with a hip replacement, bending the hip past a right angle, crossing the legs and turning the knee inward can dislocate it' },
  // falls while anticoagulated risk serious bleeding
  { when: 'bloodThinners', tags: ['fall-risk'], liftedByClearance: false,
    why: 'on blood thinners a fall can cause serious bleeding, so unsupported balance work is avoided' },
  // active myositis: inflamed muscles are not strengthened against load until the rheumatology team says so
  { when: 'activeMyositis', tags: ['resistance'], liftedByClearance: false,
    why: 'with active myositis, strength work waits for your rheumatology team’s plan' },
];

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

// ---------------------------------------------------------------- section 7: comfort care

/** When a tip applies: every condition given must hold. */
export interface TipCondition {
  has?: readonly ProfileFlag[];
  lacks?: readonly ProfileFlag[];
  timeOfDay?: 'morning' | 'evening';
  outdoorWalking?: boolean;
  tiers?: readonly Tier[];
  morning?: readonly MorningFeeling[];
}

/** A short comfort tip. Never medication advice beyond "ask your doctor". */
export interface ComfortTip {
  id: string;
  text: string;
  when: TipCondition;
}

/** Comfort tips (CLINICAL.md section 7). */
export const COMFORT_TIPS: readonly ComfortTip[] = [
  // section 4 Raynaud's: heat, never cold packs; warm-clothing reminder
  { id: 'raynauds-warmth', when: { has: ['raynauds'] },
    text: 'Use warmth, such as a warm pack or a warm shower, never cold packs. Wear gloves and warm socks before you start.' },
  // seed: heat/cold therapy relieves sore muscles and joints (not with Raynaud's)
  { id: 'heat-or-cold', when: { lacks: ['raynauds'] },
    text: 'A warm pack eases stiff muscles; a cool pack wrapped in a towel can calm a hot, sore spot. Use whichever feels better.' },
  // section 7: warmth before the morning-stiffness routine
  { id: 'morning-warmth', when: { timeOfDay: 'morning' },
    text: 'Morning stiffness eases with warmth: a warm shower or a warm pack for a few minutes before you start.' },
  // section 4 photosensitivity: sun-protection reminder on outdoor walking
  { id: 'sun-protection', when: { has: ['photosensitivity'], outdoorWalking: true },
    text: 'Walking outside? Cover up, wear a wide-brimmed hat and sunscreen, and pick shade or the early morning or evening.' },
  // NHS leaflets: several short bouts beat one long one; seed: pacing
  { id: 'pacing', when: { tiers: ['amber', 'red'] },
    text: 'Pace yourself: a few short bouts through the day are kinder than one long one. Stop while you still feel able to do more.' },
  // NHS leaflets: pain should settle within about 2 hours and by the next morning
  { id: 'pain-settles', when: {},
    text: 'Some discomfort is fine, but it should settle within about 2 hours and be gone by the next morning.' },
  // seed: proper posture
  { id: 'posture', when: {},
    text: 'Change position often. Sit with your back supported and your feet flat on the floor.' },
  // section 3 red: rest on a flare day; if it lasts more than a few days, contact the rheumatology team
  { id: 'flare-rest', when: { tiers: ['red'] },
    text: 'Rest is part of looking after a flare. If it lasts more than a few days, contact your rheumatology team.' },
  // section 5 and 7: a worse morning is a signal; medicines only via the doctor
  { id: 'worse-morning', when: { morning: ['worse'] },
    text: 'Feeling worse this morning? Go gently today. For pain relief or any change to your medicines, ask your doctor.' },
];
