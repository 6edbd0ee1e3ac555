import type { Exercise } from '../engine/content/content-types';
import { type Report, isRecord } from './check-fields';

/** One content file being checked: what it holds, whether it is still valid, and how to report on it. */
export interface Entry {
  file: string;
  data: unknown;
  valid: boolean;
  report: Report;
}

/** The id a file declares, if any. */
export const idOf = (data: unknown): string | undefined =>
  isRecord(data) && typeof data['id'] === 'string' ? data['id'] : undefined;

/** The ids of the entries still valid. */
export function validIds(entries: readonly Entry[]): Set<string | undefined> {
  return new Set(entries.filter((entry) => entry.valid).map((entry) => idOf(entry.data)));
}

/** Every link an exercise makes to another, with the field it sits in: easier, harder, standIns[i]. */
function linksOf(entry: Entry): [string, string][] {
  const data = entry.data;
  if (!isRecord(data)) return [];
  const links: [string, string][] = [];
  for (const key of ['easier', 'harder'] as const) if (typeof data[key] === 'string') links.push([key, data[key]]);
  const standIns = Array.isArray(data['standIns']) ? data['standIns'] : [];
  standIns.forEach((id: unknown, index) => { if (typeof id === 'string') links.push([`standIns[${index}]`, id]); });
  return links;
}

/** Every link names another exercise in the library, and none names one that has errors of its own. */
export function checkExerciseLinks(exercises: readonly Entry[]): void {
  const known = new Set(exercises.map((entry) => idOf(entry.data)));
  for (const entry of exercises) {
    for (const [key, target] of linksOf(entry)) {
      if (target === idOf(entry.data)) entry.report(key, `"${target}" is this exercise itself`);
      else if (!known.has(target)) entry.report(key, `"${target}" is not a known exercise`);
    }
  }
  // A link to a broken exercise would dangle once it is left out, and that can cascade along a chain.
  for (let changed = true; changed;) {
    changed = false;
    const valid = validIds(exercises);
    for (const entry of exercises.filter((candidate) => candidate.valid)) {
      for (const [key, target] of linksOf(entry)) {
        if (!valid.has(target)) entry.report(key, `"${target}" has errors of its own`);
        changed ||= !entry.valid;
      }
    }
  }
}

/** What links mean, among valid exercises: easier and harder point at each other. */
export function checkLinkMeaning(exercises: readonly Entry[]): void {
  const byId = new Map(exercises.filter((e) => e.valid).map((e) => [idOf(e.data), e.data as Exercise]));
  for (const entry of exercises.filter((e) => e.valid)) {
    const exercise = entry.data as Exercise;
    for (const [key, back] of [['harder', 'easier'], ['easier', 'harder']] as const) {
      const other = byId.get(exercise[key]);
      if (other !== undefined && other[back] !== exercise.id) {
        entry.report(key, `"${other.id}" must name this exercise as its ${back} version (it has ${JSON.stringify(other[back] ?? null)})`);
      }
    }
  }
}
