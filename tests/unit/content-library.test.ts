// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkContentFolder, readContentFolder } from '../../scripts/content-plugin';
import { validateLibrary } from '../../src/content/validate';

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

describe('library', () => {
  it('bundles every exercise and routine in the folder', async () => {
    const { library } = await import('../../src/content/library');
    const folder = readContentFolder(ROOT);
    const idsIn = (routines: boolean): string[] => folder.files
      .filter((file) => file.path.startsWith('exercises/routines/') === routines)
      .map((file) => file.path.replace(/^.*\/|\.json$/g, ''))
      .sort();
    expect([...library.exercises.keys()].sort()).toEqual(idsIn(false));
    expect([...library.routines.keys()].sort()).toEqual(idsIn(true));
  });

  it('gives every exercise an illustration URL', async () => {
    const { illustrationUrl, library } = await import('../../src/content/library');
    for (const exercise of library.exercises.values()) {
      expect(illustrationUrl(exercise)).toMatch(/\.svg(\?[\w&-]*)?$/);
    }
  });
});
