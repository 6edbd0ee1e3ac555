import { describe, expect, it } from 'vitest';
import { movement } from './clinical-fixtures';
import { PLAIN_LEAD_IN } from './session-fixtures';
import type { Dose, Exercise } from '../../src/engine/content/content-types';
import type { DueCue } from '../../src/engine/session/cues';
import { ANNOUNCE_MS, planSession } from '../../src/engine/session/session-plan';
import type { SessionState } from '../../src/engine/session/session';
import { createPlayer, type PlayerDeps } from '../../src/state/create-player';

const T0 = 1_800_000_000_000;

function exercise(id: string, dose: Dose): Exercise {
  return {
    id, name: `Exercise ${id}`, purpose: 'p', regions: ['hip'], category: 'mobility', position: 'lying', equipment: ['none'],
    dose, tiers: { green: dose }, movement: movement(), steps: ['a', 'b', 'c'], cues: ['go'], mistakes: ['m'], stopIf: ['s'],
    illustration: `illustrations/${id}.svg`, alt: 'a',
  };
}

/** A fake clock with interval timers that run when time is advanced. */
function harness() {
  let now = T0;
  const intervals = new Map<number, { fn: () => void; ms: number; next: number }>();
  let id = 0;
  const scheduled: DueCue[] = [];
  const log: string[] = [];
  const checkpoints: SessionState[] = [];
  const finished: SessionState[] = [];
  const deps: PlayerDeps = {
    now: () => now,
    setInterval: (fn, ms) => { intervals.set(++id, { fn, ms, next: now + ms }); return id; },
    clearInterval: (handle) => { intervals.delete(handle as number); },
    later: () => undefined,
    cues: {
      schedule: (cues) => { scheduled.push(...cues); },
      cancel: () => { log.push('cancel'); },
      keepAlive: (on) => { log.push(`keepAlive:${on}`); },
      speak: (text) => { log.push(`speak:${text}`); },
    },
    checkpoint: (state) => { checkpoints.push(state); },
    finished: (state) => { finished.push(state); },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...intervals.values()].filter((t) => t.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      now = due.next;
      due.next += due.ms;
      due.fn();
    }
    now = end;
  };
  return { deps, advance, scheduled, log, checkpoints, finished, intervals };
}

const dose: Dose = { sets: 1, reps: 3, repSeconds: 2, perSide: false, restSeconds: 0 };
// Today's limits as the rules give them (written out here, not read from the table): green after a check-in
// pain of 3 (stop above 5, stop for today from 7), amber after a check-in pain of 1 (stop above 3, from 5).
const GREEN = { stopAbove: 5, stopForTodayFrom: 7, adviseAfterFrom: 6 };
const AMBER = { stopAbove: 3, stopForTodayFrom: 5, adviseAfterFrom: 4 };

const plan = planSession([{ exercise: exercise('a', dose), dose }, { exercise: exercise('b', dose), dose }], { transitionSeconds: 6, ...PLAIN_LEAD_IN });

describe('createPlayer', () => {
  it('schedules each cue ahead of its moment, once, and finishes exactly on plan', () => {
    const h = harness();
    const player = createPlayer(h.deps, () => 'Routine', () => GREEN);
    player.start(plan);
    h.advance(plan.totalMs + 2000);
    expect(player.state()?.status).toBe('finished');
    expect(h.finished).toHaveLength(1);
    expect(h.finished[0]?.endedAt).toBe(T0 + plan.totalMs);
    const keys = h.scheduled.map((c) => `${c.cue}@${c.at - T0}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(`session-complete@${plan.totalMs}`);
    expect(h.intervals.size).toBe(0);
  });

  it('says the exercise name as it is introduced', () => {
    const h = harness();
    createPlayer(h.deps, () => 'Routine', () => GREEN).start(plan);
    h.advance(plan.totalMs);
    expect(h.log.filter((l) => l.startsWith('speak:'))).toEqual(['speak:Exercise a', 'speak:Exercise b']);
  });

  it('names a new part of the routine before its first exercise, and only when there are parts', () => {
    const h = harness();
    const parted = planSession([
      { exercise: exercise('a', dose), dose, section: 'main' },
      { exercise: exercise('b', dose), dose, section: 'cool-down' },
    ], { transitionSeconds: 6 });
    const names = { 'warm-up': 'Warm-up', main: 'Main', 'cool-down': 'Cool-down' } as const;
    createPlayer({ ...h.deps, partName: (section) => names[section] }, () => 'Routine', () => GREEN).start(parted);
    h.advance(parted.totalMs);
    expect(h.log.filter((l) => l.startsWith('speak:'))).toEqual(['speak:Main. Exercise a', 'speak:Cool-down. Exercise b']);
  });

  it('saves a checkpoint at every step change, not every tick', () => {
    const h = harness();
    createPlayer(h.deps, () => 'Routine', () => GREEN).start(plan);
    h.advance(plan.totalMs - 1);
    expect(h.checkpoints.map((c) => c.stepIndex)).toEqual([0, 1, 2, 3]);
  });

  it('pausing cancels the sounds already scheduled and nothing more is scheduled until resume', () => {
    const h = harness();
    const player = createPlayer(h.deps, () => 'Routine', () => GREEN);
    player.start(plan);
    h.advance(3000);
    player.pause();
    expect(h.log).toContain('cancel');
    const before = h.scheduled.length;
    h.advance(60_000);
    expect(h.scheduled.length).toBe(before);
    player.resume();
    h.advance(plan.totalMs);
    expect(h.finished[0]?.endedAt).toBe(T0 + plan.totalMs + 60_000);
  });

  it('lets the sound go (the lock screen shows paused) only when the person pauses, and takes it back on resume', () => {
    const h = harness();
    const player = createPlayer(h.deps, () => 'Routine', () => GREEN);
    player.start(plan);
    h.advance(3000);
    player.nextExercise();
    expect(h.log.at(-1)).toBe('keepAlive:true');
    player.pause();
    expect(h.log.at(-1)).toBe('keepAlive:false');
    player.resume();
    expect(h.log.filter((l) => l.startsWith('keepAlive')).at(-1)).toBe('keepAlive:true');
  });
});

describe('createPlayer: pain during a session', () => {
  // Timeline: 0–5 s get ready, 5–11 s exercise a (3 reps × 2 s), 11–17 s transition, 17–23 s exercise b.
  it('notes pain at or under the green limit of 5 and plays on', () => {
    const h = harness();
    const player = createPlayer(h.deps, () => 'Routine', () => GREEN);
    player.start(plan);
    h.advance(7000);
    expect(player.pain({ level: 5 }).stopsExercise).toBe(false);
    expect(player.state()?.status).toBe('playing');
    expect(player.state()?.events.at(-1)).toMatchObject({ type: 'pain', level: 5, exerciseIndex: 0 });
  });

  it('stops the exercise above the limit and waits; moving on plays the next exercise', () => {
    const h = harness();
    const player = createPlayer(h.deps, () => 'Routine', () => GREEN);
    player.start(plan);
    h.advance(7000);
    expect(player.pain({ level: 6 }).stopsExercise).toBe(true);
    expect(player.state()?.status).toBe('paused');
    h.advance(20_000);
    expect(player.state()?.stepIndex).toBe(1);
    player.nextExercise();
    player.resume();
    expect(player.view()?.exercise.exercise.id).toBe('b');
  });

  it('uses the stricter limit of amber', () => {
    const h = harness();
    const player = createPlayer(h.deps, () => 'Routine', () => AMBER);
    player.start(plan);
    h.advance(7000);
    expect(player.pain({ level: 4 }).stopsExercise).toBe(true);
  });

  it('swapping in an easier exercise plays its get-ready lead-in at once, then its first cue', () => {
    const h = harness();
    const player = createPlayer(h.deps, () => 'Routine', () => GREEN);
    player.start(plan);
    h.advance(7000);
    player.pain({ level: 8 });
    h.advance(3000);
    const easier = exercise('easier', dose);
    player.swap(0, { exercise: easier, dose }, 4);
    expect(player.state()?.status).toBe('playing');
    expect(player.view()?.exercise.exercise.name).toBe('Exercise easier');
    expect(player.view()?.step.kind).toBe('ready');
    // 10 s: swapped with a 4 s get-ready, made long enough to name the variant before its 3-2-1, then its first rep
    const lead = ANNOUNCE_MS + 3000;
    h.advance(lead);
    expect(h.scheduled.some((c) => c.cue === 'start' && c.at === T0 + 10_000 + lead)).toBe(true);
    h.advance(60_000);
    expect(h.finished).toHaveLength(1);
  });
});
