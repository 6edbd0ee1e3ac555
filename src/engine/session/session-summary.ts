import type { ExerciseResult } from '../clinical/care-credit';
import type { SessionEvent, SessionState, WorkRecord } from './session';

/** What was done of one exercise. */
export interface ExerciseOutcome {
  exerciseId: string;
  name: string;
  setsPlanned: number;
  setsDone: number;
  repsDone: number;
  secondsWorked: number;
  painReports: number[];
  outcome: ExerciseResult;
}

/** The record of a finished (or ended) session. */
export interface SessionSummary {
  startedAt: number;
  endedAt: number;
  activeSeconds: number;
  exercises: ExerciseOutcome[];
}

/** The result of one exercise from what was recorded of it. */
function resultOf(stoppedForPain: boolean, setsDone: number, setsPlanned: number, msWorked: number): ExerciseResult {
  if (stoppedForPain) return 'stopped-for-pain';
  if (setsPlanned > 0 && setsDone >= setsPlanned) return 'done';
  return msWorked > 0 ? 'partly' : 'skipped';
}

/** Summarises what was done per exercise: sets, reps, seconds, and what became of it. */
export function summariseSession(state: SessionState, now: number): SessionSummary {
  const { plan } = state;
  const endedAt = state.endedAt ?? now;
  const exercises = plan.exercises.map((planned, exerciseIndex): ExerciseOutcome => {
    const records = bestOfEachStep(state.work.filter((w) => plan.steps[w.stepIndex]?.exerciseIndex === exerciseIndex));
    const workSteps = plan.steps.map((s, i) => ({ s, i })).filter(({ s }) => s.kind === 'work' && s.exerciseIndex === exerciseIndex);
    const complete = new Set(records.filter((r) => r.complete).map((r) => r.stepIndex));
    let setsDone = 0;
    for (let set = 1; set <= planned.dose.sets; set++) {
      const ofSet = workSteps.filter(({ s }) => s.set === set);
      if (ofSet.length && ofSet.every(({ i }) => complete.has(i))) setsDone++;
    }
    const repsDone = records.reduce((sum, r) => {
      const step = plan.steps[r.stepIndex];
      if (!step) return sum;
      if (r.complete) return sum + step.reps;
      return sum + (step.repMs ? Math.floor(r.ms / step.repMs) : 0);
    }, 0);
    const msWorked = records.reduce((sum, r) => sum + r.ms, 0);
    const painReports = state.events.flatMap((e) => (isPainOf(e, exerciseIndex) && e.level !== undefined ? [e.level] : []));
    const stoppedForPain = state.events.some((e) => e.type === 'pain-stop' && e.exerciseIndex === exerciseIndex);
    return {
      exerciseId: planned.exercise.id, name: planned.exercise.name, setsPlanned: planned.dose.sets, setsDone, repsDone,
      secondsWorked: Math.round(msWorked / 1000), painReports, outcome: resultOf(stoppedForPain, setsDone, planned.dose.sets, msWorked),
    };
  });
  const pausedMs = pausedTotal(state, endedAt);
  return {
    startedAt: state.startedAt, endedAt, activeSeconds: Math.round((endedAt - state.startedAt - pausedMs) / 1000), exercises,
  };
}

/**
 * One record per step: a step done again (after Back) counts once, at its fullest, so no count ever
 * passes its plan ("24 of 20").
 */
function bestOfEachStep(records: readonly WorkRecord[]): WorkRecord[] {
  const best = new Map<number, WorkRecord>();
  for (const r of records) {
    const seen = best.get(r.stepIndex);
    if (!seen || (r.complete && !seen.complete) || (r.complete === seen.complete && r.ms > seen.ms)) best.set(r.stepIndex, r);
  }
  return [...best.values()];
}

/** A pain report (noted or stopping) about one exercise. */
function isPainOf(event: SessionEvent, exerciseIndex: number): event is Extract<SessionEvent, { type: 'pain' | 'pain-stop' }> {
  return (event.type === 'pain' || event.type === 'pain-stop') && event.exerciseIndex === exerciseIndex;
}

function pausedTotal(state: SessionState, endedAt: number): number {
  let total = 0;
  let since: number | null = null;
  for (const e of state.events) {
    if (e.type === 'pause') since = e.at;
    if (e.type === 'resume' && since !== null) { total += e.at - since; since = null; }
  }
  return since === null ? total : total + (endedAt - since);
}
