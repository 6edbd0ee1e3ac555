import { For, Show, createMemo, createSignal } from 'solid-js';
import {
  completeCheckIn, isComplete, missingAnswers, startDraft, type CheckInDraft, type MissingAnswers,
} from '../../engine/clinical/check-in-draft';
import type { FlareState, MorningFeeling } from '../../engine/clinical/check-in-types';
import { questionsFor } from '../../engine/clinical/triage';
import { t, type MessageKey } from '../../i18n/messages';
import { recordCheckIn } from '../../state/today-plan';
import { useApp } from '../app-context';
import { ChoiceCards, type Choice } from '../components/ChoiceCards';
import { HotJointsField } from '../components/HotJointsField';
import { ScoreStepper } from '../components/ScoreStepper';
import { TopBar } from '../components/TopBar';
import { answersFor, questionWords } from '../components/triage-words';
import '../styles/coach.css';
import '../../i18n/areas/coach';

const choices = <V extends string>(prefix: string, values: readonly V[], hints = false): Choice<V>[] =>
  values.map((value) => ({
    value, label: t(`${prefix}.${value}` as MessageKey),
    ...(hints ? { hint: t(`${prefix}.${value}.hint` as MessageKey) } : {}),
  }));
const FLARES = choices<FlareState>('checkIn.flare', ['none', 'mild', 'moderate', 'severe'], true);
const MORNING = choices<MorningFeeling>('checkIn.morning', ['better', 'same', 'worse']);

/** What is missing, in words for the Continue button. */
function missingWords(missing: MissingAnswers): string {
  const words = missing.fields.map((field) => t(`checkIn.missing.${field}`));
  if (missing.safety === 1) words.push(t('checkIn.missing.safetyOne'));
  if (missing.safety > 1) words.push(t('checkIn.missing.safety', { count: missing.safety }));
  return t('checkIn.missing', { list: words.join(', ') });
}

/** The daily check-in, once the earlier check-ins are known (they decide the starting answers). */
export function CheckInScreen() {
  const app = useApp();
  return <Show when={app.coach.ready()}><CheckInForm /></Show>;
}

/** Flare, pain, tiredness, hot joints, the safety questions and (from day two) this morning. */
function CheckInForm() {
  const app = useApp();
  const coach = app.coach;
  const [draft, setDraft] = createSignal<CheckInDraft>(startDraft(coach.today(), coach.lastDay()));
  const patch = (change: Partial<CheckInDraft>) => setDraft((old) => ({ ...old, ...change }));
  const questions = createMemo(() => questionsFor(app.profile()));
  const asksMorning = () => coach.lastDay() !== undefined;
  const missing = createMemo(() => missingAnswers(draft(), questions(), asksMorning()));
  const submit = async () => {
    if (!isComplete(missing())) {
      const first = missing().fields[0] ?? 'safety';
      document.getElementById(`q-${first}`)?.scrollIntoView({ block: 'start' });
      return;
    }
    const { at, day } = coach.clock();
    const checkIn = completeCheckIn(draft(), day, at);
    if (checkIn === undefined) return;
    await coach.saveCheckIn(recordCheckIn(checkIn, app.profile(), Intl.DateTimeFormat().resolvedOptions().timeZone));
    app.router.go('/today', { replace: true });
  };
  return (
    <section class="stack check-in" aria-labelledby="check-in-title">
      <TopBar title={t('checkIn.title')} titleId="check-in-title" back="/" backLabel={t('nav.home')} />
      <p class="muted">{t('checkIn.intro')}</p>
      <ChoiceCards id="q-flare" name="flare" legend={t('checkIn.flare')} choices={FLARES} value={draft().flare}
        onChange={(flare) => patch({ flare })} />
      <div class="card spaced">
        <ScoreStepper id="q-pain" label={t('checkIn.pain')} name={t('checkIn.missing.pain')} value={draft().pain}
          onChange={(pain) => patch({ pain })} />
        <ScoreStepper id="q-fatigue" label={t('checkIn.fatigue')} name={t('checkIn.missing.fatigue')} value={draft().fatigue}
          onChange={(fatigue) => patch({ fatigue })} />
        <p class="muted small">{t('checkIn.scale')}</p>
      </div>
      <HotJointsField id="q-hotJoints" value={draft().hotJoints} onChange={(hotJoints) => patch({ hotJoints })} />
      <Show when={asksMorning()}>
        <ChoiceCards id="q-morning" name="morning" legend={t('checkIn.morning')} choices={MORNING} value={draft().morning}
          onChange={(morning) => patch({ morning })} />
      </Show>
      <section id="q-safety" class="stack" aria-labelledby="safety-heading">
        <h2 id="safety-heading">{t('checkIn.safety')}</h2>
        <p class="muted">{t('checkIn.safety.intro')}</p>
        <For each={questions()}>
          {(question) => (
            <ChoiceCards id={`safety-${question.id}`} name={question.id} legend={questionWords(question)} choices={answersFor(question)}
              value={draft().safety[question.id]} compact
              onChange={(answer) => patch({ safety: { ...draft().safety, [question.id]: answer } })} />
          )}
        </For>
      </section>
      <div class="sticky-action">
        <button type="button" class="button primary wide big" aria-disabled={!isComplete(missing())}
          onClick={() => void submit()}>
          {isComplete(missing()) ? t('checkIn.continue') : missingWords(missing())}
        </button>
      </div>
    </section>
  );
}
