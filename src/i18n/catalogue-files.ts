import type { Language } from './language';

/** An area of the catalogue: one file per language under en/ and es/. */
export type Area =
  | 'core' | 'pwa' | 'storage' | 'coach' | 'data' | 'feedback' | 'library' | 'progress' | 'clinical' | 'report' | 'player'
  | 'triage' | 'sound';

/**
 * The words every screen may need (the top bar, storage trouble, install and update) and the coach's, which both
 * first screens (the welcome, today) show: nothing draws before they are there.
 */
export const FIRST_SCREEN_AREAS: readonly Area[] = ['core', 'pwa', 'storage', 'coach'];

const FOLDER: Record<Language, string> = { en: 'en', 'es-419': 'es' };

// Each language's area is its own lazily loaded chunk: an English user never downloads a Spanish word, and the
// reverse. (A hand-written loader rather than @solid-primitives/i18n: ours is one file, and that library's
// flatten/resolve helpers would not load an area per language on demand, which is what keeps the first screen small.)
const loaders = import.meta.glob<Record<string, Readonly<Record<string, string>>>>(['./en/*.ts', './es/*.ts']);

/** One area's messages in one language, fetched on first use. */
export async function readArea(lang: Language, area: Area): Promise<Record<string, string>> {
  const load = loaders[`./${FOLDER[lang]}/${area}.ts`];
  if (!load) throw new Error(`No ${lang} messages for the ${area} area`);
  return Object.assign({}, ...Object.values(await load()));
}
