/** The exercise library as the tests read it from exercises/ on disk (the app bundles the same files). */
import { readFileSync, readdirSync } from 'node:fs';
import type { Exercise, Library, Routine } from '../../src/engine/content/content-types';

/** Every exercise and routine under exercises/, keyed by id. */
export function readLibrary(): Library {
  const read = <T,>(dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as T);
  return {
    exercises: new Map(read<Exercise>('exercises').map((e) => [e.id, e])),
    routines: new Map(read<Routine>('exercises/routines').map((r) => [r.id, r])),
  };
}
