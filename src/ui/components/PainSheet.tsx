import { createSignal, For } from 'solid-js';
import { PAIN_KINDS, type PainKind, type PainReport } from '../../engine/clinical/pain-response';
import { t } from '../../i18n/messages';
import '../../i18n/areas/feedback';
import '../styles/feedback.css';
import { focusWhenShown, keepTabInside } from './sheet-focus';

/** Asks for a pain number with large buttons, 0 to 10, and optionally (one tap) whether it is sharp, shooting or new. */
export function PainSheet(props: { onPick: (report: PainReport) => void; onCancel: () => void }) {
  const [kind, setKind] = createSignal<PainKind>();
  const pick = (level: number) => {
    const chosen = kind();
    props.onPick(chosen === undefined ? { level } : { level, kind: chosen });
  };
  return (
    <div class="sheet-backdrop" onClick={(e) => e.target === e.currentTarget && props.onCancel()}>
      <div class="sheet" role="dialog" aria-modal="true" aria-labelledby="pain-title" aria-describedby="pain-hint"
        onKeyDown={(e) => (e.key === 'Escape' ? props.onCancel() : keepTabInside(e, e.currentTarget))}>
        <h2 id="pain-title">{t('player.painTitle')}</h2>
        <fieldset class="pain-kinds">
          <legend>{t('pain.kind.question')}</legend>
          <div class="pain-kind-row">
            <For each={PAIN_KINDS}>
              {(option) => (
                <button type="button" class="button" aria-pressed={kind() === option}
                  onClick={() => setKind(kind() === option ? undefined : option)}>
                  {t(`pain.kind.${option}`)}
                </button>
              )}
            </For>
          </div>
        </fieldset>
        <p id="pain-hint" class="muted">{t('player.painHint')}</p>
        <div class="pain-grid">
          <For each={[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}>
            {(level) => (
              <button type="button" class="button" onClick={() => pick(level)} ref={(el) => level === 0 && focusWhenShown(el)}>
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
