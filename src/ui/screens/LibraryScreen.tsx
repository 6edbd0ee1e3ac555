import { For, Show, createMemo, createSignal } from 'solid-js';
import { EQUIPMENT, POSITIONS, REGIONS, TIERS, type Exercise } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import { useApp } from '../app-context';
import { ExerciseRow } from '../components/ExerciseRow';
import { FilterChips } from '../components/FilterChips';
import { RoutineLinks } from '../components/RoutineLinks';
import { TopBar } from '../components/TopBar';
import { NO_FILTERS, hasFilters, matchesFilters, toggleFilter, type ExerciseFilters } from '../components/exercise-filters';
import '../../i18n/en/library';

/** Every exercise, filtered by body area, position, day type and equipment; and every routine. */
export function LibraryScreen() {
  const app = useApp();
  const [filters, setFilters] = createSignal<ExerciseFilters>(NO_FILTERS);
  const all = [...app.library.exercises.values()].sort((a, b) => a.name.localeCompare(b.name));
  const shown = createMemo(() => all.filter((exercise) => matchesFilters(exercise, filters())));
  const toggle = <K extends keyof ExerciseFilters>(facet: K) => (value: string) =>
    setFilters((f) => toggleFilter(f, facet, value as ExerciseFilters[K][number]));
  const chosenCount = () => Object.values(filters()).reduce((sum, chosen: readonly unknown[]) => sum + chosen.length, 0);
  const count = () => (shown().length === 1 ? t('library.count.one') : t('library.count.many', { count: shown().length }));
  return (
    <section class="stack" aria-labelledby="library-title">
      <TopBar title={t('library.title')} titleId="library-title" back="/" backLabel={t('nav.home')} />
      <p class="muted">{t('library.intro')}</p>
      <details class="card filters">
        <summary class="button">{chosenCount() === 0 ? t('library.filters') : t('library.filtersOn', { count: chosenCount() })}</summary>
        <FilterChips legend={t('library.region')} chosen={filters().region} onToggle={toggle('region')}
          options={REGIONS.map((value) => ({ value, label: t(`region.${value}`) }))} />
        <FilterChips legend={t('library.position')} chosen={filters().position} onToggle={toggle('position')}
          options={POSITIONS.map((value) => ({ value, label: t(`position.${value}`) }))} />
        <FilterChips legend={t('library.tier')} chosen={filters().tier} onToggle={toggle('tier')}
          options={TIERS.map((value) => ({ value, label: t(`tier.${value}`) }))} />
        <FilterChips legend={t('library.equipment')} chosen={filters().equipment} onToggle={toggle('equipment')}
          options={EQUIPMENT.map((value) => ({ value, label: t(`equipment.${value}`) }))} />
      </details>
      <div class="row count-row">
        <p class="count" role="status">{count()}</p>
        <Show when={hasFilters(filters())}>
          <button type="button" class="button quiet" onClick={() => setFilters(NO_FILTERS)}>{t('library.clear')}</button>
        </Show>
      </div>
      <Show when={shown().length > 0} fallback={<p class="notice">{t('library.none')}</p>}>
        <ul class="exercise-list" aria-label={t('library.title')}>
          <For each={shown()}>
            {(exercise: Exercise) => <ExerciseRow exercise={exercise} illustration={app.illustrationUrl(exercise)} />}
          </For>
        </ul>
      </Show>
      <h2>{t('library.routines')}</h2>
      <RoutineLinks routines={[...app.library.routines.values()]} />
      <h2>{t('library.yourRoutines')}</h2>
      <RoutineLinks routines={app.customRoutines()} />
      <a class="button primary wide" href="/routines/new">{t('library.newRoutine')}</a>
    </section>
  );
}
