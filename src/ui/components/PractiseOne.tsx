import { Show } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/library';

/**
 * "Practise this one exercise", or why today leaves it out (`notToday`) instead of the button. Not shown
 * at all when the precautions rule it out (`ruledOut`): the page says why at its top.
 */
export function PractiseOne(props: { ruledOut: boolean; notToday: string | undefined; onPractise(): void }) {
  return (
    <Show when={!props.ruledOut}>
      <Show when={props.notToday === undefined} fallback={<p class="notice">{t('exercise.notToday', { why: props.notToday ?? '' })}</p>}>
        <button type="button" class="button primary wide big" onClick={() => props.onPractise()}>{t('exercise.practise')}</button>
      </Show>
    </Show>
  );
}
