import { For, Show } from 'solid-js';
import type { TriageResult } from '../../engine/clinical/check-in-types';
import { firstAction } from '../../engine/clinical/triage';
import { t } from '../../i18n/messages';
import '../../i18n/areas/triage';

/** The note above today's plan after a "see your doctor" or "caution" answer: what to do, and why (README section 2). */
export function TriageNote(props: { triage: TriageResult }) {
  return (
    <Show when={firstAction(props.triage)}>
      {(action) => (
        <div class="notice warn" role="note">
          <p><strong>{t(`triage.do.${action()}`, { number: '' })}</strong></p>
          <For each={props.triage.reasons}>{(reason) => <p>{t(`triage.why.${reason}`)}</p>}</For>
        </div>
      )}
    </Show>
  );
}
