import { createSignal, type Accessor } from 'solid-js';
import type { PrecautionProfile } from '../engine/clinical/check-in-types';
import type { Library, Routine } from '../engine/content/content-types';
import { planSession, type PlannedExercise, type SessionPlan } from '../engine/session/session-plan';

/** The clinical planner module (tables, triage, tiers), split out of the first screen's JavaScript. */
export type Planner = typeof import('./today-plan');

/** The bundled library and the planner, both arriving after start-up, and routine durations meanwhile. */
export interface Content {
  /** The library; throws if read before it has loaded (App waits for ready() before content screens). */
  library(): Library;
  ready: Accessor<boolean>;
  /** The planner once loaded; the first read starts loading it. */
  planner(): Planner | undefined;
  loadPlanner(): Promise<Planner>;
  /** A routine as it would be played with this profile: its duration and exercise count. */
  planFor(routine: Routine, profile: PrecautionProfile, leadInSeconds: number): SessionPlan;
}

/**
 * Wraps the library (a value, or a signal of it while its chunk loads) and loads the planner the first
 * time a routine is shown, so a Start tap plans and plays at once, inside the tap that unlocks the sound.
 * A first visit's welcome loads neither.
 */
export function createContent(given: Library | Accessor<Library | undefined>): Content {
  const current: Accessor<Library | undefined> = typeof given === 'function' ? given : () => given;
  const library = (): Library => {
    const loaded = current();
    if (!loaded) throw new Error('The exercise library is read before it has loaded.');
    return loaded;
  };
  const [plannerModule, setPlanner] = createSignal<Planner | undefined>();
  let loading: Promise<Planner> | undefined;
  const loadPlanner = () => (loading ??= import('./today-plan').then(
    (module) => { setPlanner(() => module); return module; },
    (error: unknown) => { loading = undefined; throw error; },
  ));
  const planner = () => {
    const module = plannerModule();
    if (!module) void loadPlanner().catch(() => undefined);
    return module;
  };
  // Until the clinical tables arrive (a moment after start-up) a duration counts every item of the routine.
  const everyItem = (r: Routine): PlannedExercise[] => [...r.warmUp, ...r.main, ...r.coolDown].flatMap((item) => {
    const exercise = library().exercises.get(item.exercise);
    return exercise ? [{ exercise, dose: item.dose ?? exercise.dose }] : [];
  });
  return {
    library,
    ready: () => current() !== undefined,
    planner,
    loadPlanner,
    planFor: (r, profile, leadInSeconds) =>
      planSession(planner()?.plannedExercises(r, library(), profile) ?? everyItem(r), { leadInSeconds }),
  };
}
