import { Match, Switch, createSignal, lazy } from 'solid-js';
import { t } from '../../i18n/messages';
import type { Setup } from '../../engine/records/settings';
import { useApp } from '../app-context';
import { whenIdle } from '../idle';
import '../styles/coach.css';
import '../../i18n/areas/coach';

// The first step is part of the first script; the forms of the later steps are fetched while it is read.
const PrecautionSettings = lazy(() => import('../components/PrecautionSettings').then((m) => ({ default: m.PrecautionSettings })));
const SetupFields = lazy(() => import('../components/SetupSettings').then((m) => ({ default: m.SetupFields })));
const SoundModeSettings = lazy(() => import('../components/SoundModeSettings').then((m) => ({ default: m.SoundModeSettings })));

const STEPS = 5;
const PRECAUTIONS_STEP = 1;

/** The first run: what the app is, the precaution profile, the weekly goal, sound and the emergency number. */
export function WelcomeScreen() {
  const app = useApp();
  const [step, setStep] = createSignal(0);
  const [setup, setSetup] = createSignal<Setup>({ ...app.coach.setup() });
  const [numberEmpty, setNumberEmpty] = createSignal(false);
  const [precautionsSeen, setPrecautionsSeen] = createSignal(false);
  let heading: HTMLHeadingElement | undefined;
  const go = (next: number) => {
    if (next > PRECAUTIONS_STEP) setPrecautionsSeen(true);
    setStep(next);
    heading?.focus();
  };
  // Skipping keeps whatever was chosen so far and the safe defaults for the rest (the region's emergency
  // number, goal 3, empty profile); precautions skipped stay pending, so home offers them again.
  const finish = async (path: string) => {
    if (numberEmpty() && path !== '/') {
      document.getElementById('emergency-number')?.focus();
      return;
    }
    await app.coach.saveSetup({ ...setup(), onboarded: true, precautionsPending: !precautionsSeen() });
    app.router.go(path, { replace: true });
  };
  const prefs = () => app.prefs();
  // One form an idle moment: together they made one long task while the welcome was first read.
  for (const form of [PrecautionSettings, SetupFields, SoundModeSettings]) whenIdle(() => void form.preload());
  return (
    <section class="stack welcome" aria-labelledby="welcome-title">
      <div class="topbar">
        <p class="muted">{t('welcome.step', { n: step() + 1, total: STEPS })}</p>
        <button type="button" class="button quiet" onClick={() => void finish('/')}>{t('welcome.skip')}</button>
      </div>
      <h1 id="welcome-title" tabindex="-1" ref={heading}>{t('welcome.title')}</h1>
      <Switch>
        <Match when={step() === 0}>
          <div class="card">
            <h2>{t('welcome.about.title')}</h2>
            <p>{t('welcome.about.does')}</p>
            <p class="notice"><strong>{t('welcome.about.doesNot')}</strong></p>
            <p class="muted">{t('welcome.about.private')}</p>
          </div>
        </Match>
        <Match when={step() === PRECAUTIONS_STEP}>
          <PrecautionSettings profile={app.profile()} onChange={(profile) => app.setProfile(profile)} />
        </Match>
        <Match when={step() === 2}>
          <div class="card spaced">
            <h2>{t('welcome.goal.title')}</h2>
            <p class="muted">{t('welcome.goal.intro')}</p>
            <SetupFields setup={setup()} onChange={setSetup} only="goal" />
          </div>
        </Match>
        <Match when={step() === 3}>
          <div class="card">
            <h2>{t('welcome.sound.title')}</h2>
            <p class="muted">{t('welcome.sound.intro')}</p>
            <label class="field"><span>{t('settings.sound')}</span>
              <input type="checkbox" checked={prefs().sound} onChange={(e) => app.setPrefs({ ...prefs(), sound: e.currentTarget.checked })} /></label>
            <label class="field"><span>{t('settings.voice')}</span>
              <input type="checkbox" checked={prefs().voice} onChange={(e) => app.setPrefs({ ...prefs(), voice: e.currentTarget.checked })} /></label>
          </div>
          <SoundModeSettings />
        </Match>
        <Match when={step() === 4}>
          <div class="card spaced">
            <h2>{t('welcome.emergency.title')}</h2>
            <p class="muted">{t('welcome.emergency.intro')}</p>
            <SetupFields setup={setup()} onChange={setSetup} only="emergency" onNumberEmpty={setNumberEmpty} />
          </div>
        </Match>
      </Switch>
      <div class="row welcome-nav">
        {step() > 0 && <button type="button" class="button quiet" onClick={() => go(step() - 1)}>{t('welcome.back')}</button>}
        {step() < STEPS - 1
          ? <button type="button" class="button primary" onClick={() => go(step() + 1)}>{t('welcome.next')}</button>
          : <button type="button" class="button primary" onClick={() => void finish('/check-in')}>{t('welcome.finish')}</button>}
      </div>
    </section>
  );
}
