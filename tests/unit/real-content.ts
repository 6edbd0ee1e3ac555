import { readFileSync, readdirSync } from 'node:fs';
import type { Library } from '../../src/engine/content/content-types';
import { validateLibrary } from '../../src/content/validate';

const ROOT = new URL('../../', import.meta.url);

/** The JSON files of a folder under the project root, as content files. */
function jsonFiles(folder: string): { path: string; data: unknown }[] {
  return readdirSync(new URL(folder, ROOT)).filter((name) => name.endsWith('.json'))
    .map((name) => ({ path: `${folder}${name}`, data: JSON.parse(readFileSync(new URL(`${folder}${name}`, ROOT), 'utf8')) as unknown }));
}

/** The exercises/ folder as the app loads it, validated (illustrations are not checked here). */
export function realLibrary(): Library {
  const files = [...jsonFiles('exercises/'), ...jsonFiles('exercises/routines/')];
  const svgs = new Set(readdirSync(new URL('exercises/illustrations/', ROOT)).map((name) => `exercises/illustrations/${name}`));
  const { library, errors } = validateLibrary(files, svgs);
  if (errors.length > 0) throw new Error(`exercises/ has content errors: ${JSON.stringify(errors.slice(0, 3))}`);
  return library;
}
