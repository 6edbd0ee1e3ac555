import type { Exercise, Library, Routine } from '../engine/content/content-types';
import { formatContentError, validateLibrary } from './validate';

// Eager globs put the content in the bundle; `?url&no-inline` keeps each SVG a separate precached file
// instead of a data: URL inside the initial JavaScript.
const exerciseFiles = import.meta.glob<unknown>('/exercises/*.json', { eager: true, import: 'default' });
const routineFiles = import.meta.glob<unknown>('/exercises/routines/*.json', { eager: true, import: 'default' });
const illustrationFiles = import.meta.glob<string>('/exercises/illustrations/*.svg', {
  eager: true, query: '?url&no-inline', import: 'default',
});

const withoutLeadingSlash = (path: string): string => path.replace(/^\//, '');

const illustrationUrls = new Map(
  Object.entries(illustrationFiles).map(([path, url]) => [withoutLeadingSlash(path), url]),
);

/** Checks the content in development; a production build was already checked by the content gate. */
function loadLibrary(): Library {
  if (!import.meta.env.DEV) {
    // Validated at build time (scripts/content-plugin.ts), so the validator stays out of the shipped bundle.
    const byId = <T extends { id: string }>(files: Record<string, unknown>) =>
      new Map(Object.values(files).map((data) => [(data as T).id, data as T]));
    return { exercises: byId<Exercise>(exerciseFiles), routines: byId<Routine>(routineFiles) };
  }
  const checked = validateLibrary(
    Object.entries({ ...exerciseFiles, ...routineFiles }).map(([path, data]) => ({ path: withoutLeadingSlash(path), data })),
    new Set(illustrationUrls.keys()),
  );
  if (checked.errors.length > 0) {
    throw new Error(`Flarewise content has ${checked.errors.length} problem(s):\n`
      + checked.errors.map(formatContentError).join('\n'));
  }
  return checked.library;
}

/** Every exercise and routine bundled with the app, validated. */
export const library: Library = loadLibrary();

/** The bundled URL of an exercise's illustration. */
export function illustrationUrl(exercise: Exercise): string {
  const url = illustrationUrls.get(`exercises/${exercise.illustration}`);
  if (url === undefined) throw new Error(`No illustration exercises/${exercise.illustration} for ${exercise.id}`);
  return url;
}
