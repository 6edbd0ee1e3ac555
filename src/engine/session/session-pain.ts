import { partialWork, pause, settle, type SessionEvent, type SessionState, type WorkRecord } from './session';
import { planSession, type PlannedExercise, type PlanStep } from './session-plan';
import type { PainReport } from '../clinical/pain-response';

/**
 * Stops the exercise playing at `now` because of pain (src/engine/clinical/README.md, section 5): the report is
 * logged as a pain stop and the session waits, paused, for the user to choose what comes next.
 */
export function stopForPain(state: SessionState, now: number, report: PainReport): SessionState {
  const paused = pause(state, now);
  if (paused.status === 'finished') return paused;
  const exerciseIndex = paused.plan.steps[paused.stepIndex]?.exerciseIndex ?? 0;
  const stop: SessionEvent = report.kind === undefined
    ? { type: 'pain-stop', at: now, exerciseIndex, level: report.level }
    : { type: 'pain-stop', at: now, exerciseIndex, level: report.level, kind: report.kind };
  return { ...paused, events: [...paused.events, stop] };
}

/**
 * Puts `planned` (an easier variant) in for the rest of exercise `exerciseIndex` and carries on playing with a
 * get-ready lead-in of `leadInSeconds` (the rules table's), so the person can change position first. The stopped exercise keeps the work already
 * done (its unplayed steps go); the variant is inserted right after it as an exercise of its own, so the
 * summary shows both.
 */
export function swapExercise(
  state: SessionState, exerciseIndex: number, planned: PlannedExercise, now: number, leadInSeconds: number,
): SessionState {
  const settled = settle(state, now);
  const current = settled.plan.steps[settled.stepIndex];
  if (settled.status === 'finished' || current?.exerciseIndex !== exerciseIndex) return settled;
  const work = [...settled.work, ...partialWork(settled, now)];
  const worked = new Set(work.map((w) => w.stepIndex));
  const old = settled.plan.steps.map((step, index) => ({ step, index }));
  // Steps up to the current one stay; later steps of this exercise stay only if they hold recorded work.
  const kept = old.filter(({ step, index }) => index <= settled.stepIndex
    || (step.exerciseIndex === exerciseIndex && worked.has(index)));
  const later = old.filter(({ step }) => step.exerciseIndex > exerciseIndex)
    .map(({ step, index }) => ({ step: { ...step, exerciseIndex: step.exerciseIndex + 1 }, index }));
  const inserted = planSession([planned], { leadInSeconds }).steps.map((step) => ({ ...step, exerciseIndex: exerciseIndex + 1 }));
  const steps: PlanStep[] = [...kept.map((k) => k.step), ...inserted, ...later.map((k) => k.step)];
  const newIndex = new Map<number, number>();
  kept.forEach((k, i) => newIndex.set(k.index, i));
  later.forEach((k, i) => newIndex.set(k.index, kept.length + inserted.length + i));
  const exercises = [...settled.plan.exercises];
  // The variant stands in for the exercise, in its part of the routine.
  const section = planned.section ?? exercises[exerciseIndex]?.section;
  exercises.splice(exerciseIndex + 1, 0, section === undefined ? planned : { ...planned, section });
  const swap: SessionEvent = { type: 'swap', at: now, exerciseIndex, to: planned.exercise.id };
  const resumed: SessionEvent[] = settled.status === 'paused' ? [{ type: 'resume', at: now }] : [];
  return {
    ...settled,
    plan: { exercises, steps, totalMs: steps.reduce((sum, s) => sum + s.durationMs, 0) },
    status: 'playing', stepIndex: kept.length, stepStartedAt: now, pausedAt: null, cuedUntil: now - 1,
    work: remapWork(work, newIndex),
    events: [...settled.events.map((e) => remapEvent(e, exerciseIndex, newIndex)), swap, ...resumed],
  };
}

function remapWork(work: WorkRecord[], newIndex: ReadonlyMap<number, number>): WorkRecord[] {
  return work.flatMap((w) => {
    const stepIndex = newIndex.get(w.stepIndex);
    return stepIndex === undefined ? [] : [{ ...w, stepIndex }];
  });
}

/** An earlier event re-pointed at the new plan: later exercises move up by one, steps to their new place. */
function remapEvent(event: SessionEvent, exerciseIndex: number, newIndex: ReadonlyMap<number, number>): SessionEvent {
  const moved = 'exerciseIndex' in event && event.exerciseIndex > exerciseIndex ? { ...event, exerciseIndex: event.exerciseIndex + 1 } : event;
  if (!('stepIndex' in moved)) return moved;
  return { ...moved, stepIndex: newIndex.get(moved.stepIndex) ?? moved.stepIndex };
}
