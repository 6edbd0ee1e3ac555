import { describe, expect, it } from 'vitest';
import type { Exercise } from '../../src/engine/content/content-types';
import type { SessionSection } from '../../src/engine/clinical/routine-plan';
import type { PlannedExercise } from '../../src/engine/session/session-plan';
import { sectionAt } from '../../src/ui/components/player-words';

function item(id: string, section?: SessionSection): PlannedExercise {
  const dose = { sets: 1, reps: 5, repSeconds: 3, perSide: false, restSeconds: 0 };
  const exercise = { id, name: id, dose } as unknown as Exercise;
  return section === undefined ? { exercise, dose } : { exercise, dose, section };
}

describe('naming the part of the routine in the player', () => {
  const routine = [item('cat-camel', 'warm-up'), item('bridge', 'main'), item('clamshell', 'main'), item('knee-rocks', 'cool-down')];

  it('names each part, and says when an exercise is the first of its part', () => {
    expect(routine.map((_, index) => sectionAt(routine, index))).toEqual([
      { title: 'Warm-up', starts: true },
      { title: 'Main', starts: true },
      { title: 'Main', starts: false },
      { title: 'Cool-down', starts: true },
    ]);
  });

  it('says nothing when the whole session is one part, or has no parts (a single exercise, an old checkpoint)', () => {
    const allMain = [item('bridge', 'main'), item('clamshell', 'main')];
    expect(sectionAt(allMain, 0)).toBeNull();
    expect(sectionAt([item('bridge'), item('clamshell')], 1)).toBeNull();
  });
});
