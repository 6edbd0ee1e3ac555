import { t } from '../../i18n/messages';

/** Asks before ending a session early; keeping going is the default; the rest can also wait for later today. */
export function EndConfirmSheet(props: { onEnd: () => void; onKeepGoing: () => void; onLater: () => void }) {
  return (
    <div class="sheet-backdrop">
      <div class="sheet" role="alertdialog" aria-modal="true" aria-labelledby="end-title">
        <h2 id="end-title">{t('player.endConfirm')}</h2>
        <div class="row">
          <button type="button" class="button warn" onClick={() => props.onEnd()}>{t('player.endYes')}</button>
          <button type="button" class="button primary" autofocus onClick={() => props.onKeepGoing()}>{t('player.endNo')}</button>
        </div>
        <div class="sheet-later">
          <button type="button" class="button wide" onClick={() => props.onLater()}>{t('player.finishLater')}</button>
          <p class="muted small">{t('player.finishLaterHint')}</p>
        </div>
      </div>
    </div>
  );
}
