import { For } from 'solid-js';
import type { AudioMode } from '../../engine/records/settings';
import { t, type MessageKey } from '../../i18n/messages';
import { useApp } from '../app-context';
import { ChoiceCards } from './ChoiceCards';
import { SoundTest } from './SoundTest';
import '../styles/coach.css';
import '../../i18n/areas/sound';

/** The two sound modes, explained, and what this phone supports: for Settings and the first run. */
export function SoundModeSettings() {
  const app = useApp();
  const support = app.audioSupport;
  const choices = [
    { value: 'screen-off' as const, label: t('sound.mode.screenOff'), hint: t('sound.mode.screenOffHint') },
    { value: 'mix' as const, label: t('sound.mode.mix'), hint: t('sound.mode.mixHint') },
  ];
  const facts = (): MessageKey[] => [
    support.screenOff ? 'sound.support.screenOff.yes' : 'sound.support.screenOff.no',
    ...(support.playbackSession && app.prefs().audioMode === 'screen-off' ? ['sound.support.silentSwitch' as const] : []),
    support.wakeLock ? 'sound.support.wakeLock.yes' : 'sound.support.wakeLock.no',
    support.lockScreenControls ? 'sound.support.controls.yes' : 'sound.support.controls.no',
  ];
  return (
    <section class="card spaced" aria-labelledby="sound-mode-title">
      <h2 id="sound-mode-title">{t('sound.mode.title')}</h2>
      <ChoiceCards id="sound-mode" name="sound-mode" legend={t('sound.mode.legend')} choices={choices}
        value={app.prefs().audioMode} onChange={(audioMode: AudioMode) => app.setPrefs({ ...app.prefs(), audioMode })} />
      <h3>{t('sound.support.title')}</h3>
      <ul class="plain-list">
        <For each={facts()}>{(key) => <li>{t(key)}</li>}</For>
      </ul>
      <SoundTest />
    </section>
  );
}
