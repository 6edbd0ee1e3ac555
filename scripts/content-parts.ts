import { join } from 'node:path';
import type { Plugin } from 'vite';
import { EXERCISE_TEXT_FIELDS, ROUTINE_TEXT_FIELDS } from '../src/content/translated-text';
import { type ContentFile } from '../src/content/validate';
import { type ContentFolder, checkContentFolder, readContentFolder } from './content-plugin';

/**
 * The content modules the app imports, each derived from exercises/ when it is loaded (the JSON files stay
 * the one owner of every fact):
 * - `virtual:exercise-data`: every exercise and routine without its words (ids, movement, tags, doses);
 * - `virtual:exercise-words-en`: the English words of each, taken from the same files;
 * - `virtual:exercise-words-es`: the Spanish words, exercises/es/ (exercises/README.md, Translations).
 * So a Spanish phone downloads no English sentence, and an English phone no Spanish one.
 */
const PREFIX = 'virtual:exercise-';
const PARTS = ['data', 'words-en', 'words-es'] as const;
type Part = (typeof PARTS)[number];

const idOf = (path: string): string => /([^/]+)\.json$/.exec(path)?.[1] ?? path;
const isRoutine = (path: string): boolean => path.includes('/routines/');

/** Keeps (or, with `keep` false, drops) the named fields of a content object. */
function pick(data: unknown, fields: readonly string[], keep: boolean): Record<string, unknown> {
  const entries = Object.entries(data as Record<string, unknown>);
  return Object.fromEntries(entries.filter(([key]) => fields.includes(key) === keep));
}

/** The objects of one part, by kind and id. */
export function contentPart(folder: ContentFolder, part: Part): { exercises: object; routines: object } {
  const files: ContentFile[] = part === 'words-es' ? folder.translations.get('es') ?? [] : folder.files;
  const shape = (file: ContentFile) => {
    const fields = isRoutine(file.path) ? ROUTINE_TEXT_FIELDS : EXERCISE_TEXT_FIELDS;
    return part === 'data' ? pick(file.data, fields, false) : pick(file.data, fields, true);
  };
  const byId = (routines: boolean) => Object.fromEntries(files.filter((file) => isRoutine(file.path) === routines)
    .map((file) => [idOf(file.path), shape(file)]));
  return { exercises: byId(false), routines: byId(true) };
}

/** Vite plugin serving the content modules; in development a broken content file shows as an error naming it. */
export function contentParts(options: { root?: string } = {}): Plugin {
  let root = options.root;
  return {
    name: 'flarewise-content-parts',
    configResolved(config) {
      root ??= config.root;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) && PARTS.includes(id.slice(PREFIX.length) as Part) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const part = id.slice(PREFIX.length + 1) as Part;
      const problems = checkContentFolder(root ?? '.');
      if (problems.length > 0) this.error(`exercises/ has ${problems.length} content problem(s):\n${problems.join('\n')}`);
      const folder = readContentFolder(root ?? '.');
      for (const file of [folder.files, ...folder.translations.values()].flat()) this.addWatchFile(join(root ?? '.', file.path));
      // JSON.parse of a string: V8 parses it several times faster than the same object literal (vite.config.ts json).
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(contentPart(folder, part)))});`;
    },
  };
}
