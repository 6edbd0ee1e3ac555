import { Show } from 'solid-js';
import { TIERS, type Exercise, type Routine } from '../../engine/content/content-types';
import { whyRuledOut } from '../../engine/clinical/rule-out';
import { planRoutine } from '../../engine/clinical/routine-plan';
import { planSession } from '../../engine/session/session-plan';
import { t } from '../../i18n/messages';
import { isCustomRoutineId } from '../../engine/records/custom-routine';
import { useApp } from '../app-context';
import { ConfirmDelete } from '../components/ConfirmDelete';
import { RoutineItems } from '../components/RoutineItems';
import { ruledOutNote } from '../components/ruled-out-words';
import { TierDurations, type TierDuration } from '../components/TierDurations';
import { NotFound } from '../components/NotFound';
import { TopBar } from '../components/TopBar';
import '../../i18n/areas/library';

/** One routine: what it is for, its exercises and doses, how long it takes on each kind of day, and Start. */
export function RoutineScreen(props: { id: string }) {
  const app = useApp();
  const routine = () => app.findRoutine(props.id);
  const noteFor = (exercise: Exercise) => ruledOutNote(exercise, whyRuledOut(exercise, app.profile()));
  // The user's own profile (EMPTY_PROFILE until they tick something), so the estimate matches what plays.
  const durations = (r: Routine): TierDuration[] => TIERS.map((tier) => {
    const plan = planRoutine(r, app.library, { tier, profile: app.profile(), hotJoints: [], triage: { outcome: 'none' }, level: 0 });
    const ms = plan.items.length === 0 ? undefined : planSession(plan.items, { leadInSeconds: app.prefs().leadInSeconds }).totalMs;
    return { tier, ms };
  });
  const remove = (r: Routine) => {
    void app.deleteCustomRoutine(r.id);
    app.router.go('/library', { replace: true });
  };
  return (
    <Show when={routine()} fallback={<Show when={app.customRoutinesLoaded()}><NotFound title={t('routine.notFound')} /></Show>}>
      {(r) => (
        <article class="stack" aria-labelledby="routine-title">
          <TopBar title={r().name} titleId="routine-title" back="/library" backLabel={t('nav.library')} />
          <p class="lead">{r().purpose}</p>
          <Show when={r().suits}><p><strong>{t('routine.suits')}: </strong>{r().suits}</p></Show>
          <button type="button" class="button primary wide big" onClick={() => app.startRoutine(r().id)}>{t('routine.start')}</button>
          <TierDurations durations={durations(r())} />
          <RoutineItems title={t('routine.warmUp')} items={r().warmUp} library={app.library} noteFor={noteFor} />
          <RoutineItems title={isCustomRoutineId(r().id) && r().warmUp.length + r().coolDown.length === 0 ? t('routine.exercises') : t('routine.main')}
            items={r().main} library={app.library} noteFor={noteFor} />
          <RoutineItems title={t('routine.coolDown')} items={r().coolDown} library={app.library} noteFor={noteFor} />
          <Show when={isCustomRoutineId(r().id)}>
            <div class="row">
              <a class="button" href={`/routines/edit/${r().id}`}>{t('routine.edit')}</a>
              <ConfirmDelete name={r().name} onDelete={() => remove(r())} />
            </div>
          </Show>
        </article>
      )}
    </Show>
  );
}
