import { Match, Switch } from 'solid-js';
import { t } from '../../i18n/messages';
import { useApp } from '../app-context';

/** Says plainly when sound cannot play, with a tap to turn it on, instead of failing silently. */
export function AudioNotice() {
  const app = useApp();
  return (
    <Switch>
      <Match when={app.prefs().sound && app.audioStatus() === 'locked'}>
        <button type="button" class="button warn wide" onClick={() => void app.unlockAudio()}>{t('player.soundBlocked')}</button>
      </Match>
      <Match when={app.prefs().sound && app.audioStatus() === 'unavailable'}>
        <p class="notice warn" role="status">{t('player.soundUnavailable')}</p>
      </Match>
    </Switch>
  );
}
