import { createSignal, Show } from 'solid-js';
import { t } from '../../i18n/messages';
import { cleanPhoneNumber, type Setup } from '../../engine/records/settings';
import { DoseStepper } from './DoseStepper';
import '../styles/coach.css';
import '../../i18n/areas/coach';

/**
 * The weekly goal (1–7) and the local emergency number, for the first run and Settings. An emptied number is
 * never passed on: the last one stays, the field says so in plain words, and `onNumberEmpty` tells the screen.
 */
export function SetupFields(props: {
  setup: Setup; onChange(setup: Setup): void; only?: 'goal' | 'emergency'; onNumberEmpty?(empty: boolean): void;
}) {
  const [empty, setEmpty] = createSignal(false);
  const goal = () => props.setup.weeklyGoal;
  const setGoal = (weeklyGoal: number) => props.onChange({ ...props.setup, weeklyGoal });
  const setNumber = (input: HTMLInputElement) => {
    const clean = cleanPhoneNumber(input.value);
    if (clean !== input.value) input.value = clean;
    setEmpty(clean === '');
    props.onNumberEmpty?.(clean === '');
    if (clean !== '') props.onChange({ ...props.setup, emergencyNumber: clean });
  };
  return (
    <>
      {props.only !== 'emergency' && (
        <DoseStepper label={t('setup.goal')} value={goal()} lessLabel={t('setup.goalLess')} moreLabel={t('setup.goalMore')}
          canLess={goal() > 1} canMore={goal() < 7} onLess={() => setGoal(goal() - 1)} onMore={() => setGoal(goal() + 1)} />
      )}
      {props.only !== 'goal' && (
        <label class="text-field">
          <span>{t('setup.emergency')}</span>
          <input id="emergency-number" type="tel" inputmode="tel" autocomplete="off" value={props.setup.emergencyNumber}
            aria-describedby="emergency-hint emergency-problem" aria-invalid={empty()} onInput={(e) => setNumber(e.currentTarget)} />
          <span id="emergency-hint" class="muted small">{t('setup.emergencyHint')}</span>
        </label>
      )}
      {props.only !== 'goal' && (
        <div id="emergency-problem" role="alert">
          <Show when={empty()}>
            <p class="notice warn">{t('setup.emergencyEmpty', { number: props.setup.emergencyNumber })}</p>
          </Show>
        </div>
      )}
    </>
  );
}

/** The Settings card for the weekly goal and the emergency number. */
export function SetupSettings(props: { setup: Setup; onChange(setup: Setup): void }) {
  return (
    <section class="card spaced" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('setup.title')}</h2>
      <SetupFields setup={props.setup} onChange={(setup) => props.onChange(setup)} />
    </section>
  );
}
