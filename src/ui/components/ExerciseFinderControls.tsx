import { Show } from 'solid-js';
import { EQUIPMENT, POSITIONS, REGIONS, TIERS } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import type { ExerciseFinder } from './create-exercise-finder';
import { hasFilters, type ExerciseFilters } from './exercise-filters';
import { FilterChips } from './FilterChips';
import '../../i18n/areas/library';
import '../styles/library.css';

/**
 * A search box, the filters folded under one button, and how many exercises are shown, with one button
 * that clears both. `searchId` lets a caller move focus to the search box.
 */
export function ExerciseFinderControls(props: { finder: ExerciseFinder; searchId: string; searchLabel: string }) {
  const f = props.finder;
  const toggle = <K extends keyof ExerciseFilters>(facet: K) => (value: string) => f.toggle(facet, value as ExerciseFilters[K][number]);
  const chosenCount = () => Object.values(f.filters()).reduce((sum, chosen: readonly unknown[]) => sum + chosen.length, 0);
  const count = () => (f.shown().length === 1 ? t('library.count.one') : t('library.count.many', { count: f.shown().length }));
  return (
    <div class="finder">
      <label class="text-field search-field">
        <span>{props.searchLabel}</span>
        <input type="search" id={props.searchId} value={f.query()} autocomplete="off" enterkeyhint="search"
          placeholder={t('library.searchHint')} onInput={(e) => f.setQuery(e.currentTarget.value)} />
      </label>
      <details class="card filters">
        <summary class="button">{chosenCount() === 0 ? t('library.filters') : t('library.filtersOn', { count: chosenCount() })}</summary>
        <FilterChips legend={t('library.region')} chosen={f.filters().region} onToggle={toggle('region')}
          options={REGIONS.map((value) => ({ value, label: t(`region.${value}`) }))} />
        <FilterChips legend={t('library.position')} chosen={f.filters().position} onToggle={toggle('position')}
          options={POSITIONS.map((value) => ({ value, label: t(`position.${value}`) }))} />
        <FilterChips legend={t('library.tier')} chosen={f.filters().tier} onToggle={toggle('tier')}
          options={TIERS.map((value) => ({ value, label: t(`tier.${value}`) }))} />
        <FilterChips legend={t('library.equipment')} chosen={f.filters().equipment} onToggle={toggle('equipment')}
          options={EQUIPMENT.map((value) => ({ value, label: t(`equipment.${value}`) }))} />
      </details>
      <div class="row count-row">
        <p class="count" role="status">{count()}</p>
        <Show when={hasFilters(f.filters()) || f.query().trim() !== ''}>
          <button type="button" class="button quiet" onClick={() => f.clear()}>{t('library.clear')}</button>
        </Show>
      </div>
    </div>
  );
}
