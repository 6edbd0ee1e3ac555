import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { type ContentError, type ContentFile, formatContentError, validateLibrary } from '../src/content/validate';

/** What exercises/ holds on disk, read the way src/content/library.ts globs it. */
export interface ContentFolder {
  files: ContentFile[];
  illustrationPaths: Set<string>;
  errors: ContentError[];
}

// The same three folders and extensions as the import.meta.glob calls in src/content/library.ts.
const JSON_FOLDERS = ['exercises', 'exercises/routines'];
const ILLUSTRATION_FOLDER = 'exercises/illustrations';

const namesIn = (folder: string, extension: string): string[] =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(extension)).sort() : [];

/** Reads and parses every content file under `root`; a file that is not valid JSON becomes an error naming it. */
export function readContentFolder(root: string): ContentFolder {
  const folder: ContentFolder = { files: [], illustrationPaths: new Set(), errors: [] };
  for (const relative of JSON_FOLDERS) {
    for (const name of namesIn(join(root, relative), '.json')) {
      const path = `${relative}/${name}`;
      try {
        folder.files.push({ path, data: JSON.parse(readFileSync(join(root, relative, name), 'utf8')) });
      } catch (error) {
        folder.errors.push({ file: path, field: '', message: `is not valid JSON: ${(error as Error).message}` });
      }
    }
  }
  for (const name of namesIn(join(root, ILLUSTRATION_FOLDER), '.svg')) {
    folder.illustrationPaths.add(`${ILLUSTRATION_FOLDER}/${name}`);
  }
  return folder;
}

/** Every content problem under `root`, one formatted line each (empty when the content is sound). */
export function checkContentFolder(root: string): string[] {
  const folder = readContentFolder(root);
  const { errors } = validateLibrary(folder.files, folder.illustrationPaths);
  return [...folder.errors, ...errors].map(formatContentError);
}

/** Vite plugin that fails the build, and dev server start, while exercises/ breaks a content rule. */
export function contentGate(options: { root?: string } = {}): Plugin {
  let root = options.root;
  return {
    name: 'flarewise-content-gate',
    configResolved(config) {
      root ??= config.root;
    },
    buildStart() {
      const problems = checkContentFolder(root ?? '.');
      if (problems.length > 0) {
        this.error(`exercises/ has ${problems.length} content problem(s):\n${problems.join('\n')}`);
      }
    },
  };
}
