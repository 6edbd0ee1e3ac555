import type { Exercise, Library, Routine } from '../engine/content/content-types';

/** The fields of an exercise that are words, the part each language has its own of (exercises/README.md, Translations). */
export const EXERCISE_TEXT_FIELDS = ['name', 'purpose', 'steps', 'cues', 'mistakes', 'stopIf', 'alt'] as const;

/** The fields of a routine that are words. */
export const ROUTINE_TEXT_FIELDS = ['name', 'purpose', 'suits'] as const;

/** The words of an exercise, the part another language replaces. */
export type ExerciseText = Pick<Exercise, (typeof EXERCISE_TEXT_FIELDS)[number]>;

/** The words of a routine. */
export type RoutineText = Pick<Routine, (typeof ROUTINE_TEXT_FIELDS)[number]>;

/** An exercise without its words: ids, movement, tags, doses, the same in every language. */
export type ExerciseData = Omit<Exercise, (typeof EXERCISE_TEXT_FIELDS)[number]>;

/** A routine without its words. */
export type RoutineData = Omit<Routine, (typeof ROUTINE_TEXT_FIELDS)[number]>;

/** The language-neutral part of the library, by id. */
export interface LibraryData {
  exercises: ReadonlyMap<string, ExerciseData>;
  routines: ReadonlyMap<string, RoutineData>;
}

/** One language's words for the library, by id. */
export interface LibraryText {
  exercises: ReadonlyMap<string, Partial<ExerciseText>>;
  routines: ReadonlyMap<string, Partial<RoutineText>>;
}

/** What scripts/content-parts.ts puts in a content module: plain objects keyed by id. */
export interface ContentPart<E, R> {
  exercises: Record<string, E>;
  routines: Record<string, R>;
}

/** A content module's objects as maps by id. */
export function partById<E, R>(part: ContentPart<E, R>): { exercises: Map<string, E>; routines: Map<string, R> } {
  return { exercises: new Map(Object.entries(part.exercises)), routines: new Map(Object.entries(part.routines)) };
}

/** True when `text` has every word of every exercise and routine in `data`. */
export function isCompleteText(data: LibraryData, text: LibraryText): boolean {
  const complete = (ids: Iterable<string>, words: LibraryText['exercises'] | LibraryText['routines'], fields: readonly string[]) =>
    [...ids].every((id) => { const own = words.get(id) as Record<string, unknown> | undefined; return own !== undefined && fields.every((field) => own[field] !== undefined); });
  return complete(data.exercises.keys(), text.exercises, EXERCISE_TEXT_FIELDS)
    && complete(data.routines.keys(), text.routines, ROUTINE_TEXT_FIELDS);
}

/** `text` with any missing word taken from `fallback` (English), entry by entry and field by field. */
export function withFallback(text: LibraryText, fallback: LibraryText): LibraryText {
  const fill = <W>(own: ReadonlyMap<string, Partial<W>>, spare: ReadonlyMap<string, Partial<W>>) =>
    new Map([...spare].map(([id, words]) => [id, { ...words, ...own.get(id) }]));
  return { exercises: fill(text.exercises, fallback.exercises), routines: fill(text.routines, fallback.routines) };
}

/** The library in one language: the neutral data with that language's words laid over it. */
export function translateLibrary(data: LibraryData, text: LibraryText): Library {
  // The words were checked complete (isCompleteText, or English filled in by withFallback), so each item is whole.
  const translate = <T extends object, W>(items: ReadonlyMap<string, T>, words: ReadonlyMap<string, Partial<W>>) =>
    new Map([...items].map(([id, item]) => [id, { ...item, ...words.get(id) } as T & W]));
  return { exercises: translate(data.exercises, text.exercises), routines: translate(data.routines, text.routines) };
}
