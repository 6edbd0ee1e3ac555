import { movement } from './clinical-fixtures';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import type { DueCue } from '../../src/engine/session/cues';
import type { PlannedExercise } from '../../src/engine/session/session-plan';
import { tick, type SessionState } from '../../src/engine/session/session';

/** The sessions' fake wall clock starts here. */
export const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);

/** A lying exercise named `id` with `dose`. */
export function exercise(id: string, dose: Dose): PlannedExercise {
  const ex: Exercise = {
    id, name: id, purpose: 'p', regions: ['lower-back'], category: 'mobility', position: 'lying', equipment: ['none'],
    dose, tiers: { green: dose }, movement: movement(), steps: ['a', 'b', 'c'], cues: ['go'], mistakes: ['m'], stopIf: ['s'],
    illustration: `illustrations/${id}.svg`, alt: 'a',
  };
  return { exercise: ex, dose };
}

/** Counted reps at 4 s each. */
export const reps = (sets: number, n: number, perSide = false, restSeconds = 20): Dose =>
  ({ sets, reps: n, repSeconds: 4, perSide, restSeconds });

/** Timed holds with 5 s between them. */
export const holds = (sets: number, n: number, holdSeconds: number, perSide = false): Dose =>
  ({ sets, reps: n, holdSeconds, releaseSeconds: 5, perSide, restSeconds: 30 });

/** Plays a session to its end with ticks every `stepMs` (plus jitter), collecting every cue handed out. */
export function playThrough(state: SessionState, stepMs: number, jitter: () => number = () => 0) {
  const cues: DueCue[] = [];
  let now = state.startedAt;
  let dropped = 0;
  while (state.status === 'playing') {
    now += stepMs + jitter();
    const result = tick(state, now);
    state = result.state;
    cues.push(...result.cues);
    dropped += result.dropped;
  }
  return { state, cues, dropped, now };
}

/**
 * Plan options that keep the lead-in exactly as chosen (no room made for its spoken words), so a test about something
 * else can count from a plain 5 s lead-in. The room itself is tested in session-plan.test.ts and cue-words-room.test.ts.
 */
export const PLAIN_LEAD_IN = { announceMs: 0 } as const;
