import { For } from 'solid-js';
import type { SafetyAnswer, TriageQuestionId } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import '../../i18n/areas/coach';

/** One safety question as the list shows it. */
export interface SafetyItem {
  id: TriageQuestionId;
  text: string;
}

/** Every question answered: the ticked ones "yes", the rest "no" (ticking one answers the list). */
function answersWith(items: readonly SafetyItem[], yes: ReadonlySet<TriageQuestionId>): Partial<Record<TriageQuestionId, SafetyAnswer>> {
  return Object.fromEntries(items.map((item) => [item.id, yes.has(item.id) ? 'yes' : 'no']));
}

/**
 * The safety questions as one list to read, ticking any that are true today, with "None of these" as one
 * tap. Nothing is ticked until the person answers; `value` holds the answers (undefined ones are unanswered).
 */
export function SafetyChecklist(props: {
  id: string; items: readonly SafetyItem[]; value: Partial<Record<TriageQuestionId, SafetyAnswer>>;
  onChange(value: Partial<Record<TriageQuestionId, SafetyAnswer>>): void;
}) {
  const yes = () => new Set(props.items.filter((item) => props.value[item.id] === 'yes').map((item) => item.id));
  const answered = () => props.items.every((item) => props.value[item.id] !== undefined);
  const none = () => answered() && yes().size === 0;
  const toggle = (id: TriageQuestionId, on: boolean) => {
    const next = yes();
    if (on) next.add(id); else next.delete(id);
    props.onChange(answersWith(props.items, next));
  };
  return (
    <fieldset class="choices safety-list" id={props.id} aria-describedby={`${props.id}-intro`}>
      <legend>{t('checkIn.safety')}</legend>
      <p class="muted" id={`${props.id}-intro`}>{t('checkIn.safety.intro')}</p>
      <For each={props.items}>
        {(item) => (
          <label class="choice">
            <input type="checkbox" checked={yes().has(item.id)} onChange={(e) => toggle(item.id, e.currentTarget.checked)} />
            <span class="choice-label safety-question">{item.text}</span>
          </label>
        )}
      </For>
      <label class="choice none-of-these">
        <input type="checkbox" checked={none()}
          onChange={(e) => props.onChange(e.currentTarget.checked ? answersWith(props.items, new Set()) : {})} />
        <span class="choice-label">{t('checkIn.safety.none')}</span>
      </label>
    </fieldset>
  );
}
