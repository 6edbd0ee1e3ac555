import { For, Show, onMount } from 'solid-js';
import type { TriageResult } from '../../engine/clinical/check-in-types';
import { firstAction } from '../../engine/clinical/triage';
import { callableDoctors, type CareTeam } from '../../engine/records/care-team';
import { t } from '../../i18n/messages';
import '../styles/coach.css';
import '../../i18n/areas/triage';

/** The words of a call button for a saved doctor: with the name when there is one. */
const callWords = (doctor: ReturnType<typeof callableDoctors>[number]) => (doctor.name === ''
  ? t('triage.callRole', { role: t(`careTeam.role.${doctor.role}`) })
  : t('triage.callContact', { role: t(`careTeam.role.${doctor.role}`), name: doctor.name }));

const PLACES = [
  { href: '/history', key: 'triage.to.history' },
  { href: '/report', key: 'triage.to.report' },
  { href: '/library', key: 'triage.to.library' },
  { href: '/settings', key: 'triage.to.settings' },
] as const;

/**
 * The page after an emergency or urgent answer (README section 2): what to do now with the person's own
 * emergency number and their doctor's, why, no session today, and the rest of the app still one tap away.
 */
export function SafetyStop(props: { triage: TriageResult; emergencyNumber: string; careTeam: CareTeam; onRedo(): void }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  const action = () => firstAction(props.triage) ?? 'checked-today';
  const callsEmergency = () => props.triage.outcome === 'emergency';
  const callsDoctor = () => action() !== 'call-emergency';
  return (
    <section class="safety-stop stack" aria-labelledby="safety-title" aria-describedby="safety-message">
      <h1 id="safety-title" tabindex="-1" ref={heading}>{t(`triage.title.${action()}` as 'triage.title.checked-today')}</h1>
      <p id="safety-message" class="lead">{t(`triage.do.${action()}`, { number: props.emergencyNumber })}</p>
      <Show when={callsDoctor()}>
        <For each={callableDoctors(props.careTeam)} fallback={<p class="muted">{t('triage.noContact')}</p>}>
          {(doctor, i) => (
            <a class="button wide" classList={{ call: !callsEmergency() && i() === 0 }} href={`tel:${doctor.phone}`}>{callWords(doctor)}</a>
          )}
        </For>
      </Show>
      <Show when={callsEmergency()}>
        <a class="button call wide" href={`tel:${props.emergencyNumber}`}>{t('triage.call', { number: props.emergencyNumber })}</a>
      </Show>
      <div class="card">
        <h2>{t('triage.because')}</h2>
        <ul class="reasons">
          <For each={props.triage.reasons}>{(reason) => <li>{t(`triage.why.${reason}`)}</li>}</For>
        </ul>
      </div>
      <p>{t('triage.noSession')}</p>
      <nav class="card" aria-label={t('triage.to.label')}>
        <ul class="link-list">
          <For each={PLACES}>{(place) => <li><a href={place.href}>{t(place.key)}</a></li>}</For>
        </ul>
      </nav>
      <button type="button" class="button quiet wide" onClick={() => props.onRedo()}>{t('triage.redo')}</button>
      <p class="muted small">{t('triage.redo.hint')}</p>
    </section>
  );
}
