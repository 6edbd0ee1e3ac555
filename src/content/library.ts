import data from 'virtual:exercise-data';
import type { Exercise, Library } from '../engine/content/content-types';
import type { Language } from '../engine/records/settings';
import { type LibraryData, type LibraryText, isCompleteText, partById, translateLibrary, withFallback } from './translated-text';

// The exercises and routines without their words (scripts/content-parts.ts), checked when built; each
// language's words are a chunk of their own, fetched only for the language the app speaks.
// `?url&no-inline` keeps each SVG a separate precached file instead of a data: URL inside the JavaScript.
const illustrationFiles = import.meta.glob<string>('/exercises/illustrations/*.svg', {
  eager: true, query: '?url&no-inline', import: 'default',
});

const illustrationUrls = new Map(
  Object.entries(illustrationFiles).map(([path, url]) => [path.replace(/^\//, ''), url]),
);

const words: Record<Language, () => Promise<LibraryText>> = {
  en: () => import('./words-en').then((module) => module.libraryText),
  'es-419': () => import('./words-es').then((module) => module.libraryText),
};

/** Every exercise and routine bundled with the app, in no language: ids, movement, tags and doses. */
export const libraryData: LibraryData = partById(data);

/**
 * The library in `language`. English words are fetched for another language only if one of its words is
 * missing, to fill that gap (the build checks that none is: src/content/check-translation.ts).
 */
export async function loadLibrary(language: Language): Promise<Library> {
  const own = await words[language]();
  const text = language === 'en' || isCompleteText(libraryData, own) ? own : withFallback(own, await words.en());
  return translateLibrary(libraryData, text);
}

/** The bundled URL of an exercise's illustration. */
export function illustrationUrl(exercise: Pick<Exercise, 'id' | 'illustration'>): string {
  const url = illustrationUrls.get(`exercises/${exercise.illustration}`);
  if (url === undefined) throw new Error(`No illustration exercises/${exercise.illustration} for ${exercise.id}`);
  return url;
}
