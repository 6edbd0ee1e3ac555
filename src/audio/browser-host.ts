import type { CueName } from '../engine/session/cues';
import { CUE_EVENT, type CueEventDetail } from './audio-types';
import { speakText } from './speech';
import { vibrateFor } from './vibration';

/** What the cue player needs from the page besides audio; tests pass a fake. */
export interface AudioHost {
  emit(detail: CueEventDetail): void;
  vibrate(cue: CueName): void;
  speak(text: string, volume: number): void;
  /** Calls `listener` when the page comes back (visible again, restored from bfcache, focused). */
  onWake(listener: () => void): () => void;
}

/** The real page: window events, navigator.vibrate, speechSynthesis. Globals are read per call, never at import. */
export function makeBrowserHost(): AudioHost {
  return {
    emit(detail) {
      if (typeof window === 'undefined') return;
      window.dispatchEvent(new CustomEvent<CueEventDetail>(CUE_EVENT, { detail }));
    },
    vibrate(cue) {
      vibrateFor(cue, typeof navigator === 'undefined' ? undefined : navigator);
    },
    speak: (text, volume) => speakText(text, volume),
    onWake(listener) {
      if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
      const onVisible = () => { if (document.visibilityState === 'visible') listener(); };
      document.addEventListener('visibilitychange', onVisible);
      window.addEventListener('pageshow', listener);
      window.addEventListener('focus', listener);
      return () => {
        document.removeEventListener('visibilitychange', onVisible);
        window.removeEventListener('pageshow', listener);
        window.removeEventListener('focus', listener);
      };
    },
  };
}
