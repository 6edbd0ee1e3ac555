import { For, Show, createSignal } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { Dose, Routine } from '../../engine/content-types';
import { t } from '../../i18n/messages';
import { CUSTOM_ROUTINE_PREFIX } from '../../storage/custom-routines';
import { useApp } from '../app-context';
import { EditorItem } from '../components/EditorItem';
import { ExercisePicker } from '../components/ExercisePicker';
import { TopBar } from '../components/TopBar';
import '../../i18n/en/library';

/** One exercise of the routine being built, with the dose the user chose. */
interface Draft {
  exercise: string;
  dose: Dose;
}

const newId = () => `${CUSTOM_ROUTINE_PREFIX}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Builds a new routine, or edits one of the user's own (`id`), once the saved routines have loaded. */
export function RoutineEditorScreen(props: { id?: string }) {
  const app = useApp();
  const existing = () => (props.id === undefined ? undefined : app.findRoutine(props.id));
  return (
    <Show when={props.id === undefined || existing()} keyed fallback={
      <Show when={app.customRoutinesLoaded()}>
        <TopBar title={t('routine.notFound')} titleId="editor-title" back="/library" backLabel={t('nav.library')} />
      </Show>
    }>
      {(found) => <RoutineEditor initial={found === true ? undefined : found} />}
    </Show>
  );
}

function RoutineEditor(props: { initial: Routine | undefined }) {
  const app = useApp();
  const library = app.library.exercises;
  const [name, setName] = createSignal(props.initial?.name ?? '');
  const [items, setItems] = createStore<Draft[]>((props.initial?.main ?? []).flatMap((item) => {
    const exercise = library.get(item.exercise);
    return exercise ? [{ exercise: exercise.id, dose: item.dose ?? exercise.dose }] : [];
  }));
  const [problem, setProblem] = createSignal<string | null>(null);
  // A store keeps each item's identity through dose edits and moves, so its buttons (and focus) survive.
  const move = (index: number, direction: -1 | 1) => setItems((list) => {
    const next = [...list];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + direction, 0, moved);
    return next;
  });
  const save = async () => {
    if (name().trim() === '') return setProblem(t('editor.needName'));
    if (items.length === 0) return setProblem(t('editor.needExercise'));
    const id = props.initial?.id ?? newId();
    // Plain copies: IndexedDB cannot store the store's proxies.
    const main = items.map(({ exercise, dose }) => ({ exercise, dose: { ...dose } }));
    await app.saveCustomRoutine({ id, name: name().trim(), purpose: t('routine.customPurpose'), suits: '', warmUp: [], main, coolDown: [] });
    app.router.go(`/routine/${id}`, { replace: true });
  };
  const back = props.initial ? `/routine/${props.initial.id}` : '/library';
  return (
    <section class="stack" aria-labelledby="editor-title">
      <TopBar title={props.initial ? t('editor.editTitle') : t('editor.newTitle')} titleId="editor-title" back={back} />
      <label class="text-field">
        <span>{t('editor.name')}</span>
        <input type="text" value={name()} maxLength={60} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <h2>{t('editor.chosen')}</h2>
      <Show when={items.length > 0} fallback={<p class="muted">{t('editor.empty')}</p>}>
        <ol class="editor-list">
          <For each={items}>
            {(item, index) => (
              <Show when={library.get(item.exercise)}>
                {(exercise) => (
                  <EditorItem exercise={exercise()} dose={item.dose} first={index() === 0} last={index() === items.length - 1}
                    onMove={(direction) => move(index(), direction)}
                    onRemove={() => setItems((list) => list.filter((_, i) => i !== index()))}
                    onDose={(dose) => setItems(index(), 'dose', dose)} />
                )}
              </Show>
            )}
          </For>
        </ol>
      </Show>
      <p class="muted small">{t('editor.limitNote')}</p>
      <Show when={problem()}>{(text) => <p class="notice warn" role="alert">{text()}</p>}</Show>
      <Show when={app.storageError()}>
        {(reason) => <p class="notice warn" role="alert">{t('home.storageProblem', { reason: reason() })}</p>}
      </Show>
      <button type="button" class="button primary wide big" onClick={() => void save()}>{t('editor.save')}</button>
      <ExercisePicker exercises={[...library.values()].sort((a, b) => a.name.localeCompare(b.name))} profile={app.profile()}
        onAdd={(exercise) => { setProblem(null); setItems((list) => [...list, { exercise: exercise.id, dose: exercise.dose }]); }} />
    </section>
  );
}
