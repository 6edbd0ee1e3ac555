import { describe, expect, it } from 'vitest';
import { exercise, holds, PLAIN_LEAD_IN, playThrough, reps, T0 } from './session-fixtures';
import { ANNOUNCE_MS, planSession } from '../../src/engine/session/session-plan';
import { pause, restoreSession, resume, startSession, tick, type SessionState } from '../../src/engine/session/session';
import { summariseSession } from '../../src/engine/session/session-summary';
import { viewSession } from '../../src/engine/session/session-view';

describe('tick', () => {
  // A 30-minute routine: 6 exercises mixing reps, holds and sides.
  const thirtyMinutes = planSession([
    exercise('pelvic-tilt', reps(3, 12, false, 45)),
    exercise('bridge', holds(3, 6, 10)),
    exercise('clam', reps(3, 12, true, 45)),
    exercise('bird-dog', holds(2, 6, 10, true)),
    exercise('march', holds(3, 2, 60)),
    exercise('breathing', holds(1, 6, 30)),
  ]);

  it('plays a 30-minute routine to the end exactly on plan, with no drift', () => {
    expect(thirtyMinutes.totalMs).toBeGreaterThan(25 * 60_000);
    let seed = 7;
    const jitter = () => ((seed = (seed * 16807) % 2147483647) % 90);
    const { state } = playThrough(startSession(thirtyMinutes, T0), 97, jitter);
    expect(state.status).toBe('finished');
    expect(state.endedAt).toBe(T0 + thirtyMinutes.totalMs);
  });

  it('hands out every cue once, at its planned moment, whatever the tick rate', () => {
    const fast = playThrough(startSession(thirtyMinutes, T0), 16).cues;
    const slow = playThrough(startSession(thirtyMinutes, T0), 400).cues;
    expect(slow).toEqual(fast);
    expect(new Set(fast.map((c) => `${c.cue}@${c.at}`)).size).toBe(fast.length);
    expect(fast.at(-1)).toEqual({ cue: 'session-complete', at: T0 + thirtyMinutes.totalMs });
  });

  it('names the first exercise, then counts down 3-2-1 into it and says start when it begins', () => {
    const plan = planSession([exercise('a', reps(1, 3))]);
    const { cues } = playThrough(startSession(plan, T0), 50);
    // The lead-in gives the name ANNOUNCE_MS before the first tick, so no tick is said over a word.
    const start = T0 + ANNOUNCE_MS + 3000;
    expect(cues.slice(0, 6)).toEqual([
      { cue: 'get-ready', at: T0, exerciseId: 'a' },
      { cue: 'countdown-3', at: T0 + ANNOUNCE_MS },
      { cue: 'countdown-2', at: start - 2000 },
      { cue: 'countdown-1', at: start - 1000 },
      { cue: 'start', at: start },
      { cue: 'rep', at: start + 4000 },
    ]);
  });

  it('says which exercise comes next and which side is about to be worked, as codes the sound can name', () => {
    const oneSided = { ...reps(1, 3), perSide: true };
    const plan = planSession([exercise('a', reps(1, 3)), exercise('b', oneSided)]);
    const { cues } = playThrough(startSession(plan, T0), 50);
    const introducing = cues.filter((c) => c.exerciseId !== undefined || c.side !== undefined).map(({ at, ...c }) => (void at, c));
    expect(introducing).toEqual([
      { cue: 'get-ready', exerciseId: 'a' },
      { cue: 'next-exercise', exerciseId: 'b', side: 'left' },
      { cue: 'switch-sides', side: 'right' },
    ]);
  });

  it('hands cues out ahead of time so they can be scheduled before the timer would fire', () => {
    const plan = planSession([exercise('a', reps(1, 3))], PLAIN_LEAD_IN);
    const { cues } = tick(startSession(plan, T0), T0 + 4000);
    expect(cues.map((c) => c.cue)).toContain('start');
    expect(cues.find((c) => c.cue === 'start')?.at).toBe(T0 + 5000);
  });

  it('after a 5-minute suspension jumps to where the session should be and drops the stale cues', () => {
    let state = startSession(thirtyMinutes, T0);
    state = tick(state, T0 + 60_000).state;
    const woke = tick(state, T0 + 6 * 60_000);
    expect(woke.dropped).toBeGreaterThan(10);
    expect(woke.cues.every((c) => c.at >= T0 + 6 * 60_000 - 1000)).toBe(true);
    const fresh = tick(startSession(thirtyMinutes, T0), T0 + 6 * 60_000 - 1).state;
    expect(woke.state.stepIndex).toBe(fresh.stepIndex);
    expect(woke.state.stepStartedAt).toBe(fresh.stepStartedAt);
  });
});

describe('pause, resume, reopen', () => {
  const plan = planSession([exercise('a', reps(2, 5, false, 20)), exercise('b', holds(1, 2, 10))], PLAIN_LEAD_IN);

  it('pausing for a minute moves the end of the session a minute later and nothing plays while paused', () => {
    let state = tick(startSession(plan, T0), T0 + 10_000).state;
    state = pause(state, T0 + 10_000);
    expect(tick(state, T0 + 40_000).cues).toEqual([]);
    state = resume(state, T0 + 70_000);
    const { state: end } = playThrough(state, 100);
    expect(end.endedAt).toBe(T0 + plan.totalMs + 60_000);
  });

  it('a paused countdown shows the same time left when resumed', () => {
    let state = tick(startSession(plan, T0), T0 + 12_000).state;
    state = pause(state, T0 + 12_000);
    const before = viewSession(state, T0 + 50_000).remainingMs;
    state = resume(state, T0 + 90_000);
    expect(viewSession(state, T0 + 90_000).remainingMs).toBe(before);
  });

  it('a session reopened from a checkpoint waits, paused where it was left', () => {
    const state = tick(startSession(plan, T0), T0 + 9000).state;
    const saved = JSON.parse(JSON.stringify(state)) as SessionState;
    const reopened = restoreSession(saved, T0 + 9000);
    expect(reopened.status).toBe('paused');
    const later = resume(reopened, T0 + 3_600_000);
    expect(viewSession(later, T0 + 3_600_000).elapsedMs).toBe(4000);
  });
});

describe('summariseSession', () => {
  it('records sets, reps and seconds for a session played to the end', () => {
    const plan = planSession([exercise('a', reps(2, 5, true)), exercise('b', holds(2, 3, 10))], PLAIN_LEAD_IN);
    const { state } = playThrough(startSession(plan, T0), 250);
    const summary = summariseSession(state, state.endedAt ?? 0);
    expect(summary.exercises[0]).toMatchObject({ setsDone: 2, repsDone: 20, secondsWorked: 80, outcome: 'done' });
    expect(summary.exercises[1]).toMatchObject({ setsDone: 2, repsDone: 6, secondsWorked: 60 });
    expect(summary.activeSeconds).toBe(plan.totalMs / 1000);
  });
});
