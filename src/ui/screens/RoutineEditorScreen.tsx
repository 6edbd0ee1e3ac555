import { For, Show, createMemo, createSignal } from 'solid-js';
import type { Exercise, Routine } from '../../engine/content/content-types';
import { ROUTINE_PARTS, partDurationsMs, type PartPosition, type RoutinePart } from '../../engine/session/routine-parts';
import { formatDuration, t } from '../../i18n/messages';
import { createRoutineDraft } from '../../state/create-routine-draft';
import { CUSTOM_ROUTINE_PREFIX } from '../../engine/records/custom-routine';
import { useApp } from '../app-context';
import { EditorPart, partHeadingId } from '../components/EditorPart';
import { whyRuledOut } from '../../engine/clinical/rule-out';
import { ExercisePicker, PICKER_SEARCH_ID } from '../components/ExercisePicker';
import { ruledOutNote } from '../components/ruled-out-words';
import { partTitle } from '../components/part-words';
import { TopBar } from '../components/TopBar';
import '../../i18n/areas/library';
import '../styles/editor.css';

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
  const library = app.library;
  const [name, setName] = createSignal(props.initial?.name ?? '');
  const draft = createRoutineDraft(props.initial, library);
  const [target, setTarget] = createSignal<RoutinePart>('main');
  const [problem, setProblem] = createSignal<string | null>(null);
  // What just happened, shown and read out by the picker: the list that changed may be far from the button pressed.
  const [said, setSaid] = createSignal('');
  const nameAt = (at: PartPosition) => library.exercises.get(draft.parts[at.part][at.index]?.exercise ?? '')?.name ?? '';
  // Times count what will play for this user: exercises their precautions rule out are left out.
  const planned = (items: typeof draft.parts.main) => items.flatMap(({ exercise, dose }) => {
    const found = library.exercises.get(exercise);
    return found && whyRuledOut(found, app.profile()) === undefined ? [{ exercise: found, dose: dose ?? found.dose }] : [];
  });
  const times = createMemo(() => partDurationsMs({
    warmUp: planned(draft.parts.warmUp), main: planned(draft.parts.main), coolDown: planned(draft.parts.coolDown),
  }, { leadInSeconds: app.prefs().leadInSeconds }));
  const total = () => ROUTINE_PARTS.reduce((sum, part) => sum + times()[part], 0);
  const noteFor = (exercise: Exercise) => {
    const why = ruledOutNote(exercise, whyRuledOut(exercise, app.profile()));
    return why === undefined ? undefined : t('editor.leftOut', { why });
  };
  const add = (exercise: Exercise) => {
    setProblem(null);
    draft.add(target(), exercise.id, exercise.dose);
    setSaid(t('editor.added', { name: exercise.name, part: partTitle(target()) }));
  };
  const move = (at: PartPosition, direction: -1 | 1) => {
    const to = draft.move(at, direction);
    if (to) setSaid(t('editor.moved', { name: nameAt(to), part: partTitle(to.part), position: to.index + 1, count: draft.parts[to.part].length }));
  };
  const remove = (at: PartPosition) => {
    setSaid(t('editor.removed', { name: nameAt(at), part: partTitle(at.part) }));
    draft.remove(at);
    document.getElementById(partHeadingId(at.part))?.focus();
  };
  const addHere = (part: RoutinePart) => {
    setTarget(part);
    const search = document.getElementById(PICKER_SEARCH_ID);
    search?.focus();
    search?.scrollIntoView({ block: 'center' });
  };
  const save = async () => {
    if (name().trim() === '') return setProblem(t('editor.needName'));
    if (draft.count() === 0) return setProblem(t('editor.needExercise'));
    if (draft.parts.main.length === 0) return setProblem(t('editor.needMain'));
    const id = props.initial?.id ?? newId();
    await app.saveCustomRoutine({ id, name: name().trim(), purpose: t('routine.customPurpose'), suits: '', ...draft.toSave() });
    app.router.go(`/routine/${id}`, { replace: true });
  };
  const back = props.initial ? `/routine/${props.initial.id}` : '/library';
  return (
    <section class="stack routine-editor" aria-labelledby="editor-title">
      <TopBar title={props.initial ? t('editor.editTitle') : t('editor.newTitle')} titleId="editor-title" back={back} />
      <label class="text-field">
        <span>{t('editor.name')}</span>
        <input type="text" value={name()} maxLength={60} onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <For each={ROUTINE_PARTS}>
        {(part, i) => (
          <EditorPart part={part} items={draft.parts[part]} library={library} timeMs={times()[part]} noteFor={noteFor}
            before={ROUTINE_PARTS[i() - 1]} after={ROUTINE_PARTS[i() + 1]} onAddHere={() => addHere(part)}
            onMove={(index, direction) => move({ part, index }, direction)} onRemove={(index) => remove({ part, index })}
            onDose={(index, dose) => draft.setDose({ part, index }, dose)} />
        )}
      </For>
      <Show when={total() > 0}><p class="editor-total">{t('editor.total', { time: formatDuration(total()) })}</p></Show>
      <p class="muted small">{t('editor.limitNote')}</p>
      <Show when={problem()}>{(text) => <p class="notice warn" role="alert">{text()}</p>}</Show>
      <Show when={app.storageError()}>
        {(reason) => <p class="notice warn" role="alert">{t('home.storageProblem', { reason: reason() })}</p>}
      </Show>
      <button type="button" class="button primary wide big" onClick={() => void save()}>{t('editor.save')}</button>
      <ExercisePicker exercises={[...library.exercises.values()].sort((a, b) => a.name.localeCompare(b.name))} profile={app.profile()}
        illustration={app.illustrationUrl} target={target()} said={said()} onTarget={setTarget} onAdd={add} />
    </section>
  );
}
