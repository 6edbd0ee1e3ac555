import { expect } from 'vitest';
import { type ContentError, type ContentFile, validateLibrary } from '../../src/content/validate';
import baseExercise from '../fixtures/content/valid/exercises/pelvic-tilt-hold.json';
import baseRoutine from '../fixtures/content/valid/exercises/routines/gentle-start.json';

/** The valid fixture exercise and routine that each content test edits a field or two of. */
export { baseExercise, baseRoutine };

export const EXERCISE_FILE = 'exercises/pelvic-tilt-hold.json';
export const ROUTINE_FILE = 'exercises/routines/gentle-start.json';
export const ILLUSTRATIONS = new Set(['exercises/illustrations/pelvic-tilt-hold.svg']);

/** Sets (or, with undefined, deletes) the value at a field path like `tiers.amber.reps` or `main[1].dose`. */
function setPath(target: unknown, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, target as Record<string, unknown>);
  if (value === undefined) delete parent[last];
  else parent[last] = value;
}

/** A copy of `base` with each field path set (or deleted) as `edits` says. */
export function edited(base: object, edits: Record<string, unknown>): unknown {
  const copy = structuredClone(base);
  for (const [path, value] of Object.entries(edits)) setPath(copy, path, value);
  return copy;
}

/** Validates the fixture exercise and routine, each with its edits. */
export function validate(edits: { exercise?: Record<string, unknown>; routine?: Record<string, unknown> } = {}) {
  return validateLibrary([
    { path: EXERCISE_FILE, data: edited(baseExercise, edits.exercise ?? {}) },
    { path: ROUTINE_FILE, data: edited(baseRoutine, edits.routine ?? {}) },
  ], ILLUSTRATIONS);
}

/** Expects an error naming this file and field whose message contains `message`. */
export function expectError(errors: ContentError[], file: string, field: string, message: string): void {
  expect(errors).toContainEqual({ file, field, message: expect.stringContaining(message) });
}

/** A second, valid exercise in its own file. */
export const otherExercise = (id: string, edits: Record<string, unknown> = {}): ContentFile =>
  ({ path: `exercises/${id}.json`, data: edited(baseExercise, { id, ...edits }) });
