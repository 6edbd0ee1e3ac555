import { createRoot, createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Exercise, Library } from '../../src/engine/content/content-types';
import type { Language } from '../../src/engine/records/settings';
import type { ExerciseText, LibraryText } from '../../src/content/translated-text';
import { createLocalisedLibrary } from '../../src/state/localised-library';

const english: Library = { exercises: new Map([['bridge', { id: 'bridge', name: 'Bridge' } as Exercise]]), routines: new Map() };
const spanish: LibraryText = { exercises: new Map([['bridge', { name: 'Puente' } as ExerciseText]]), routines: new Map() };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the library in the app’s language', () => {
  it('shows Spanish names in Spanish, English ones in English, and fetches Spanish text only for Spanish', async () => {
    const asked: Language[] = [];
    let release: () => void = () => undefined;
    const [language, setLanguage] = createSignal<Language>('en');
    const library = createRoot(() => createLocalisedLibrary(() => english, language, (lang) => {
      asked.push(lang);
      return lang === 'en' ? Promise.resolve(undefined) : new Promise((resolve) => { release = () => resolve(spanish); });
    }));
    await settle();
    expect(library()?.exercises.get('bridge')?.name).toBe('Bridge');
    setLanguage('es-419');
    await settle();
    // While the Spanish words load, the screen keeps its library instead of going blank.
    expect(library()?.exercises.get('bridge')?.name).toBe('Bridge');
    release();
    await settle();
    expect(library()?.exercises.get('bridge')?.name).toBe('Puente');
    expect(asked).toEqual(['en', 'es-419']);
  });
});
