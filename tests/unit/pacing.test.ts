import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import { keepForLater } from '../../src/engine/session/pacing';
import { exercisesLeft, isKeptForLater } from '../../src/engine/session/kept-for-later';
import { offersSplitFirst, secondPartStart } from '../../src/engine/session/pacing-split';
import { restoreSession, resume, startSession, tick, type SessionState } from '../../src/engine/session/session';
import { planSession, type PlannedExercise } from '../../src/engine/session/session-plan';
import { viewSession } from '../../src/engine/session/session-view';
import type { StoredSession } from '../../src/engine/records/session-record';
import { createSessionLog } from '../../src/state/create-session-log';
import { PLAIN_LEAD_IN } from './session-fixtures';

// One case per row of section 8 (src/engine/clinical/README.md), written from the rule's words.
const T0 = Date.UTC(2026, 10, 24, 9);
const dose: Dose = { sets: 1, reps: 4, repSeconds: 5, perSide: false, restSeconds: 0 };
const exercise = (id: string): PlannedExercise => ({
  exercise: {
    id, name: `Exercise ${id}`, purpose: 'p', regions: ['hip'], category: 'mobility', position: 'lying', equipment: ['none'],
    dose, tiers: { green: dose, amber: dose, red: dose }, tags: [], steps: ['a'], cues: ['go'], mistakes: ['m'], stopIf: ['s'], illustration: 'i.svg', alt: 'a',
  } as unknown as Exercise,
  dose,
});
// Timeline: 0–5 s get ready, a 5–25 s, 15 s transitions, b 40–60 s, c 75–95 s, d 110–130 s.
const plan = planSession(['a', 'b', 'c', 'd'].map(exercise), PLAIN_LEAD_IN);
const ROUTINE = { id: 'desk-break', name: 'Desk break', tier: 'amber' as const, level: 0, pain: { stopAbove: 3, stopForTodayFrom: 5, adviseAfterFrom: 4 } };

/** The session log over an in-memory store keyed by id, as IndexedDB keys sessions. */
function logOver(store: Map<string, StoredSession>, now: () => number) {
  return createRoot(() => createSessionLog({
    storage: {
      completeSession: async (s) => { store.set(s.id, s); },
      storeSessionPart: async (s) => { store.set(s.id, s); },
      clearCheckpoint: async () => undefined,
      saveSessionFeedback: async () => { throw new Error('not asked'); },
    },
    now, localDay: () => '2026-11-24', stored: () => undefined, feedbackSaved: () => Promise.reject(new Error('not asked')), failed: () => undefined,
  }));
}

describe('section 8: any routine can be split', () => {
  it('"Stop here and finish later today" keeps the rest of the routine for later the same day', () => {
    // 47 s: 7 s into exercise b
    const kept = keepForLater(tick(startSession(plan, T0), T0 + 47_000).state, T0 + 47_000);
    expect(kept.status).toBe('paused');
    expect(isKeptForLater(kept)).toBe(true);
    expect(exercisesLeft(kept)).toBe(3);
  });

  it('resumes exactly where it stopped, however much later that day', () => {
    const kept = keepForLater(tick(startSession(plan, T0), T0 + 47_000).state, T0 + 47_000);
    const saved = JSON.parse(JSON.stringify(kept)) as SessionState;
    // 3 hours later, from the saved checkpoint
    const later = T0 + 3 * 3_600_000;
    const reopened = restoreSession(saved, kept.pausedAt ?? 0);
    const view = viewSession(resume(reopened, later), later);
    expect(view.exercise.exercise.id).toBe('b');
    expect(view.remainingMs).toBe(13_000);
    expect(isKeptForLater(resume(reopened, later))).toBe(false);
  });

  it('the day counts as one session when the parts add up to the routine', async () => {
    const store = new Map<string, StoredSession>();
    let now = T0 + 47_000;
    const log = logOver(store, () => now);
    const kept = keepForLater(tick(startSession(plan, T0), now).state, now);
    log.recordPart(kept, ROUTINE);
    await Promise.resolve();
    expect([...store.values()].map((s) => [s.finishLater, s.exercises.map((e) => e.outcome)])).toEqual([
      [true, ['done', 'partly', 'skipped', 'skipped']],
    ]);
    // Finished three hours later: one session, every exercise done, no longer waiting.
    now = T0 + 3 * 3_600_000;
    let state = resume(restoreSession(kept, T0 + 47_000), now);
    while (state.status === 'playing') state = tick(state, (now += 1000)).state;
    log.record(state, ROUTINE);
    await Promise.resolve();
    expect(store.size).toBe(1);
    const [whole] = [...store.values()];
    expect(whole?.finishLater).toBeUndefined();
    expect(whole?.exercises.map((e) => e.outcome)).toEqual(['done', 'done', 'done', 'done']);
    // Active time is the two parts' time, not the three hours between them.
    expect(whole?.activeSeconds).toBe(plan.totalMs / 1000);
  });
});

describe('section 8: on amber and red days the plan offers the split first', () => {
  it('offers the split first on an amber day', () => {
    expect(offersSplitFirst('amber', plan.exercises)).toBe(true);
  });

  it('offers the split first on a red day', () => {
    expect(offersSplitFirst('red', plan.exercises)).toBe(true);
  });

  it('does not offer it first on a green day (it stays one tap away in the End sheet)', () => {
    expect(offersSplitFirst('green', plan.exercises)).toBe(false);
  });

  it('a routine of one exercise is not split', () => {
    expect(offersSplitFirst('red', plan.exercises.slice(0, 1))).toBe(false);
    expect(secondPartStart(planSession([exercise('a')]))).toBeUndefined();
  });

  it('splits into two parts of about the same length, at an exercise boundary', () => {
    // 130 s in all: the third exercise starts at 60 s of 130, the first start at or past half.
    expect(secondPartStart(plan)).toBe(2);
  });
});
