import { createMemo, createSignal, type Accessor } from 'solid-js';
import type { Exercise } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import { NO_FILTERS, matchesFilters, toggleFilter, type ExerciseFilters } from './exercise-filters';
import { matchesQuery } from './exercise-search';
import '../../i18n/areas/library';

/** A search box's text and a set of filters over a list of exercises, and the exercises they leave. */
export interface ExerciseFinder {
  query: Accessor<string>;
  setQuery(query: string): void;
  filters: Accessor<ExerciseFilters>;
  toggle<K extends keyof ExerciseFilters>(facet: K, value: ExerciseFilters[K][number]): void;
  /** Empties the search and every filter. */
  clear(): void;
  shown: Accessor<readonly Exercise[]>;
}

/** The body areas of an exercise in the reader's words, so "hips" or "cadera" finds hip exercises. */
export const regionWords = (exercise: Exercise): string[] => exercise.regions.map((region) => t(`region.${region}`));

/** Search and filters over `exercises` (the library's and the routine picker's share it). */
export function createExerciseFinder(exercises: Accessor<readonly Exercise[]>): ExerciseFinder {
  const [query, setQuery] = createSignal('');
  const [filters, setFilters] = createSignal<ExerciseFilters>(NO_FILTERS);
  const shown = createMemo(() => exercises().filter((exercise) => matchesFilters(exercise, filters()) && matchesQuery(exercise, query(), regionWords)));
  return {
    query, setQuery, filters, shown,
    toggle: (facet, value) => setFilters((f) => toggleFilter(f, facet, value)),
    clear() { setQuery(''); setFilters(NO_FILTERS); },
  };
}
