import { describe, expect, it } from 'vitest';
import { completeCheckIn, isComplete, missingAnswers, startDraft, type CheckInDraft } from '../../src/engine/clinical/check-in-draft';
import { EMPTY_PROFILE, type CheckIn } from '../../src/engine/clinical/check-in-types';
import { questionsFor } from '../../src/engine/clinical/triage';

const questions = questionsFor(EMPTY_PROFILE);
const allNo = Object.fromEntries(questions.map((q) => [q.id, 'no' as const]));
const full: CheckInDraft = { flare: 'none', pain: 2, fatigue: 3, hotJoints: [], safety: allNo };
const yesterday: CheckIn = { flare: 'mild', pain: 4, fatigue: 6, hotJoints: ['knees'], safety: allNo, date: '2026-03-01', at: 1 };

describe('the check-in draft', () => {
  it('names every missing answer and counts the unanswered safety questions', () => {
    const missing = missingAnswers({ safety: {} }, questions, true);
    expect(missing.fields).toEqual(['flare', 'pain', 'fatigue', 'hotJoints', 'morning']);
    expect(missing.safety).toBe(questions.length);
    expect(isComplete(missing)).toBe(false);
  });

  it('never lets a safety question be skipped', () => {
    const { [questions[0]?.id ?? 'fever']: _skipped, ...rest } = allNo;
    expect(missingAnswers({ ...full, safety: rest }, questions, false)).toEqual({ fields: [], safety: 1 });
    expect(isComplete(missingAnswers(full, questions, false))).toBe(true);
  });

  it('asks about this morning only from the second day on', () => {
    expect(missingAnswers(full, questions, false).fields).toEqual([]);
    expect(missingAnswers(full, questions, true).fields).toEqual(['morning']);
  });

  it('starts a new day from the last pain and tiredness but asks flare, joints and safety anew', () => {
    expect(startDraft(undefined, yesterday)).toEqual({ pain: 4, fatigue: 6, safety: {} });
    expect(startDraft(undefined, undefined)).toEqual({ safety: {} });
  });

  it('starts a change of today’s check-in from today’s answers', () => {
    const today = { ...yesterday, date: '2026-03-02', morning: 'worse' as const };
    expect(startDraft(today, yesterday)).toEqual({ flare: 'mild', pain: 4, fatigue: 6, hotJoints: ['knees'], safety: allNo, morning: 'worse' });
  });

  it('completes only when every answer is in, stamped with the day and time', () => {
    const { pain: _pain, ...noPain } = full;
    expect(completeCheckIn(noPain, '2026-03-02', 5)).toBeUndefined();
    expect(completeCheckIn({ ...full, morning: 'same' }, '2026-03-02', 5)).toEqual({ ...full, morning: 'same', date: '2026-03-02', at: 5 });
  });
});
