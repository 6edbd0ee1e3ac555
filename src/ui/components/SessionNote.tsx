import { createSignal } from 'solid-js';
import { SESSION_NOTE_MAX } from '../../engine/session/session-note';
import { t } from '../../i18n/messages';
import '../../i18n/areas/progress';

/** A short note on a past session: typed, saved with a tap, said once saved (a blank note removes it). */
export function SessionNote(props: { note: string | undefined; onSave(note: string): Promise<void> }) {
  const [text, setText] = createSignal(props.note ?? '');
  const [said, setSaid] = createSignal('');
  const save = () => {
    setSaid('');
    props.onSave(text()).then(() => setSaid(text().trim() === '' ? t('session.noteRemoved') : t('session.noteSaved')), () => setSaid(t('session.noteFailed')));
  };
  return (
    <section class="card session-note" aria-labelledby="note-title">
      <h2 id="note-title">{t('session.note')}</h2>
      <label class="text-field">
        <span>{t('session.noteLabel')}</span>
        <textarea rows="3" maxLength={SESSION_NOTE_MAX} value={text()} onInput={(e) => { setText(e.currentTarget.value); setSaid(''); }} />
      </label>
      <button type="button" class="button" onClick={save}>{t('session.noteSave')}</button>
      <p class="muted" role="status">{said()}</p>
    </section>
  );
}
