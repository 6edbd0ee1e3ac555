import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { movement } from './clinical-fixtures';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import { isEmptySession } from '../../src/engine/session/empty-session';
import { startSession, tick } from '../../src/engine/session/session';
import { endEarly, skipExercise } from '../../src/engine/session/session-moves';
import { stopForPain } from '../../src/engine/session/session-pain';
import { planSession, type PlannedExercise } from '../../src/engine/session/session-plan';
import { summariseSession } from '../../src/engine/session/session-summary';
import { createSessionLog, type SessionLogStorage } from '../../src/state/create-session-log';

const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
const dose: Dose = { sets: 2, reps: 8, repSeconds: 5, perSide: false, restSeconds: 40 };
const bridge: PlannedExercise = {
  exercise: {
    id: 'bridge', name: 'Bridge', purpose: 'p', regions: ['hip'], category: 'strength', position: 'lying', equipment: ['none'],
    dose, tiers: { green: dose }, movement: movement(), steps: ['a'], cues: ['go'], mistakes: ['m'], stopIf: ['s'], illustration: 'i.svg', alt: 'a',
  } satisfies Exercise,
  dose,
};
// Timeline: 0–5 s get ready, then Bridge: 8 reps of 5 s.
const plan = planSession([bridge]);
const ROUTINE = { id: 'desk-break', name: 'Desk break', tier: 'green' as const, level: 0, pain: { stopAbove: 5, stopForTodayFrom: 7, adviseAfterFrom: 6 } };

/** The session ended `at` ms after the start, with `before` done to it first. */
const endedAt = (at: number, before = (s: ReturnType<typeof startSession>) => s) =>
  endEarly(before(tick(startSession(plan, T0), T0 + at).state), T0 + at);

/** What the session log writes for a session ended at `state`. */
function recordOf(state: ReturnType<typeof startSession>): { stored: unknown[]; cleared: number } {
  const stored: unknown[] = [];
  const storage: SessionLogStorage = {
    completeSession: vi.fn(async (s) => { stored.push(s); }),
    clearCheckpoint: vi.fn(async () => undefined),
    storeSessionPart: vi.fn(async () => undefined),
    saveSessionFeedback: vi.fn(),
  };
  createRoot((dispose) => {
    createSessionLog({ storage, now: () => state.endedAt ?? T0, localDay: () => '2026-11-24', stored: () => undefined, feedbackSaved: () => Promise.reject(new Error('not asked')), failed: () => undefined })
      .record(state, ROUTINE);
    dispose();
  });
  return { stored, cleared: vi.mocked(storage.clearCheckpoint).mock.calls.length };
}

describe('a session with nothing done and under a minute', () => {
  it('is not recorded, and its checkpoint is dropped', () => {
    // Ended 3 s in, during the get-ready: nothing done.
    const empty = endedAt(3_000);
    expect(isEmptySession(summariseSession(empty, T0 + 3_000))).toBe(true);
    expect(recordOf(empty)).toEqual({ stored: [], cleared: 1 });
  });

  it('is recorded once a rep is done, or a pain stop is made, however short', () => {
    // 12 s in: one rep of Bridge done (5–10 s).
    expect(recordOf(endedAt(12_000)).stored).toHaveLength(1);
    // 6 s in: stopped for pain one second into the first rep.
    const stopped = endedAt(6_000, (s) => stopForPain(s, T0 + 6_000, { level: 7 }));
    expect(isEmptySession(summariseSession(stopped, T0 + 6_000))).toBe(false);
    expect(recordOf(stopped).stored).toHaveLength(1);
  });

  it('is recorded from a minute of active time on, even with nothing done', () => {
    const summary = summariseSession(endedAt(3_000), T0 + 3_000);
    expect(isEmptySession({ ...summary, activeSeconds: 59 })).toBe(true);
    expect(isEmptySession({ ...summary, activeSeconds: 60 })).toBe(false);
  });

  it('a routine skipped through to its end is recorded, each exercise as skipped (section 6: the truth, not "completed")', () => {
    let state = tick(startSession(plan, T0), T0 + 1_000).state;
    for (let at = 1_000; state.status !== 'finished'; at += 500) state = skipExercise(state, T0 + at);
    const { stored } = recordOf(state);
    expect(stored).toHaveLength(1);
    expect((stored[0] as { exercises: { outcome: string }[] }).exercises.every((e) => e.outcome === 'skipped')).toBe(true);
  });
});
