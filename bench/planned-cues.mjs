/** Every cue a routine plans, as the engine itself hands them out, timed from the session start. */
import { fileURLToPath } from 'node:url';
import { importAppModule } from './app-modules.mjs';

/**
 * The routine's name and its cues in order, `{ cue, offsetMs }` from the Start tap, with default preferences and profile.
 * `waitForMe: false` plans it as the app does with "Wait for me" turned off (no step waits for a tap).
 */
export async function plannedSession(routineId, { waitForMe } = {}) {
  // The library with its English words, read from exercises/ as the build reads it (scripts/content-plugin.ts).
  const { readContentFolder } = await importAppModule('scripts/content-plugin.ts');
  const { validateLibrary } = await importAppModule('src/content/validate.ts');
  const folder = readContentFolder(fileURLToPath(new URL('../', import.meta.url)));
  const { library } = validateLibrary(folder.files, folder.illustrationPaths);
  const { plannedExercises } = await importAppModule('src/state/planned-exercises.ts');
  const { DEFAULT_PREFERENCES } = await importAppModule('src/engine/records/settings.ts');
  const { planSession } = await importAppModule('src/engine/session/session-plan.ts');
  const { startSession, tick } = await importAppModule('src/engine/session/session.ts');
  const routine = library.routines.get(routineId);
  if (!routine) throw new Error(`No routine "${routineId}" in exercises/routines/`);
  const plan = planSession(plannedExercises(routine, library), {
    leadInSeconds: DEFAULT_PREFERENCES.leadInSeconds, waitOnPositionChange: waitForMe ?? DEFAULT_PREFERENCES.waitForMe,
  });
  // One tick at the very end, with nothing treated as stale, returns every cue of the session once.
  const { cues } = tick(startSession(plan, 0), plan.totalMs, { staleMs: Number.POSITIVE_INFINITY });
  return { name: routine.name, cues: cues.map(({ cue, at }) => ({ cue, offsetMs: at })) };
}
