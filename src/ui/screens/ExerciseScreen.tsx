import { For, Show } from 'solid-js';
import type { Exercise } from '../../engine/content/content-types';
import { tagsOf } from '../../engine/clinical/movement-tags';
import { whyRuledOut } from '../../engine/clinical/rule-out';
import { SHARED_STOP_RULES } from '../../engine/content/stop-rules';
import { t } from '../../i18n/messages';
import { practiseRoutineId } from '../../state/practise-routine';
import { planForToday } from '../../state/today-plan';
import { useApp } from '../app-context';
import { ExerciseFacts } from '../components/ExerciseFacts';
import { Demonstration } from '../components/Demonstration';
import { TextList } from '../components/TextList';
import { NotFound } from '../components/NotFound';
import { PractiseOne } from '../components/PractiseOne';
import { TopBar } from '../components/TopBar';
import { leftOutWords, ruledOutNote } from '../components/ruled-out-words';
import '../../i18n/areas/clinical';
import '../../i18n/areas/coach';
import '../../i18n/areas/library';
import '../styles/library.css';

/** Everything about one exercise: how to do it, when to stop, its doses and its easier and harder versions. */
export function ExerciseScreen(props: { id: string }) {
  const app = useApp();
  const exercise = () => app.library.exercises.get(props.id);
  const named = (id: string | undefined) => (id === undefined ? undefined : app.library.exercises.get(id));
  const ruledOutWhy = (ex: Exercise) => ruledOutNote(ex, whyRuledOut(ex, app.profile()));
  const tags = (ex: Exercise) => tagsOf(ex).map((tag) => t(`tag.${tag}`));
  // A session of this exercise alone is planned like any routine: once today's check-in is in, a day that
  // leaves it out says why instead of offering it.
  const notToday = (ex: Exercise) => {
    const checkIn = app.coach.today();
    const routine = app.findRoutine(practiseRoutineId(ex.id));
    if (!checkIn || !routine) return undefined;
    const plan = planForToday(routine, app.library, checkIn, app.profile(), app.levelFor(routine.id).level);
    if (plan.items.length > 0) return undefined;
    const left = plan.leftOut[0];
    return plan.noSession !== undefined || left === undefined ? t('safety.noSession') : leftOutWords(left, app.library);
  };
  return (
    <Show when={exercise()} fallback={<NotFound title={t('exercise.notFound')} />}>
      {(ex) => (
        <article class="stack" aria-labelledby="exercise-title">
          <TopBar title={ex().name} titleId="exercise-title" back="/library" backLabel={t('nav.library')} />
          <Show when={ruledOutWhy(ex())}>{(why) => <p class="notice warn">{why()}</p>}</Show>
          <div class="card hero">
            <Demonstration src={app.illustrationUrl(ex())} alt={ex().alt} phase="preview" repMs={(ex().dose.repSeconds ?? 4) * 1000} still="pair" />
          </div>
          <p class="lead">{ex().purpose}</p>
          <PractiseOne ruledOut={ruledOutWhy(ex()) !== undefined} notToday={notToday(ex())}
            onPractise={() => app.startRoutine(practiseRoutineId(ex().id))} />
          <ExerciseFacts exercise={ex()} />
          <TextList title={t('exercise.steps')} items={ex().steps} ordered />
          <TextList title={t('exercise.cues')} items={ex().cues.map((cue) => `“${cue}”`)} />
          <TextList title={t('exercise.mistakes')} items={ex().mistakes} />
          <TextList title={t('exercise.stopIf')} items={[...ex().stopIf, ...SHARED_STOP_RULES.map((code) => t(`stop.${code}`))]} />
          <TextList title={t('exercise.tags')}
            items={tags(ex()).length > 0 ? tags(ex()) : [t('exercise.noTags')]} />
          <Show when={ex().easier !== undefined || ex().harder !== undefined}>
            <nav class="card" aria-labelledby="chain-title">
              <h2 id="chain-title">{t('exercise.chain')}</h2>
              <ul class="link-list">
                <For each={[['exercise.easier', named(ex().easier)], ['exercise.harder', named(ex().harder)]] as const}>
                  {([key, other]) => (
                    <Show when={other}>{(o) => <li><a href={`/exercise/${o().id}`}>{t(key, { name: o().name })}</a></li>}</Show>
                  )}
                </For>
              </ul>
            </nav>
          </Show>
        </article>
      )}
    </Show>
  );
}
