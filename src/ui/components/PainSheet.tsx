import { For } from 'solid-js';
import { t } from '../../i18n/messages';
import { focusWhenShown, keepTabInside } from './sheet-focus';

/** Asks for a pain number with large buttons, 0 to 10; focus starts on 0 and Tab stays inside. */
export function PainSheet(props: { onPick: (level: number) => void; onCancel: () => void }) {
  return (
    <div class="sheet-backdrop" onClick={(e) => e.target === e.currentTarget && props.onCancel()}>
      <div class="sheet" role="dialog" aria-modal="true" aria-labelledby="pain-title" aria-describedby="pain-hint"
        onKeyDown={(e) => (e.key === 'Escape' ? props.onCancel() : keepTabInside(e, e.currentTarget))}>
        <h2 id="pain-title">{t('player.painTitle')}</h2>
        <p id="pain-hint" class="muted">{t('player.painHint')}</p>
        <div class="pain-grid">
          <For each={[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}>
            {(level) => (
              <button type="button" class="button" onClick={() => props.onPick(level)} ref={(el) => level === 0 && focusWhenShown(el)}>
                {level}
              </button>
            )}
          </For>
        </div>
        <button type="button" class="button quiet wide" onClick={() => props.onCancel()}>{t('player.painCancel')}</button>
      </div>
    </div>
  );
}
