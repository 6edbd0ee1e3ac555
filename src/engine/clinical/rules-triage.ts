/**
 * Section 2 of the clinical rules: the safety triage, as a table a rheumatologist or physiotherapist can review
 * in one place. Each row names its source; src/engine/clinical/README.md (section 2) explains each in plain words.
 * The questions' and advice's words live in src/i18n (keyed by the question id and the action code).
 */
import type { PrecautionTag, Tier } from '../content/content-types';
import type { ProfileFlag, TriageOutcome, TriageQuestionId } from './check-in-types';

/** What the person is told to do after a yes: each is a code the triage screens turn into words and buttons. */
export type TriageAction =
  | 'call-emergency' // call the emergency number now or go to the emergency room
  | 'care-now-infection' // get medical care now: the doctor's urgent line, or the emergency number
  | 'checked-today' // be checked by a doctor today
  | 'checked-before-exercise' // get it checked before exercising
  | 'see-doctor-soon' // see the doctor soon; only the gentlest routine meanwhile
  | 'contact-care-team'; // tell the care team; the hip is protected meanwhile

/** One safety question: asked yes/no, a yes gives `outcome` and `action`. */
export interface TriageQuestion {
  id: TriageQuestionId;
  outcome: Exclude<TriageOutcome, 'none'>;
  action: TriageAction;
  /** Asked only with one of these profile items (otherwise asked of everyone). */
  askIf?: readonly ProfileFlag[];
  /** With one of these profile items the question is always shown on its own, never folded into "none of these". */
  pinIf?: readonly ProfileFlag[];
  /** With one of these profile items the question is worded to stress why it matters for them. */
  stressIf?: readonly ProfileFlag[];
  /** Offers a third answer, "a doctor has checked it", which clears the question. */
  clearedByDoctor?: true;
}

/** The fever the fever question asks about (seed: over 101°F / 38.3°C); the question's words show these numbers. */
export const FEVER_OVER = { celsius: 38.3, fahrenheit: 101 } as const;

/** Profile items with which the bone questions are asked (long-term steroids, thin bones, a broken vertebra). */
const BONES: readonly ProfileFlag[] = ['steroidsLongTerm', 'osteoporosis', 'vertebralFracture'];

/** The safety questions, in the order the check-in asks them (README section 2). */
export const TRIAGE_QUESTIONS: readonly TriageQuestion[] = [
  // seed; cauda equina red flags incl. urinary retention (AHCPR acute low back problems guideline)
  { id: 'bowel-bladder-or-saddle', outcome: 'emergency', action: 'call-emergency' },
  // seed (fracture, tear, disc herniation); worded "new and unlike your usual pain" against alarm fatigue
  { id: 'sudden-severe-pain', outcome: 'emergency', action: 'call-emergency' },
  // seed: possible clot in the lung; coughing up blood added (v2). Always shown with a raised clot risk
  { id: 'chest-pain-or-breathless', outcome: 'emergency', action: 'call-emergency', pinIf: ['antiphospholipid'] },
  // cauda equina / cord compression red flags: a leg giving way, a dragging foot, new trouble walking
  { id: 'leg-weakness', outcome: 'emergency', action: 'call-emergency' },
  // seed: fever over 101°F / 38.3°C with back or hip pain needs prompt care (sepsis), more so on immunosuppressants
  { id: 'fever', outcome: 'emergency', action: 'care-now-infection', stressIf: ['immunosuppressants'] },
  // deep-vein thrombosis; antiphospholipid syndrome raises clot risk in SLE. With breathlessness the row above decides
  { id: 'calf-swelling', outcome: 'urgent', action: 'checked-today', pinIf: ['antiphospholipid'] },
  // seed FAQ: spinal cord compression (compressive myelopathy): clumsy hands, numb hands, unsteady walking
  { id: 'hands-or-gait', outcome: 'urgent', action: 'checked-today' },
  // AHCPR fracture flags; steroid-induced osteoporosis: a vertebral or hip fracture after a minor fall (2-week window)
  { id: 'pain-after-fall-or-lift', outcome: 'urgent', action: 'checked-before-exercise', askIf: BONES, clearedByDoctor: true },
  // seed: unrelenting pain despite treatment, rule out osteonecrosis
  { id: 'worsening-despite-treatment', outcome: 'see-doctor', action: 'see-doctor-soon' },
  // avascular necrosis in SLE (9.5% of 158 patients, mostly hips), linked to steroids; also asked with a known AVN hip
  { id: 'groin-hip-pain-on-steroids', outcome: 'caution', action: 'contact-care-team', askIf: ['steroidsLongTerm', 'avnHip'] },
];

/** What each triage outcome does to today's session. `rank`: higher is more severe. */
export interface TriageEffect {
  rank: number;
  allowsSession: boolean;
  maxTier?: Tier;
  excludedTags: readonly PrecautionTag[];
}

/** The effect of each triage outcome (README section 2, "what the app does"). */
export const TRIAGE_EFFECTS: Readonly<Record<TriageOutcome, TriageEffect>> = {
  // seed: "call 911 (the person's own number) or go to the nearest Emergency Room"; no session that day
  emergency: { rank: 4, allowsSession: false, excludedTags: [] },
  // calf, hands and gait, fracture after a fall: be checked first; no session that day
  urgent: { rank: 3, allowsSession: false, excludedTags: [] },
  // seed: unrelenting pain; only the gentlest routine until seen
  'see-doctor': { rank: 2, allowsSession: true, maxTier: 'red', excludedTags: [] },
  // AVN in SLE: no hip loading, impact, deep hip flexion or end-range rotation until the care team has looked
  caution: { rank: 1, allowsSession: true, excludedTags: ['hip-loading', 'impact', 'hip-end-range'] },
  none: { rank: 0, allowsSession: true, excludedTags: [] },
};

/** The fatigue trend worth telling the rheumatology team about (README section 2; EULAR 2023 fatigue). Advice, never a block. */
export const FATIGUE_TREND = {
  // EULAR 2023 fatigue recommendations: worsening fatigue should prompt a review of disease activity
  pointsAboveMedian: 2,
  // CLINICAL.md: "most days of the last 2 weeks": more than half of the 14 days, counting only days with a check-in
  recentDays: 14,
  mostOf: 0.5,
  // judgement: the person's own median comes from the 4 weeks before those 2 weeks, so the rise cannot raise it
  baselineDays: 28,
  // judgement: a median of fewer check-ins than this says little
  minBaselineCheckIns: 7,
  minRecentCheckIns: 7,
  // "say once": told again only after this many days
  quietDaysAfterTelling: 28,
} as const;
