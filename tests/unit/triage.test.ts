import { describe, expect, it } from 'vitest';
import { TRIAGE_QUESTIONS } from '../../src/engine/clinical/rules';
import { EMPTY_PROFILE, type TriageOutcome, type TriageQuestionId } from '../../src/engine/clinical/check-in-types';
import { isSessionBlocked, questionsFor, triage, worseOutcome } from '../../src/engine/clinical/triage';
import { planRoutine } from '../../src/engine/clinical/routine-plan';
import { FIXTURE_LIBRARY, checkIn, fixtureRoutine } from './clinical-fixtures';

const onSteroids = { ...EMPTY_PROFILE, steroidsLongTerm: true };

/** Triage for a single "yes". */
function answerYes(id: TriageQuestionId) {
  return triage(checkIn({ safety: { [id]: 'yes' } }), onSteroids);
}

/** Whether any session is planned after this outcome. */
function plannedItems(outcome: TriageOutcome): number {
  const plan = planRoutine(fixtureRoutine('flare-day-gentle'), FIXTURE_LIBRARY,
    { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: { outcome }, level: 0 });
  return plan.items.length;
}

describe('safety triage, one case per row of CLINICAL.md section 2', () => {
  it('loss of bowel or bladder control, or new saddle numbness → emergency, no session', () => {
    const result = answerYes('bowel-bladder-or-saddle');
    expect(result.outcome).toBe('emergency');
    expect(result.message).toMatch(/911/);
    expect(result.message).toMatch(/emergency room/);
    expect(plannedItems(result.outcome)).toBe(0);
  });

  it('sudden severe back or hip pain, or cannot move the back or hip → emergency, no session', () => {
    expect(answerYes('sudden-severe-pain').outcome).toBe('emergency');
    expect(isSessionBlocked('emergency')).toBe(true);
  });

  it('chest pain or difficulty breathing with the pain → emergency, no session', () => {
    expect(answerYes('chest-pain-or-breathless').outcome).toBe('emergency');
  });

  it('new or worsening weakness in one or both legs → emergency, no session', () => {
    expect(answerYes('leg-weakness').outcome).toBe('emergency');
  });

  it('fever over 38.3 °C / 101 °F with back or hip pain → urgent: contact your doctor today, no exercise', () => {
    const result = answerYes('fever');
    expect(result.outcome).toBe('urgent');
    expect(result.message).toMatch(/doctor today/);
    expect(plannedItems(result.outcome)).toBe(0);
  });

  it('back pain after a minor fall or lift on long-term steroids or with osteoporosis → urgent, no session', () => {
    const result = answerYes('pain-after-fall-or-lift');
    expect(result.outcome).toBe('urgent');
    expect(result.reasons[0]?.text).toMatch(/broken bone in the spine/);
  });

  it('pain that keeps getting worse despite treatment → see your doctor soon, only the gentlest routine', () => {
    const result = answerYes('worsening-despite-treatment');
    expect(result.outcome).toBe('see-doctor');
    expect(plannedItems(result.outcome)).toBeGreaterThan(0);
    const plan = planRoutine(fixtureRoutine('strength-basics'), FIXTURE_LIBRARY,
      { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: result, level: 0 });
    expect(plan.tier).toBe('red');
  });

  it('new or worsening groin or hip pain while taking steroids → caution: no hip loading, impact, deep hip flexion or end-range rotation', () => {
    const result = answerYes('groin-hip-pain-on-steroids');
    expect(result.outcome).toBe('caution');
    expect(result.message).toMatch(/care team/);
    const plan = planRoutine(fixtureRoutine('strength-basics'), FIXTURE_LIBRARY,
      { tier: 'green', profile: EMPTY_PROFILE, hotJoints: [], triage: result, level: 0 });
    const scheduled = plan.items.map((item) => item.exercise.id);
    expect(scheduled).not.toContain('bridge');
    expect(scheduled).not.toContain('step-jacks');
    expect(plan.leftOut.find((l) => l.exerciseId === 'bridge')).toEqual({ exerciseId: 'bridge', cause: 'hip-caution', tag: 'hip-loading' });
    expect(plan.leftOut.find((l) => l.exerciseId === 'knee-to-chest')).toMatchObject({ cause: 'hip-caution', tag: 'hip-end-range' });
  });
});

describe('triage', () => {
  it('gives no outcome when every answer is no', () => {
    const safety = Object.fromEntries(TRIAGE_QUESTIONS.map((q) => [q.id, 'no']));
    const result = triage(checkIn({ safety }), onSteroids);
    expect(result).toMatchObject({ outcome: 'none', reasons: [], unanswered: [] });
  });

  it('lets the most severe answer win and keeps every reason', () => {
    const result = triage(checkIn({ safety: { fever: 'yes', 'leg-weakness': 'yes', 'worsening-despite-treatment': 'yes' } }), EMPTY_PROFILE);
    expect(result.outcome).toBe('emergency');
    expect(result.reasons.map((r) => r.id)).toEqual(['leg-weakness', 'fever', 'worsening-despite-treatment']);
  });

  it('asks the fracture and steroid hip questions only of profiles they concern', () => {
    const asked = (p = EMPTY_PROFILE) => questionsFor(p).map((q) => q.id);
    expect(asked()).not.toContain('pain-after-fall-or-lift');
    expect(asked()).not.toContain('groin-hip-pain-on-steroids');
    expect(asked({ ...EMPTY_PROFILE, osteoporosis: true })).toContain('pain-after-fall-or-lift');
    expect(asked(onSteroids)).toEqual(TRIAGE_QUESTIONS.map((q) => q.id));
  });

  it('still counts a yes to a question the profile would not be asked', () => {
    expect(triage(checkIn({ safety: { 'pain-after-fall-or-lift': 'yes' } }), EMPTY_PROFILE).outcome).toBe('urgent');
  });

  it('lists unanswered questions so the first check-in of a day cannot skip them', () => {
    const result = triage(checkIn({ safety: { fever: 'no' } }), EMPTY_PROFILE);
    expect(result.unanswered).toHaveLength(questionsFor(EMPTY_PROFILE).length - 1);
    expect(result.unanswered).not.toContain('fever');
  });

  it('ranks outcomes emergency > urgent > see-doctor > caution > none', () => {
    expect(worseOutcome('caution', 'urgent')).toBe('urgent');
    expect(worseOutcome('emergency', 'see-doctor')).toBe('emergency');
    expect(worseOutcome('none', 'caution')).toBe('caution');
  });

  it('writes every question in plain words ending with a question mark', () => {
    for (const q of TRIAGE_QUESTIONS) expect(q.question).toMatch(/^[A-Z].*\?$/);
  });
});
