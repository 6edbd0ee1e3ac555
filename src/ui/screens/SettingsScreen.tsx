import { For } from 'solid-js';
import type { PrecautionProfile } from '../../engine/clinical/check-in-types';
import type { Preferences } from '../../engine/records/settings';
import { SHORTEST_LEAD_IN_MS } from '../../engine/session/session-plan';
import { t, type MessageKey } from '../../i18n/messages';
import { useApp } from '../app-context';
import { CareTeamSettings } from '../components/CareTeamSettings';
import { LanguageSetting } from '../components/LanguageSetting';
import { PrecautionSettings } from '../components/PrecautionSettings';
import { SetupSettings } from '../components/SetupSettings';
import { SoundModeSettings } from '../components/SoundModeSettings';

const TOGGLES: { key: 'sound' | 'voice' | 'speakNames' | 'vibration' | 'waitForMe'; label: MessageKey }[] = [
  { key: 'sound', label: 'settings.sound' },
  { key: 'voice', label: 'settings.voice' },
  { key: 'speakNames', label: 'settings.speakNames' },
  { key: 'vibration', label: 'settings.vibration' },
  { key: 'waitForMe', label: 'settings.waitForMe' },
];

/** Sound, voice, volume, vibration, waiting at a change of position, and the lead-in. */
export function SettingsScreen() {
  const app = useApp();
  const update = (patch: Partial<Preferences>) => app.setPrefs({ ...app.prefs(), ...patch });
  // A precaution ticked here answers the ones skipped at the first run.
  const changeProfile = (profile: PrecautionProfile) => {
    app.setProfile(profile);
    if (app.coach.setup().precautionsPending) void app.coach.saveSetup({ ...app.coach.setup(), precautionsPending: false });
  };
  return (
    <section class="stack" aria-labelledby="settings-title">
      <div class="topbar">
        <h1 id="settings-title">{t('settings.title')}</h1>
        <a class="button quiet" href="/" onClick={(e) => { e.preventDefault(); app.router.go('/'); }}>{t('nav.home')}</a>
      </div>
      <LanguageSetting choice={app.prefs().language} onChange={(language) => update({ language })} />
      <div class="card">
        <For each={TOGGLES}>
          {(toggle) => (
            <label class="field">
              <span>{t(toggle.label)}</span>
              <input type="checkbox" checked={app.prefs()[toggle.key]} onChange={(e) => update({ [toggle.key]: e.currentTarget.checked })} />
            </label>
          )}
        </For>
        <label class="field">
          <span>{t('settings.volume')}</span>
          <input type="range" min="0" max="1" step="0.1" value={app.prefs().volume}
            onChange={(e) => update({ volume: Number(e.currentTarget.value) })} />
        </label>
        <label class="field">
          <span>{t('settings.leadIn')}</span>
          <select value={app.prefs().leadInSeconds} aria-describedby="lead-in-hint" onChange={(e) => update({ leadInSeconds: Number(e.currentTarget.value) })}>
            <For each={[3, 5, 10, 15]}>{(s) => <option value={s}>{t('settings.seconds', { seconds: s })}</option>}</For>
          </select>
        </label>
        <p id="lead-in-hint" class="muted small field-hint">{t('settings.leadInHint', { seconds: Math.round(SHORTEST_LEAD_IN_MS / 1000) })}</p>
      </div>
      <SoundModeSettings />
      <PrecautionSettings profile={app.profile()} onChange={changeProfile} />
      <SetupSettings setup={app.coach.setup()} onChange={(setup) => void app.coach.saveSetup(setup)} />
      <CareTeamSettings team={app.care.careTeam()} onChange={(team) => app.care.saveCareTeam(team)} />
      <a class="card data-link" href="/reminders?from=settings">
        <strong>{t('reminders.link')}</strong>
        <span class="muted">{t('reminders.linkWhy')}</span>
      </a>
      <a class="card data-link" href="/settings/data">
        <strong>{t('data.link')}</strong>
        <span class="muted">{t('data.linkWhy')}</span>
      </a>
    </section>
  );
}
