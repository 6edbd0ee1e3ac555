import { For, Show } from 'solid-js';
import type { SafetyAnswer, TriageQuestionId } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import '../../i18n/areas/coach';
import '../../i18n/areas/triage';
import '../styles/check-in.css';

/** One safety question as the list shows it; `clearable`: a doctor having checked it clears it (the fall question). */
export interface SafetyItem {
  id: TriageQuestionId;
  text: string;
  clearable?: boolean;
}

type Answers = Partial<Record<TriageQuestionId, SafetyAnswer>>;

/** Every question answered: the ticked ones "yes" (or "checked" when a doctor has checked it), the rest "no". */
function answersWith(items: readonly SafetyItem[], ticked: ReadonlySet<TriageQuestionId>, cleared: ReadonlySet<TriageQuestionId>): Answers {
  return Object.fromEntries(items.map((item) => [item.id, !ticked.has(item.id) ? 'no' : cleared.has(item.id) ? 'checked' : 'yes']));
}

/**
 * The safety questions as one list to read, ticking any that are true today, with "None of these" as one
 * tap. Nothing is ticked until the person answers; `value` holds the answers (undefined ones are unanswered).
 * Under a ticked fall question, "A doctor has already checked it" clears it (src/engine/clinical/README.md, section 2).
 */
export function SafetyChecklist(props: { id: string; items: readonly SafetyItem[]; value: Answers; onChange(value: Answers): void }) {
  const having = (...answers: SafetyAnswer[]) =>
    new Set(props.items.filter((item) => answers.includes(props.value[item.id] ?? 'no')).map((item) => item.id));
  const answered = () => props.items.every((item) => props.value[item.id] !== undefined);
  const none = () => answered() && having('yes', 'checked').size === 0;
  const toggle = (id: TriageQuestionId, on: boolean) => {
    const ticked = having('yes', 'checked');
    const cleared = having('checked');
    if (on) ticked.add(id); else { ticked.delete(id); cleared.delete(id); }
    props.onChange(answersWith(props.items, ticked, cleared));
  };
  const clear = (id: TriageQuestionId, on: boolean) => {
    const cleared = having('checked');
    if (on) cleared.add(id); else cleared.delete(id);
    props.onChange(answersWith(props.items, having('yes', 'checked'), cleared));
  };
  return (
    <fieldset class="choices safety-list" id={props.id} aria-describedby={`${props.id}-intro`}>
      <legend>{t('checkIn.safety')}</legend>
      <p class="muted" id={`${props.id}-intro`}>{t('checkIn.safety.intro')}</p>
      <For each={props.items}>
        {(item) => (
          <>
            <label class="choice">
              <input type="checkbox" checked={having('yes', 'checked').has(item.id)} onChange={(e) => toggle(item.id, e.currentTarget.checked)} />
              <span class="choice-label safety-question">{item.text}</span>
            </label>
            <Show when={item.clearable === true && having('yes', 'checked').has(item.id)}>
              <label class="choice safety-cleared">
                <input type="checkbox" checked={props.value[item.id] === 'checked'} onChange={(e) => clear(item.id, e.currentTarget.checked)} />
                <span class="choice-label">{t('triage.clearedByDoctor')}</span>
              </label>
            </Show>
          </>
        )}
      </For>
      <label class="choice none-of-these">
        <input type="checkbox" checked={none()}
          onChange={(e) => props.onChange(e.currentTarget.checked ? answersWith(props.items, new Set(), new Set()) : {})} />
        <span class="choice-label">{t('checkIn.safety.none')}</span>
      </label>
    </fieldset>
  );
}
