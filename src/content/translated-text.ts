import type { Exercise, Library, Routine } from '../engine/content/content-types';

/** The words of an exercise, the part another language replaces (exercises/README.md, Translations). */
export type ExerciseText = Pick<Exercise, 'name' | 'purpose' | 'steps' | 'cues' | 'mistakes' | 'stopIf' | 'alt'>;

/** The words of a routine. */
export type RoutineText = Pick<Routine, 'name' | 'purpose' | 'suits'>;

/** One language's words for the library, by id. */
export interface LibraryText {
  exercises: ReadonlyMap<string, ExerciseText>;
  routines: ReadonlyMap<string, RoutineText>;
}

/** The ids and text of a glob of translation files, keyed by file name (`/exercises/es/bridge.json` → bridge). */
export function textById<T>(files: Record<string, unknown>): Map<string, T> {
  return new Map(Object.entries(files).map(([path, data]) => [/([^/]+)\.json$/.exec(path)?.[1] ?? path, data as T]));
}

/** The library with its words in another language; anything without a translation keeps its English words. */
export function translateLibrary(library: Library, text: LibraryText): Library {
  const translate = <T extends { id: string }, W>(items: ReadonlyMap<string, T>, words: ReadonlyMap<string, W>) =>
    new Map([...items].map(([id, item]) => [id, { ...item, ...words.get(id) }]));
  return { exercises: translate(library.exercises, text.exercises), routines: translate(library.routines, text.routines) };
}
