import { Show, createSignal } from 'solid-js';
import { t } from '../../i18n/messages';
import type { DatabaseEvent } from '../../state/storage-watch';
import '../styles/data.css';

const WORDS = { 'updated-elsewhere': 'data.updated', 'deleted-elsewhere': 'data.deleted', blocked: 'data.blocked' } as const;

/** What another tab did to the database, with a Reload button; a session in progress keeps playing until then. */
export function StorageBanner(props: { event: DatabaseEvent | null; sessionActive: boolean; onReload(): void }) {
  return (
    <Show when={props.event}>
      {(event) => (
        <div class="notice warn storage-banner" role="alert">
          <p>{t(WORDS[event()])}</p>
          <Show when={props.sessionActive}><p>{t('data.sessionKept')}</p></Show>
          <button type="button" class="button primary" onClick={() => props.onReload()}>{t('data.reload')}</button>
        </div>
      )}
    </Show>
  );
}

/**
 * On the player: saving failed, and the session keeps going (details on the summary). It floats over the session
 * header instead of pushing the timer and controls down, and an OK tap puts it away.
 */
export function SavingProblem(props: { failed: boolean }) {
  const [dismissed, setDismissed] = createSignal(false);
  return (
    <Show when={props.failed && !dismissed()}>
      <div class="notice warn saving-problem" role="alert">
        <p>{t('data.sessionNotSaved')}</p>
        <button type="button" class="button quiet" onClick={() => setDismissed(true)}>{t('pwa.ok')}</button>
      </div>
    </Show>
  );
}
