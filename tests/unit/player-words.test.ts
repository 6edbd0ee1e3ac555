import { describe, expect, it } from 'vitest';
import type { Category, Dose, Exercise } from '../../src/engine/content/content-types';
import type { SessionSection } from '../../src/engine/clinical/routine-plan';
import { startSession, tick } from '../../src/engine/session/session';
import { skipExercise } from '../../src/engine/session/session-moves';
import { stepOffsetsMs } from '../../src/engine/session/session-cues';
import { planSession, type PlannedExercise } from '../../src/engine/session/session-plan';
import { summariseSession } from '../../src/engine/session/session-summary';
import { viewSession, type SessionView } from '../../src/engine/session/session-view';
import { breathAt } from '../../src/engine/session/breath-pace';
import { outcomeWord, workLine } from '../../src/ui/components/outcome-words';
import { counterWords, instruction, isBreathHold, ofCount, phaseLabel, sectionAt } from '../../src/ui/components/player-words';

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

describe('the words of each phase, in the words of each kind of exercise', () => {
  const base = { purpose: 'p', regions: ['lower-back'], position: 'lying', equipment: ['none'], steps: ['a'], cues: ['Breathe in slowly'], mistakes: [], stopIf: [], illustration: '', alt: '' };
  const planned = (id: string, category: Category, dose: Dose): PlannedExercise =>
    ({ exercise: { ...base, id, name: id, category, dose } as unknown as Exercise, dose });
  /** The view of the first step of `kind` (its middle) in a session of just this exercise. */
  const viewAt = (one: PlannedExercise, kind: string, nth = 1): SessionView => {
    const plan = planSession([one]);
    const offsets = stepOffsetsMs(plan);
    const index = plan.steps.map((s, i) => ({ s, i })).filter(({ s }) => (s.kind === 'work' ? (s.hold ? 'hold' : 'reps') : s.kind) === kind)[nth - 1]?.i ?? -1;
    const middle = (offsets[index] ?? 0) + (plan.steps[index]?.durationMs ?? 0) / 2;
    return viewSession(tick(startSession(plan, T0), T0 + middle).state, T0 + middle);
  };
  const T0 = 1_000_000;
  const bridge = planned('bridge', 'strength', { sets: 2, reps: 10, repSeconds: 4, perSide: false, restSeconds: 30 });
  const belly = planned('belly', 'breathing', { sets: 1, reps: 4, holdSeconds: 45, releaseSeconds: 5, perSide: false, restSeconds: 20 });
  const box = planned('box', 'breathing', { sets: 1, reps: 6, repSeconds: 16, perSide: false, restSeconds: 20 });
  const tense = planned('tense', 'breathing', { sets: 1, reps: 8, holdSeconds: 5, releaseSeconds: 10, perSide: false, restSeconds: 20 });
  const clam = planned('clam', 'strength', { sets: 1, reps: 1, repSeconds: 4, perSide: true, restSeconds: 0 });

  it('counts reps as "Go", the rep of the set, and the set when there is more than one', () => {
    const view = viewAt(bridge, 'reps');
    expect([phaseLabel(view, false), String(view.rep), ofCount(view), ...counterWords(view)]).toEqual(['Go', '6', 'of 10', 'Set 1 of 2']);
  });

  it('a breathing hold says "Breathe" and counts rounds, with the pacer instead of a countdown to hold against', () => {
    const view = viewAt(belly, 'hold', 2);
    expect(phaseLabel(view, false)).toBe('Breathe');
    expect(counterWords(view)).toEqual(['Round 2 of 4']);
    expect(isBreathHold(view)).toBe(true);
  });

  it('paced breathing counts breaths, and one breath is "breath", never "1 breaths"', () => {
    const view = viewAt(box, 'reps');
    expect([phaseLabel(view, false), ofCount(view)]).toEqual(['Breathe', 'of 6 breaths']);
    const one = viewAt(planned('one', 'breathing', { sets: 1, reps: 1, repSeconds: 16, perSide: false, restSeconds: 0 }), 'reps');
    expect(ofCount(one)).toBe('of 1 breath');
  });

  it('a short tense of tense-and-relax is a hold counted in rounds, with no pacer', () => {
    const view = viewAt(tense, 'hold');
    expect([phaseLabel(view, false), ...counterWords(view), isBreathHold(view)]).toEqual(['Hold', 'Round 1 of 8', false]);
  });

  it('names the side to switch to, and says "Paused" over any phase', () => {
    const view = viewAt(clam, 'switch');
    expect([phaseLabel(view, false), instruction(view), phaseLabel(view, true)]).toEqual(['Switch sides', 'Right side', 'Paused']);
  });

  it('sums up work in words that fit: one rep, one set, rounds, and a skipped exercise as skipped', () => {
    expect(workLine({ setsDone: 1, setsPlanned: 1, repsDone: 1, secondsWorked: 4 }, 'strength', false)).toBe('1 of 1 set · 1 rep · 4 s');
    expect(workLine({ setsDone: 0, setsPlanned: 2, repsDone: 7 }, 'strength', false)).toBe('0 of 2 sets · 7 reps');
    expect(workLine({ setsDone: 1, setsPlanned: 1, repsDone: 4 }, 'breathing', true)).toBe('1 of 1 set · 4 rounds');
    expect(workLine({ setsDone: 1, setsPlanned: 1, repsDone: 6 }, 'breathing', false)).toBe('1 of 1 set · 6 breaths');
    const plan = planSession([bridge, belly]);
    const skipped = summariseSession(skipExercise(startSession(plan, T0), T0 + 1000), T0 + 1000).exercises[0];
    expect(skipped && outcomeWord(skipped.outcome)).toBe('Skipped');
  });
});

describe('the breath pacer', () => {
  it('grows for the breath in, shrinks for the longer breath out, and starts again', () => {
    expect(breathAt(0)).toEqual({ inhaling: true, fullness: 0 });
    expect(breathAt(2000)).toEqual({ inhaling: true, fullness: 0.5 });
    expect(breathAt(4000)).toEqual({ inhaling: false, fullness: 1 });
    expect(breathAt(7000)).toEqual({ inhaling: false, fullness: 0.5 });
    expect(breathAt(10_000)).toEqual({ inhaling: true, fullness: 0 });
  });
});
