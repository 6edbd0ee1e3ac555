import { describe, expect, it } from 'vitest';
import { completeCheckIn, isComplete, missingAnswers, profileForQuestions, startDraft, type CheckInDraft } from '../../src/engine/clinical/check-in-draft';
import { EMPTY_PROFILE, type CheckIn } from '../../src/engine/clinical/check-in-types';
import { questionsFor } from '../../src/engine/clinical/triage';

const questions = questionsFor(EMPTY_PROFILE);
const allNo = Object.fromEntries(questions.map((q) => [q.id, 'no' as const]));
const full: CheckInDraft = { flare: 'none', pain: 2, fatigue: 3, hotJoints: [], safety: allNo };
const yesterday: CheckIn = { flare: 'mild', pain: 4, fatigue: 6, hotJoints: ['knees'], safety: allNo, date: '2026-03-01', at: 1 };

describe('the check-in draft', () => {
  it('names every missing answer and counts the unanswered safety questions', () => {
    const missing = missingAnswers({ safety: {} }, questions);
    expect(missing.fields).toEqual(['flare', 'pain', 'fatigue', 'hotJoints']);
    expect(missing.safety).toBe(questions.length);
    expect(isComplete(missing)).toBe(false);
  });

  it('never lets a safety question be skipped', () => {
    const { [questions[0]?.id ?? 'fever']: _skipped, ...rest } = allNo;
    expect(missingAnswers({ ...full, safety: rest }, questions)).toEqual({ fields: [], safety: 1 });
    expect(isComplete(missingAnswers(full, questions))).toBe(true);
  });

  it('lets the morning question be left, so a quiet day needs no extra tap', () => {
    expect(isComplete(missingAnswers(full, questions))).toBe(true);
    expect(completeCheckIn(full, '2026-03-02', 5)).not.toHaveProperty('morning');
  });

  it('starts a new day with nothing chosen, not even yesterday’s pain and tiredness', () => {
    expect(startDraft(undefined)).toEqual({ safety: {} });
  });

  it('starts a change of today’s check-in from today’s answers', () => {
    const today = { ...yesterday, date: '2026-03-02', morning: 'worse' as const };
    expect(startDraft(today)).toEqual({ flare: 'mild', pain: 4, fatigue: 6, hotJoints: ['knees'], safety: allNo, morning: 'worse' });
  });

  it('completes only when every answer is in, stamped with the day and time', () => {
    const { pain: _pain, ...noPain } = full;
    expect(completeCheckIn(noPain, '2026-03-02', 5)).toBeUndefined();
    expect(completeCheckIn({ ...full, morning: 'same' }, '2026-03-02', 5)).toEqual({ ...full, morning: 'same', date: '2026-03-02', at: 5 });
  });
});

describe('the safety questions while the precautions are unanswered', () => {
  const ids = (pending: boolean) => questionsFor(profileForQuestions(EMPTY_PROFILE, pending)).map((q) => q.id);
  it('asks the steroid questions of everyone until the precautions are answered', () => {
    expect(ids(true)).toContain('groin-hip-pain-on-steroids');
    expect(ids(true)).toContain('pain-after-fall-or-lift');
    expect(ids(false)).not.toContain('groin-hip-pain-on-steroids');
  });
});
