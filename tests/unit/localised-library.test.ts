import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Exercise, Library } from '../../src/engine/content/content-types';
import type { Language } from '../../src/engine/records/settings';
import { type ExerciseData, type ExerciseText, type LibraryData, type LibraryText, translateLibrary, withFallback } from '../../src/content/translated-text';
import { createLocalisedLibrary } from '../../src/state/localised-library';

const data: LibraryData = { exercises: new Map([['bridge', { id: 'bridge', tags: ['hip-loading'] } as unknown as ExerciseData]]), routines: new Map() };
const words = (name: string, alt?: string): LibraryText =>
  ({ exercises: new Map([['bridge', { name, ...(alt === undefined ? {} : { alt }) } as Partial<ExerciseText>]]), routines: new Map() });
const english = words('Bridge', 'Lying on the back');
const spanish = words('Puente', 'Boca arriba');
const bridgeIn = (library: Library | undefined): Exercise | undefined => library?.exercises.get('bridge');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the library in the app’s language', () => {
  it('shows Spanish names in Spanish, English ones in English, and fetches only the words of the language shown', async () => {
    const asked: Language[] = [];
    let release: () => void = () => undefined;
    const [language, setLanguage] = createSignal<Language>('en');
    const [content, setContent] = createSignal<(language: Language) => Promise<Library>>();
    const library = createRoot(() => createLocalisedLibrary(content, language));
    await settle();
    expect(library()).toBeUndefined();
    setContent(() => (lang: Language) => {
      asked.push(lang);
      return lang === 'en' ? Promise.resolve(translateLibrary(data, english))
        : new Promise<Library>((resolve) => { release = () => resolve(translateLibrary(data, spanish)); });
    });
    await settle();
    expect(bridgeIn(library())).toMatchObject({ name: 'Bridge', tags: ['hip-loading'] });
    setLanguage('es-419');
    await settle();
    // While the Spanish words load, the screen keeps its library instead of going blank.
    expect(bridgeIn(library())?.name).toBe('Bridge');
    release();
    await settle();
    expect(bridgeIn(library())).toMatchObject({ name: 'Puente', alt: 'Boca arriba', tags: ['hip-loading'] });
    expect(asked).toEqual(['en', 'es-419']);
  });

  it('fills a Spanish word that is missing with the English one, keeping every Spanish word there is', () => {
    const filled = withFallback(words('Puente'), english);
    expect(filled.exercises.get('bridge')).toEqual({ name: 'Puente', alt: 'Lying on the back' });
  });
});
