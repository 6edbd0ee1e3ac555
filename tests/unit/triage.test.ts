import { describe, expect, it } from 'vitest';
import {
  EMPTY_PROFILE, TRIAGE_QUESTION_IDS, type PrecautionProfile, type SafetyAnswer, type TriageOutcome, type TriageQuestionId,
} from '../../src/engine/clinical/check-in-types';
import { firstAction, isSessionBlocked, questionsFor, triage, worseOutcome } from '../../src/engine/clinical/triage';
import { planRoutine } from '../../src/engine/clinical/routine-plan';
import { t } from '../../src/i18n/messages';
import '../../src/i18n/areas/triage';
import { FIXTURE_LIBRARY, checkIn, fixtureRoutine } from './clinical-fixtures';

const onSteroids = { ...EMPTY_PROFILE, steroidsLongTerm: true };

/** Triage for the given answers, everything else unanswered. */
function answer(safety: Partial<Record<TriageQuestionId, SafetyAnswer>>, profile: PrecautionProfile = onSteroids) {
  return triage(checkIn({ safety }), profile);
}

/** The words of what to do first, for someone whose emergency number is 999. */
function whatToDo(result: ReturnType<typeof triage>): string {
  const action = firstAction(result);
  return action === undefined ? '' : t(`triage.do.${action}`, { number: '999' });
}

/** Whether any session is planned after this outcome. */
function plannedItems(outcome: TriageOutcome): number {
  const plan = planRoutine(fixtureRoutine('flare-day-gentle'), FIXTURE_LIBRARY,
    { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: { outcome }, level: 0 });
  return plan.items.length;
}

describe('safety triage, one case per row of CLINICAL.md section 2', () => {
  it('loss of bowel or bladder control, new difficulty passing urine, or new saddle numbness → EMERGENCY: call your number now', () => {
    const result = answer({ 'bowel-bladder-or-saddle': 'yes' });
    expect(result).toMatchObject({ outcome: 'emergency', reasons: ['bowel-bladder-or-saddle'] });
    expect(t('triage.q.bowel-bladder-or-saddle')).toMatch(/hard to pass urine/);
    expect(whatToDo(result)).toMatch(/Call 999 now/);
    expect(whatToDo(result)).not.toMatch(/911/);
    expect(plannedItems(result.outcome)).toBe(0);
  });

  it('sudden severe pain that is new and unlike the usual, began with a fall, or cannot move or stand → EMERGENCY', () => {
    expect(answer({ 'sudden-severe-pain': 'yes' }).outcome).toBe('emergency');
    expect(t('triage.q.sudden-severe-pain')).toMatch(/unlike your usual pain.*fall or injury.*not stand on the leg/s);
    expect(isSessionBlocked('emergency')).toBe(true);
  });

  it('chest pain or difficulty breathing with the pain, or coughing up blood → EMERGENCY', () => {
    expect(answer({ 'chest-pain-or-breathless': 'yes' }).outcome).toBe('emergency');
    expect(t('triage.q.chest-pain-or-breathless')).toMatch(/coughing up blood/);
  });

  it('new weakness in the legs: a leg giving way, a foot that drags, new trouble walking → EMERGENCY (flare tiredness does not count)', () => {
    expect(answer({ 'leg-weakness': 'yes' }).outcome).toBe('emergency');
    expect(t('triage.q.leg-weakness')).toMatch(/gives way.*drags.*tiredness does not count/s);
  });

  it('fever over 101°F / 38.3°C with back or hip pain → EMERGENCY screen worded for infection: the doctor’s urgent line, or your number', () => {
    const result = answer({ fever: 'yes' });
    expect(result.outcome).toBe('emergency');
    expect(firstAction(result)).toBe('care-now-infection');
    expect(whatToDo(result)).toMatch(/urgent line.*call 999/s);
    expect(plannedItems(result.outcome)).toBe(0);
  });

  it('one calf or leg newly swollen, painful or warm → URGENT; EMERGENCY with breathlessness', () => {
    expect(answer({ 'calf-swelling': 'yes' }, EMPTY_PROFILE)).toMatchObject({ outcome: 'urgent', reasons: ['calf-swelling'] });
    const withBreath = answer({ 'calf-swelling': 'yes', 'chest-pain-or-breathless': 'yes' }, EMPTY_PROFILE);
    expect(withBreath.outcome).toBe('emergency');
    expect(firstAction(withBreath)).toBe('call-emergency');
    expect(plannedItems('urgent')).toBe(0);
  });

  it('new clumsiness of the hands, numbness in both hands, or unsteady walking → URGENT: be checked today', () => {
    const result = answer({ 'hands-or-gait': 'yes' }, EMPTY_PROFILE);
    expect(result.outcome).toBe('urgent');
    expect(whatToDo(result)).toMatch(/doctor today/);
  });

  it('new back or hip/groin pain after a minor fall or lift in the last 2 weeks, on steroids → URGENT; "a doctor has checked it" clears it', () => {
    expect(t('triage.q.pain-after-fall-or-lift')).toMatch(/last 2 weeks.*back, hip or groin/s);
    const result = answer({ 'pain-after-fall-or-lift': 'yes' });
    expect(result.outcome).toBe('urgent');
    expect(whatToDo(result)).toMatch(/before you exercise/);
    expect(answer({ 'pain-after-fall-or-lift': 'checked' })).toMatchObject({ outcome: 'none', reasons: [], unanswered: expect.not.arrayContaining(['pain-after-fall-or-lift']) });
    expect(questionsFor(onSteroids).find((q) => q.id === 'pain-after-fall-or-lift')?.clearable).toBe(true);
  });

  it('pain that keeps getting worse despite treatment → SEE YOUR DOCTOR soon; only the gentlest routine', () => {
    const result = answer({ 'worsening-despite-treatment': 'yes' });
    expect(result.outcome).toBe('see-doctor');
    expect(plannedItems(result.outcome)).toBeGreaterThan(0);
    const plan = planRoutine(fixtureRoutine('strength-basics'), FIXTURE_LIBRARY,
      { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: result, level: 0 });
    expect(plan.tier).toBe('red');
  });

  it('new or worsening groin/hip pain on steroids (no fall) → CAUTION: no hip loading, impact, deep hip flexion or end-range rotation', () => {
    const result = answer({ 'groin-hip-pain-on-steroids': 'yes' });
    expect(result.outcome).toBe('caution');
    expect(whatToDo(result)).toMatch(/care team/);
    const plan = planRoutine(fixtureRoutine('strength-basics'), FIXTURE_LIBRARY,
      { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: result, level: 0 });
    const scheduled = plan.items.map((item) => item.exercise.id);
    expect(scheduled).not.toContain('bridge');
    expect(scheduled).not.toContain('step-jacks');
    expect(plan.leftOut.find((l) => l.exerciseId === 'bridge')).toEqual({ exerciseId: 'bridge', cause: 'hip-caution', tag: 'hip-loading' });
    expect(plan.leftOut.find((l) => l.exerciseId === 'knee-to-chest')).toMatchObject({ cause: 'hip-caution', tag: 'hip-end-range' });
  });
});

describe('triage questions by profile (CLINICAL.md section 4)', () => {
  const asked = (p: PrecautionProfile = EMPTY_PROFILE) => questionsFor(p);

  it('asks the fracture and steroid hip questions only of profiles they concern, everything else of everyone', () => {
    const ids = (p?: PrecautionProfile) => asked(p).map((q) => q.id);
    expect(ids()).not.toContain('pain-after-fall-or-lift');
    expect(ids()).not.toContain('groin-hip-pain-on-steroids');
    expect(ids()).toContain('calf-swelling');
    expect(ids()).toContain('hands-or-gait');
    expect(ids({ ...EMPTY_PROFILE, osteoporosis: true })).toContain('pain-after-fall-or-lift');
    expect(ids(onSteroids)).toEqual([...TRIAGE_QUESTION_IDS]);
  });

  it('immunosuppressants: the fever question stresses the infection risk', () => {
    expect(asked().find((q) => q.id === 'fever')?.stressed).toBe(false);
    expect(asked({ ...EMPTY_PROFILE, immunosuppressants: true }).find((q) => q.id === 'fever')?.stressed).toBe(true);
    expect(t('triage.q.fever.stressed')).toMatch(/lower your immunity/);
  });

  it('antiphospholipid syndrome or past clots: the calf and breathlessness questions are always shown, never folded away', () => {
    const pinned = (p: PrecautionProfile) => asked(p).filter((q) => q.pinned).map((q) => q.id);
    expect(pinned(EMPTY_PROFILE)).toEqual([]);
    expect(pinned({ ...EMPTY_PROFILE, antiphospholipid: true })).toEqual(['chest-pain-or-breathless', 'calf-swelling']);
  });
});

describe('triage', () => {
  it('gives no outcome when every answer is no', () => {
    const safety = Object.fromEntries(TRIAGE_QUESTION_IDS.map((id) => [id, 'no']));
    expect(triage(checkIn({ safety }), onSteroids)).toEqual({ outcome: 'none', reasons: [], unanswered: [] });
  });

  it('lets the most severe answer win and keeps every reason, most severe first, as codes', () => {
    const result = answer({ 'worsening-despite-treatment': 'yes', 'calf-swelling': 'yes', 'leg-weakness': 'yes' }, EMPTY_PROFILE);
    expect(result.outcome).toBe('emergency');
    expect(result.reasons).toEqual(['leg-weakness', 'calf-swelling', 'worsening-despite-treatment']);
  });

  it('still counts a yes to a question the profile would not be asked', () => {
    expect(answer({ 'pain-after-fall-or-lift': 'yes' }, EMPTY_PROFILE).outcome).toBe('urgent');
  });

  it('lists unanswered questions so the first check-in of a day cannot skip them', () => {
    const result = answer({ fever: 'no' }, EMPTY_PROFILE);
    expect(result.unanswered).toHaveLength(questionsFor(EMPTY_PROFILE).length - 1);
    expect(result.unanswered).not.toContain('fever');
  });

  it('ranks outcomes emergency > urgent > see-doctor > caution > none', () => {
    expect(worseOutcome('caution', 'urgent')).toBe('urgent');
    expect(worseOutcome('emergency', 'see-doctor')).toBe('emergency');
    expect(worseOutcome('none', 'caution')).toBe('caution');
  });

  it('has every question, reason and short label in plain words', () => {
    for (const id of TRIAGE_QUESTION_IDS) {
      expect(t(`triage.q.${id}`)).toMatch(/^[A-Z].*\?( \(.*\))?$/);
      expect(t(`triage.why.${id}`)).toMatch(/^[A-Z].*\.$/);
      expect(t(`triage.short.${id}`)).toMatch(/^[a-z]/);
    }
  });
});
