import { Match, Switch } from 'solid-js';
import { t } from '../../i18n/messages';

/** Offers to install: the browser's prompt where there is one, Safari's steps on iPhone, nothing once installed. */
export function InstallCard(props: { canInstall: boolean; installed: boolean; ios: boolean; onInstall: () => void }) {
  return (
    <Switch>
      <Match when={props.installed}>{null}</Match>
      <Match when={props.canInstall}>
        <div class="card row">
          <p class="muted grow">{t('pwa.installWhy')}</p>
          <button type="button" class="button primary" onClick={() => props.onInstall()}>{t('pwa.install')}</button>
        </div>
      </Match>
      <Match when={props.ios}>
        <div class="card">
          <p>{t('pwa.iosSteps')}</p>
        </div>
      </Match>
    </Switch>
  );
}
