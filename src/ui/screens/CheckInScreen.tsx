import { Show, createMemo, createSignal } from 'solid-js';
import {
  completeCheckIn, isComplete, missingAnswers, profileForQuestions, startDraft, type CheckInDraft, type MissingAnswers,
} from '../../engine/clinical/check-in-draft';
import type { FlareState, MorningFeeling } from '../../engine/clinical/check-in-types';
import { questionsFor } from '../../engine/clinical/triage';
import { t, type MessageKey } from '../../i18n/messages';
import { formatList } from '../../i18n/format';
import { recordCheckIn } from '../../state/today-plan';
import { useApp } from '../app-context';
import { ChoiceCards, type Choice } from '../components/ChoiceCards';
import { HotJointsField } from '../components/HotJointsField';
import { SafetyChecklist } from '../components/SafetyChecklist';
import { ScoreGrid } from '../components/ScoreGrid';
import { TopBar } from '../components/TopBar';
import { questionWords } from '../components/triage-words';
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
  if (missing.safety > 0) words.push(t('checkIn.missing.safety'));
  return t('checkIn.missing', { list: formatList(words) });
}

/** The daily check-in, once the earlier check-ins are known (they give today's answers and yesterday's hints). */
export function CheckInScreen() {
  const app = useApp();
  return <Show when={app.coach.ready()}><CheckInForm /></Show>;
}

/**
 * One calm page, each answer one tap: flare, pain and tiredness (0–10 grids), hot joints ("None"), the safety
 * list ("None of these") and, from day two, this morning (optional). Nothing is chosen before the person taps.
 */
function CheckInForm() {
  const app = useApp();
  const coach = app.coach;
  const [draft, setDraft] = createSignal<CheckInDraft>(startDraft(coach.today()));
  const patch = (change: Partial<CheckInDraft>) => setDraft((old) => ({ ...old, ...change }));
  const asked = () => profileForQuestions(app.profile(), coach.setup().precautionsPending);
  const questions = createMemo(() => questionsFor(asked()).map((q) => ({ id: q.id, text: questionWords(q), clearable: q.clearable })));
  const last = () => (coach.today() === undefined ? coach.lastDay() : undefined);
  const missing = createMemo(() => missingAnswers(draft(), questions()));
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
      <ScoreGrid id="q-pain" name="pain" legend={t('checkIn.pain')} value={draft().pain} previous={last()?.pain}
        onChange={(pain) => patch({ pain })} />
      <ScoreGrid id="q-fatigue" name="fatigue" legend={t('checkIn.fatigue')} value={draft().fatigue} previous={last()?.fatigue}
        onChange={(fatigue) => patch({ fatigue })} />
      <HotJointsField id="q-hotJoints" value={draft().hotJoints} onChange={(hotJoints) => patch({ hotJoints })} />
      <SafetyChecklist id="q-safety" items={questions()} value={draft().safety} onChange={(safety) => patch({ safety })} />
      <Show when={coach.lastDay() !== undefined}>
        <ChoiceCards id="q-morning" name="morning" legend={t('checkIn.morning')} choices={MORNING} value={draft().morning}
          onChange={(morning) => patch({ morning })} compact />
      </Show>
      <div class="sticky-action">
        <button type="button" class="button primary wide big" aria-disabled={!isComplete(missing())}
          onClick={() => void submit()}>
          {isComplete(missing()) ? t('checkIn.continue') : missingWords(missing())}
        </button>
      </div>
    </section>
  );
}
