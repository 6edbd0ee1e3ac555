import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../src/engine/content/content-types';
import {
  ROUTINE_PARTS, addItem, countItems, moveItem, partDurationsMs, partsOf, removeItem, stepTarget, type Parts,
} from '../../src/engine/session/routine-parts';
import { ANNOUNCE_MS, planSession } from '../../src/engine/session/session-plan';
import { FIXTURE_LIBRARY, fixtureExercise, reps } from './clinical-fixtures';

const parts: Parts<string> = { warmUp: ['cat'], main: ['bridge', 'rocks'], coolDown: ['breath'] };
const inOrder = (p: Parts<string>) => ROUTINE_PARTS.flatMap((part) => p[part]);

describe('moving an item in a routine of three parts', () => {
  it('swaps with its neighbour inside a part', () => {
    expect(moveItem(parts, { part: 'main', index: 1 }, -1)).toEqual({
      parts: { warmUp: ['cat'], main: ['rocks', 'bridge'], coolDown: ['breath'] }, at: { part: 'main', index: 0 },
    });
  });

  it('goes from the top of the main part to the end of the warm-up, and from its bottom to the start of the cool-down', () => {
    expect(moveItem(parts, { part: 'main', index: 0 }, -1)).toEqual({
      parts: { warmUp: ['cat', 'bridge'], main: ['rocks'], coolDown: ['breath'] }, at: { part: 'warmUp', index: 1 },
    });
    expect(moveItem(parts, { part: 'main', index: 1 }, 1)).toEqual({
      parts: { warmUp: ['cat'], main: ['bridge'], coolDown: ['rocks', 'breath'] }, at: { part: 'coolDown', index: 0 },
    });
  });

  it('crosses into an empty part instead of skipping it', () => {
    const noMain: Parts<string> = { warmUp: ['cat'], main: [], coolDown: ['breath'] };
    expect(moveItem(noMain, { part: 'warmUp', index: 0 }, 1)?.parts).toEqual({ warmUp: [], main: ['cat'], coolDown: ['breath'] });
  });

  it('cannot go above the warm-up or below the cool-down', () => {
    expect(stepTarget(parts, { part: 'warmUp', index: 0 }, -1)).toBeUndefined();
    expect(moveItem(parts, { part: 'coolDown', index: 0 }, 1)).toBeUndefined();
    expect(moveItem(parts, { part: 'main', index: 5 }, 1)).toBeUndefined();
  });

  it('never loses, duplicates or reorders other items, and a step back undoes the step', () => {
    // Unique items, so "the others" can be told apart from the one that moved.
    const list = (part: string) => fc.nat(4).map((n) => Array.from({ length: n }, (_, i) => `${part}${i}`));
    const anyParts = fc.record({ warmUp: list('w'), main: list('m'), coolDown: list('c') });
    fc.assert(fc.property(anyParts, fc.constantFrom(...ROUTINE_PARTS), fc.nat(4), fc.constantFrom(-1 as const, 1 as const),
      (p, part, index, direction) => {
        const moved = moveItem(p, { part, index }, direction);
        if (moved === undefined) return;
        const item = p[part][index];
        expect(moved.parts[moved.at.part][moved.at.index]).toBe(item);
        expect(inOrder(moved.parts).filter((x) => x !== item)).toEqual(inOrder(p).filter((x) => x !== item));
        expect(countItems(moved.parts)).toBe(countItems(p));
        expect(moveItem(moved.parts, moved.at, direction === 1 ? -1 : 1)?.parts).toEqual(p);
      }));
  });
});

describe('adding and removing', () => {
  it('adds to the end of the chosen part and removes by position', () => {
    const added = addItem(parts, 'coolDown', 'rest');
    expect(added.coolDown).toEqual(['breath', 'rest']);
    expect(removeItem(added, { part: 'main', index: 0 })).toEqual({ warmUp: ['cat'], main: ['rocks'], coolDown: ['breath', 'rest'] });
    expect(parts.coolDown).toEqual(['breath']);
  });

  it('loads a routine saved with everything in the main part, dropping exercises the library no longer has', () => {
    const loaded = partsOf({ warmUp: [], main: [{ exercise: 'bridge' }, { exercise: 'gone' }], coolDown: [] },
      (item) => (FIXTURE_LIBRARY.exercises.has(item.exercise) ? item.exercise : undefined));
    expect(loaded).toEqual({ warmUp: [], main: ['bridge'], coolDown: [] });
  });
});

describe('time per part', () => {
  const exercise = (id: string): Exercise => fixtureExercise(id);
  const planned = (id: string, sets: number) => ({ exercise: exercise(id), dose: reps(sets, 10) });

  it('splits the whole session time across the parts, lead-in with the first part and each transition with the exercise after it', () => {
    const p = { warmUp: [planned('bridge', 1)], main: [planned('bridge', 2), planned('bridge', 1)], coolDown: [planned('bridge', 1)] };
    const times = partDurationsMs(p, { leadInSeconds: 5 });
    const total = planSession([...p.warmUp, ...p.main, ...p.coolDown], { leadInSeconds: 5 }).totalMs;
    expect(times.warmUp + times.main + times.coolDown).toBe(total);
    // One set of 10 reps at the fixture's tempo, plus the lead-in (made room for its words); the cool-down's one set plus a 15 s transition.
    expect(times.warmUp).toBe(ANNOUNCE_MS + 3000 + 10 * (reps(1, 10).repSeconds ?? 4) * 1000);
    expect(times.coolDown).toBe(15_000 + 10 * (reps(1, 10).repSeconds ?? 4) * 1000);
  });

  it('gives an empty part no time, and the lead-in to the first part that has something', () => {
    const times = partDurationsMs({ warmUp: [], main: [planned('bridge', 1)], coolDown: [] }, { leadInSeconds: 5 });
    expect(times.warmUp).toBe(0);
    expect(times.coolDown).toBe(0);
    expect(times.main).toBe(planSession([planned('bridge', 1)], { leadInSeconds: 5 }).totalMs);
  });
});
