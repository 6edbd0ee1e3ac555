import { Show } from 'solid-js';
import { t } from '../../i18n/messages';
import '../styles/feedback.css';
import '../../i18n/en/feedback';
import { focusWhenShown, keepTabInside } from './sheet-focus';

/** What the pain-stop sheet shows: the exercise stopped, the report, and the gentler option if there is one. */
export interface PainStopProps {
  name: string;
  level: number;
  limit: number;
  easierName?: string | undefined;
  isLast: boolean;
  onEasier: () => void;
  onSkip: () => void;
  onEnd: () => void;
}

/** After a pain stop: a calm sheet offering the easier variant, moving on, or ending; the session waits. */
export function PainStopSheet(props: PainStopProps) {
  return (
    <div class="sheet-backdrop">
      <div class="sheet pain-stop" role="alertdialog" aria-modal="true" aria-labelledby="pain-stop-title" aria-describedby="pain-stop-body"
        onKeyDown={(e) => keepTabInside(e, e.currentTarget)}>
        <h2 id="pain-stop-title">{t('painStop.title', { name: props.name })}</h2>
        <p id="pain-stop-body">{t('painStop.body', { level: props.level, limit: props.limit })}</p>
        <Show when={props.easierName} fallback={<p class="muted">{t('painStop.noEasier')}</p>}>
          {(easier) => (
            <>
              <button type="button" class="button primary wide" ref={focusWhenShown} onClick={() => props.onEasier()}>
                {t('painStop.easier', { name: easier() })}
              </button>
              <p class="muted hint">{t('painStop.easierHint')}</p>
            </>
          )}
        </Show>
        <button type="button" class="button wide" ref={(el) => !props.easierName && focusWhenShown(el)} onClick={() => props.onSkip()}>
          {props.isLast ? t('painStop.finish') : t('painStop.skip')}
        </button>
        <button type="button" class="button quiet wide" onClick={() => props.onEnd()}>{t('painStop.end')}</button>
      </div>
    </div>
  );
}
