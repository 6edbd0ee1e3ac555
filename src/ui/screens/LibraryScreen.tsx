import { For, Show } from 'solid-js';
import type { Exercise } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import { useApp } from '../app-context';
import { createExerciseFinder } from '../components/create-exercise-finder';
import { ExerciseFinderControls } from '../components/ExerciseFinderControls';
import { ExerciseRow } from '../components/ExerciseRow';
import { RoutineLinks } from '../components/RoutineLinks';
import { TopBar } from '../components/TopBar';
import '../../i18n/areas/library';
import '../styles/library.css';

/** Every exercise, searched and filtered by body area, position, day type and equipment; every routine; build your own. */
export function LibraryScreen() {
  const app = useApp();
  const all = [...app.library.exercises.values()].sort((a, b) => a.name.localeCompare(b.name));
  const finder = createExerciseFinder(() => all);
  return (
    <section class="stack" aria-labelledby="library-title">
      <TopBar title={t('library.title')} titleId="library-title" back="/" backLabel={t('nav.home')} />
      <p class="muted">{t('library.intro')}</p>
      <div class="row library-actions">
        <a class="button primary" href="/routines/new">{t('library.newRoutine')}</a>
        <a class="button quiet" href="#routines-title">{t('library.toRoutines')}</a>
      </div>
      <ExerciseFinderControls finder={finder} searchId="library-search" searchLabel={t('library.search')} />
      <Show when={finder.shown().length > 0} fallback={<p class="notice">{t('library.none')}</p>}>
        <ul class="exercise-list" aria-label={t('library.title')}>
          <For each={finder.shown()}>
            {(exercise: Exercise) => <ExerciseRow exercise={exercise} illustration={app.illustrationUrl(exercise)} />}
          </For>
        </ul>
      </Show>
      <h2 id="routines-title" tabindex="-1">{t('library.routines')}</h2>
      <RoutineLinks routines={[...app.library.routines.values()]} />
      <h2>{t('library.yourRoutines')}</h2>
      <RoutineLinks routines={app.customRoutines()} />
      <a class="button primary wide" href="/routines/new">{t('library.newRoutine')}</a>
    </section>
  );
}
