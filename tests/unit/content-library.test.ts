// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentFolder, readContentFolder } from '../../scripts/content-plugin';
import { validateLibrary } from '../../src/content/validate';
import { isCompleteText } from '../../src/content/translated-text';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the real exercises/ folder', () => {
  it('breaks no content rule', () => {
    expect(checkContentFolder(ROOT)).toEqual([]);
  });

  it('holds at least 6 exercises and 2 routines', () => {
    const folder = readContentFolder(ROOT);
    const { library } = validateLibrary(folder.files, folder.illustrationPaths);
    expect(library.exercises.size).toBeGreaterThanOrEqual(6);
    expect(library.routines.size).toBeGreaterThanOrEqual(2);
  });
});

describe('the bundled library', () => {
  it('bundles every exercise and routine in the folder, without their words', async () => {
    const { libraryData } = await import('../../src/content/library');
    const folder = readContentFolder(ROOT);
    const idsIn = (routines: boolean): string[] => folder.files
      .filter((file) => file.path.startsWith('exercises/routines/') === routines)
      .map((file) => file.path.replace(/^.*\/|\.json$/g, ''))
      .sort();
    expect([...libraryData.exercises.keys()].sort()).toEqual(idsIn(false));
    expect([...libraryData.routines.keys()].sort()).toEqual(idsIn(true));
    expect(libraryData.exercises.get('bridge')).toMatchObject({ id: 'bridge', category: 'strength', tags: ['hip-loading', 'resistance'] });
    expect(JSON.stringify([...libraryData.exercises.values(), ...libraryData.routines.values()])).not.toMatch(/"(name|steps|cues|purpose|suits|alt)"/);
  });

  it('keeps each language’s words apart: an English bridge, a Spanish puente, nothing missing in Spanish', async () => {
    const { libraryData } = await import('../../src/content/library');
    const english = (await import('../../src/content/words-en')).libraryText;
    const spanish = (await import('../../src/content/words-es')).libraryText;
    expect(english.exercises.get('bridge')).toMatchObject({ name: 'Bridge', cues: ['Squeeze and lift', 'Lower slowly', 'Breathe out to lift'] });
    expect(spanish.exercises.get('bridge')).toMatchObject({ name: 'Puente', cues: ['Aprieta y sube', 'Baja despacio', 'Suelta el aire al subir'] });
    expect(english.exercises.get('bridge')).not.toHaveProperty('dose');
    expect(isCompleteText(libraryData, spanish)).toBe(true);
    expect(isCompleteText(libraryData, english)).toBe(true);
  });

  it('gives every exercise an illustration URL', async () => {
    const { illustrationUrl, libraryData } = await import('../../src/content/library');
    for (const exercise of libraryData.exercises.values()) {
      expect(illustrationUrl(exercise)).toMatch(/\.svg(\?[\w&-]*)?$/);
    }
  });
});
