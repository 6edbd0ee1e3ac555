import { For, Show } from 'solid-js';
import type { SafetyAnswer, TriageQuestionId } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import '../../i18n/areas/coach';
import '../../i18n/areas/triage';

/** One safety question as the list shows it; `clearable`: "a doctor has checked it" clears a yes. */
export interface SafetyItem {
  id: TriageQuestionId;
  text: string;
  clearable?: boolean;
}

type Answers = Partial<Record<TriageQuestionId, SafetyAnswer>>;

/** Whether a question is ticked: a plain yes, or a yes a doctor has checked. */
const isTicked = (answer: SafetyAnswer | undefined): boolean => answer === 'yes' || answer === 'checked';

/** Every question answered: the ticked ones keep their answer (or become "yes"), the rest "no". */
function answersWith(items: readonly SafetyItem[], value: Answers, ticked: (id: TriageQuestionId) => boolean): Answers {
  return Object.fromEntries(items.map((item) => {
    if (!ticked(item.id)) return [item.id, 'no'];
    return [item.id, value[item.id] === 'checked' ? 'checked' : 'yes'];
  }));
}

/**
 * The safety questions as one list to read, ticking any that are true today, with "None of these" as one
 * tap; ticking one answers the list (the rest "no"). A ticked clearable question offers "a doctor has
 * checked it". Nothing is ticked until the person answers; undefined answers are unanswered.
 */
export function SafetyChecklist(props: { id: string; items: readonly SafetyItem[]; value: Answers; onChange(value: Answers): void }) {
  const answered = () => props.items.every((item) => props.value[item.id] !== undefined);
  const none = () => answered() && !props.items.some((item) => isTicked(props.value[item.id]));
  const toggle = (id: TriageQuestionId, on: boolean) =>
    props.onChange(answersWith(props.items, props.value, (other) => (other === id ? on : isTicked(props.value[other]))));
  const setChecked = (id: TriageQuestionId, checked: boolean) => props.onChange({ ...props.value, [id]: checked ? 'checked' : 'yes' });
  return (
    <fieldset class="choices safety-list" id={props.id} aria-describedby={`${props.id}-intro`}>
      <legend>{t('checkIn.safety')}</legend>
      <p class="muted" id={`${props.id}-intro`}>{t('checkIn.safety.intro')}</p>
      <For each={props.items}>
        {(item) => (
          <>
            <label class="choice">
              <input type="checkbox" checked={isTicked(props.value[item.id])} onChange={(e) => toggle(item.id, e.currentTarget.checked)} />
              <span class="choice-label safety-question">{item.text}</span>
            </label>
            <Show when={item.clearable === true && isTicked(props.value[item.id])}>
              <label class="choice safety-checked">
                <input type="checkbox" checked={props.value[item.id] === 'checked'} onChange={(e) => setChecked(item.id, e.currentTarget.checked)} />
                <span class="choice-label">{t('triage.answer.checked')}</span>
              </label>
            </Show>
          </>
        )}
      </For>
      <label class="choice none-of-these">
        <input type="checkbox" checked={none()}
          onChange={(e) => props.onChange(e.currentTarget.checked ? answersWith(props.items, props.value, () => false) : {})} />
        <span class="choice-label">{t('checkIn.safety.none')}</span>
      </label>
    </fieldset>
  );
}
