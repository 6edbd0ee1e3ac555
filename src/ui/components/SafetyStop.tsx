import { For, Show, onMount } from 'solid-js';
import type { TriageResult } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import '../styles/coach.css';
import '../../i18n/areas/coach';

/** The full-screen stop for an emergency or urgent triage: the reason, the call button, no session. */
export function SafetyStop(props: { triage: TriageResult; emergencyNumber: string; onRedo(): void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const emergency = () => props.triage.outcome === 'emergency';
  return (
    <section class="safety-stop" role="alertdialog" aria-modal="true" aria-labelledby="safety-title" aria-describedby="safety-message">
      <h1 id="safety-title" tabindex="-1" ref={heading}>
        {emergency() ? t('safety.emergency.title') : t('safety.urgent.title')}
      </h1>
      <p id="safety-message" class="lead">{props.triage.message}</p>
      <Show when={emergency()}>
        <a class="button call wide" href={`tel:${props.emergencyNumber}`}>{t('safety.call', { number: props.emergencyNumber })}</a>
      </Show>
      <div class="card">
        <h2>{t('safety.because')}</h2>
        <ul class="reasons">
          <For each={props.triage.reasons}>{(reason) => <li>{reason.text}</li>}</For>
        </ul>
      </div>
      <p>{t('safety.noSession')}</p>
      <button type="button" class="button quiet wide" onClick={() => props.onRedo()}>{t('safety.redo')}</button>
    </section>
  );
}
