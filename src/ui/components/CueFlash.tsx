import { createSignal, onCleanup, Show } from 'solid-js';
import type { BreathCue, CueName } from '../../engine/session/cues';
import { t } from '../../i18n/messages';

const SHOW_MS = 1200;

/** Shows each cue as a short banner as it sounds, so no cue is carried by sound alone. */
export function CueFlash() {
  const [cue, setCue] = createSignal<{ name: Exclude<CueName, BreathCue>; id: number } | null>(null);
  let hide: ReturnType<typeof setTimeout> | undefined;
  const onCue = (event: Event) => {
    const name = (event as CustomEvent<{ cue: CueName }>).detail.cue;
    // Reps come too fast for a banner; the breath pacer already shows its own words.
    if (name === 'rep' || name === 'breathe-in' || name === 'breathe-out') return;
    setCue({ name, id: Date.now() });
    clearTimeout(hide);
    hide = setTimeout(() => setCue(null), SHOW_MS);
  };
  window.addEventListener('flarewise:cue', onCue);
  onCleanup(() => {
    window.removeEventListener('flarewise:cue', onCue);
    clearTimeout(hide);
  });
  return (
    <Show when={cue()} keyed>
      {(c) => <div class="cue-flash" aria-hidden="true">{t(`cue.${c.name}`)}</div>}
    </Show>
  );
}
