import type { Exercise, Library, Routine } from '../engine/content/content-types';
import { checkExercise } from './check-exercise';
import { isRecord } from './check-fields';
import { type Entry, checkExerciseLinks, checkLinkMeaning, idOf, validIds } from './check-links';
import { ROUTINE_SECTIONS, checkRoutine } from './check-routine';

/** One problem in the content, naming the file and the field path (`tiers.amber.reps`, `main[1].exercise`). */
export interface ContentError {
  file: string;
  field: string;
  message: string;
}

/** One parsed content file; `path` is relative to the project root, like `exercises/bridge.json`. */
export interface ContentFile {
  path: string;
  data: unknown;
}

/** The valid part of the library, and every problem found in the rest. */
export interface LibraryValidation {
  library: Library;
  errors: ContentError[];
}

/** One line naming file, field and problem: `exercises/bridge.json: dose.holdSeconds: 600 is over the 180 s maximum`. */
export function formatContentError(error: ContentError): string {
  return error.field === '' ? `${error.file}: ${error.message}` : `${error.file}: ${error.field}: ${error.message}`;
}

const EXERCISE_PATH = /^exercises\/([^/]+)\.json$/;
const ROUTINE_PATH = /^exercises\/routines\/([^/]+)\.json$/;

/**
 * Checks every exercise and routine file against the content rules and against each other, collecting all
 * problems. `illustrationPaths` holds the SVGs that exist, like `exercises/illustrations/bridge.svg`.
 */
export function validateLibrary(files: readonly ContentFile[], illustrationPaths: ReadonlySet<string>): LibraryValidation {
  const errors: ContentError[] = [];
  const exercises: Entry[] = [];
  const routines: Entry[] = [];
  for (const { path, data } of files) {
    const entry: Entry = { file: path, data, valid: true, report: (field, message) => {
      errors.push({ file: path, field, message });
      entry.valid = false;
    } };
    const exerciseName = EXERCISE_PATH.exec(path)?.[1];
    const routineName = ROUTINE_PATH.exec(path)?.[1];
    if (exerciseName !== undefined) checkExercise(data, illustrationPaths, entry.report);
    else if (routineName !== undefined) checkRoutine(data, entry.report);
    else entry.report('', 'is not where content goes (exercises/<id>.json or exercises/routines/<id>.json)');
    checkFileName(entry, exerciseName ?? routineName);
    if (exerciseName !== undefined) exercises.push(entry);
    if (routineName !== undefined) routines.push(entry);
  }
  rejectDuplicateIds(exercises);
  rejectDuplicateIds(routines);
  checkExerciseLinks(exercises);
  checkLinkMeaning(exercises);
  checkRoutineItems(routines, exercises);
  return { library: { exercises: validById<Exercise>(exercises), routines: validById<Routine>(routines) }, errors };
}

function checkFileName(entry: Entry, fileName: string | undefined): void {
  const id = idOf(entry.data);
  if (fileName !== undefined && id !== undefined && id !== fileName) {
    entry.report('id', `"${id}" does not match the file name ${fileName}.json`);
  }
}

function rejectDuplicateIds(entries: readonly Entry[]): void {
  const firstFile = new Map<string, string>();
  for (const entry of entries) {
    const id = idOf(entry.data);
    if (id === undefined) continue;
    const first = firstFile.get(id);
    if (first === undefined) firstFile.set(id, entry.file);
    else entry.report('id', `"${id}" is already the id of ${first}`);
  }
}

function checkRoutineItems(routines: readonly Entry[], exercises: readonly Entry[]): void {
  const known = new Set(exercises.map((entry) => idOf(entry.data)));
  const valid = validIds(exercises);
  for (const entry of routines) {
    if (!isRecord(entry.data)) continue;
    for (const section of ROUTINE_SECTIONS) {
      const items = entry.data[section];
      if (!Array.isArray(items)) continue;
      items.forEach((item: unknown, index) => {
        const target = isRecord(item) ? item['exercise'] : undefined;
        if (typeof target !== 'string') return;
        const field = `${section}[${index}].exercise`;
        if (!known.has(target)) entry.report(field, `"${target}" is not a known exercise`);
        else if (!valid.has(target)) entry.report(field, `"${target}" has errors of its own`);
      });
    }
  }
}

// Only entries that passed every check reach here, so the cast is what the checks proved.
function validById<T extends { id: string }>(entries: readonly Entry[]): ReadonlyMap<string, T> {
  const valid = entries.filter((entry) => entry.valid).map((entry) => entry.data as T);
  return new Map(valid.map((item) => [item.id, item]));
}
