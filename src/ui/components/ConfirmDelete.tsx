import { Show, createSignal } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/library';

/** A Delete button that asks once more, in words, before it deletes. */
export function ConfirmDelete(props: { name: string; onDelete(): void }) {
  const [asking, setAsking] = createSignal(false);
  return (
    <Show when={asking()} fallback={
      <button type="button" class="button warn" onClick={() => setAsking(true)}>{t('routine.delete')}</button>
    }>
      <div class="card notice warn confirm" role="alertdialog" aria-labelledby="delete-question">
        <p id="delete-question">{t('routine.deleteConfirm', { name: props.name })}</p>
        <div class="row">
          <button type="button" class="button warn" onClick={() => props.onDelete()}>{t('routine.deleteYes')}</button>
          <button type="button" class="button quiet" ref={(el) => queueMicrotask(() => el.focus())}
            onClick={() => setAsking(false)}>{t('routine.deleteNo')}</button>
        </div>
      </div>
    </Show>
  );
}
