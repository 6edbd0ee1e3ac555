import { createSignal, For, Show } from 'solid-js';
import { t } from '../../i18n/messages';
import { useApp } from '../app-context';
import { soundCheckWords, type SoundCheckView } from './sound-check-words';
import '../../i18n/areas/sound';
import '../styles/sound-test.css';

/** "Test sound": the Start tap's unlock, a chime and a voice, then the result in plain words. */
export function SoundTest() {
  const app = useApp();
  const [view, setView] = createSignal<SoundCheckView | 'idle' | 'busy'>('idle');
  // Called straight from the tap: the browser only lets sound start inside it.
  const run = () => {
    setView('busy');
    app.testSound().then(setView, () => setView('unsupported'));
  };
  const result = () => {
    const shown = view();
    return shown === 'idle' || shown === 'busy' ? undefined : shown;
  };
  const words = (shown: SoundCheckView) => soundCheckWords(shown, { mode: app.prefs().audioMode, screenOff: app.audioSupport.screenOff });
  return (
    <div class="sound-test">
      <h3>{t('sound.test.title')}</h3>
      <p class="muted">{t('sound.test.hint')}</p>
      <button type="button" class="button wide" disabled={view() === 'busy'} onClick={run}>{t('sound.test.button')}</button>
      <div role="status" class="sound-test-result">
        <Show when={view() === 'busy'}><p>{t('sound.test.playing')}</p></Show>
        <Show when={result()}>{(shown) => (
          <>
            <p class="sound-test-summary">{t(words(shown()).summary)}</p>
            <Show when={words(shown()).tips.length > 0}>
              <ul class="tip-list"><For each={words(shown()).tips}>{(tip) => <li>{t(tip)}</li>}</For></ul>
            </Show>
          </>
        )}</Show>
      </div>
      <Show when={view() === 'played'}>
        <div class="row">
          <button type="button" class="button primary" onClick={() => setView('heard')}>{t('sound.test.yes')}</button>
          <button type="button" class="button" onClick={() => setView('unheard')}>{t('sound.test.no')}</button>
        </div>
      </Show>
    </div>
  );
}
