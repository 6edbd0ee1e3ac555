import type { Exercise } from '../../engine/content/content-types';

/** Text folded for a forgiving match: accents dropped (é → e, ñ → n), lower case, spaces collapsed. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Whether an exercise matches what was typed: every word of the query is found in its name, purpose or
 * the names of its body areas (`regionWords`, in the reader's language), whatever the case and accents.
 * An empty query matches everything.
 */
export function matchesQuery(exercise: Exercise, query: string, regionWords: (exercise: Exercise) => readonly string[]): boolean {
  const words = foldText(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText([exercise.name, exercise.purpose, ...regionWords(exercise)].join(' '));
  return words.every((word) => haystack.includes(word));
}
