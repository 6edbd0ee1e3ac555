import type { Equipment, Exercise, Position, Region, Tier } from '../../engine/content/content-types';

/** The library's filters: within one facet any chosen value matches, and the facets combine. */
export interface ExerciseFilters {
  region: readonly Region[];
  position: readonly Position[];
  tier: readonly Tier[];
  equipment: readonly Equipment[];
}

/** No filter chosen: every exercise shows. */
export const NO_FILTERS: ExerciseFilters = { region: [], position: [], tier: [], equipment: [] };

const anyOf = <T,>(chosen: readonly T[], has: (value: T) => boolean) => chosen.length === 0 || chosen.some(has);

/** Whether an exercise passes every chosen filter. */
export function matchesFilters(exercise: Exercise, filters: ExerciseFilters): boolean {
  return anyOf(filters.region, (r) => exercise.regions.includes(r))
    && anyOf(filters.position, (p) => exercise.position === p)
    && anyOf(filters.tier, (tier) => exercise.tiers[tier] !== undefined)
    && anyOf(filters.equipment, (e) => exercise.equipment.includes(e));
}

/** Whether any filter is chosen. */
export function hasFilters(filters: ExerciseFilters): boolean {
  return Object.values(filters).some((chosen: readonly unknown[]) => chosen.length > 0);
}

/** The filters with one value switched on or off. */
export function toggleFilter<K extends keyof ExerciseFilters>(
  filters: ExerciseFilters, facet: K, value: ExerciseFilters[K][number],
): ExerciseFilters {
  const chosen = filters[facet] as readonly unknown[];
  const next = chosen.includes(value) ? chosen.filter((v) => v !== value) : [...chosen, value];
  return { ...filters, [facet]: next };
}
