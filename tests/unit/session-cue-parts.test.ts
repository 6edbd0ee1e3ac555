import { describe, expect, it } from 'vitest';
import type { SessionSection } from '../../src/engine/clinical/routine-plan';
import { planSession } from '../../src/engine/session/session-plan';
import { startSession } from '../../src/engine/session/session';
import { exercise, playThrough, reps } from './session-fixtures';

const inPart = (id: string, section: SessionSection) => ({ ...exercise(id, reps(1, 2)), section });

describe('the cues that introduce an exercise', () => {
  it('carry the part of the routine an exercise opens, so it is said before its name, and only there', () => {
    const plan = planSession([inPart('rock', 'warm-up'), inPart('bridge', 'main'), inPart('clam', 'main'), inPart('hug', 'cool-down')]);
    const { cues } = playThrough(startSession(plan, 0), 250);
    const introducing = cues.filter((c) => c.cue === 'get-ready' || c.cue === 'next-exercise').map((c) => [c.exerciseId, c.part]);
    expect(introducing).toEqual([['rock', 'warm-up'], ['bridge', 'main'], ['clam', undefined], ['hug', 'cool-down']]);
  });

  it('name no part in a routine of one part', () => {
    const plan = planSession([inPart('rock', 'main'), inPart('bridge', 'main')]);
    const { cues } = playThrough(startSession(plan, 0), 250);
    expect(cues.filter((c) => c.part !== undefined)).toEqual([]);
  });
});
