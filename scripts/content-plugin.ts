import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { checkTranslations } from '../src/content/check-translation';
import { type ContentError, type ContentFile, formatContentError, validateLibrary } from '../src/content/validate';

/** What exercises/ holds on disk, the files scripts/content-parts.ts turns into the app's content modules. */
export interface ContentFolder {
  files: ContentFile[];
  /** The translated text, by language folder: `es` holds exercises/es/*.json and exercises/es/routines/*.json. */
  translations: Map<string, ContentFile[]>;
  illustrationPaths: Set<string>;
  errors: ContentError[];
}

const JSON_FOLDERS = ['exercises', 'exercises/routines'];
// One folder per language besides English (scripts/content-parts.ts serves each as its own module).
const LANGUAGE_FOLDERS = ['es'];
const ILLUSTRATION_FOLDER = 'exercises/illustrations';

const namesIn = (folder: string, extension: string): string[] =>
  existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith(extension)).sort() : [];

/** Reads and parses every content file under `root`; a file that is not valid JSON becomes an error naming it. */
export function readContentFolder(root: string): ContentFolder {
  const folder: ContentFolder = { files: [], translations: new Map(), illustrationPaths: new Set(), errors: [] };
  const readJson = (relative: string, into: ContentFile[]): void => {
    for (const name of namesIn(join(root, relative), '.json')) {
      const path = `${relative}/${name}`;
      try {
        into.push({ path, data: JSON.parse(readFileSync(join(root, relative, name), 'utf8')) });
      } catch (error) {
        folder.errors.push({ file: path, field: '', message: `is not valid JSON: ${(error as Error).message}` });
      }
    }
  };
  for (const relative of JSON_FOLDERS) readJson(relative, folder.files);
  // A language, once its folder exists, must translate everything (a fixture without one is English only).
  for (const language of LANGUAGE_FOLDERS.filter((name) => existsSync(join(root, 'exercises', name)))) {
    const files: ContentFile[] = [];
    for (const relative of JSON_FOLDERS) readJson(relative.replace(/^exercises/, `exercises/${language}`), files);
    folder.translations.set(language, files);
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
  const untranslated = [...folder.translations].flatMap(([language, files]) => checkTranslations(folder.files, files, language));
  return [...folder.errors, ...errors, ...untranslated].map(formatContentError);
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
