import { type ExerciseText, type LibraryText, type RoutineText, textById } from './translated-text';

// Its own chunk, imported only when the app speaks Spanish; checked at build time like the English
// (scripts/content-plugin.ts, src/content/check-translation.ts).
const exerciseFiles = import.meta.glob<unknown>('/exercises/es/*.json', { eager: true, import: 'default' });
const routineFiles = import.meta.glob<unknown>('/exercises/es/routines/*.json', { eager: true, import: 'default' });

/** The exercises and routines in Latin-American Spanish. */
export const libraryText: LibraryText = {
  exercises: textById<ExerciseText>(exerciseFiles),
  routines: textById<RoutineText>(routineFiles),
};
