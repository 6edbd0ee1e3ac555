/** The part of speechSynthesis we use; tests pass a fake. */
export interface SpeechLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

/** Speaks `text` slowly and calmly, replacing anything still being said. No-op without speechSynthesis. */
export function speakText(text: string, volume: number, speech = browserSpeech()): void {
  if (!speech || typeof SpeechSynthesisUtterance === 'undefined' || text.trim() === '') return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 0.9;
  utterance.volume = Math.min(1, Math.max(0, volume));
  if (typeof document !== 'undefined' && document.documentElement.lang) {
    utterance.lang = document.documentElement.lang;
  }
  speech.cancel();
  speech.speak(utterance);
}

function browserSpeech(): SpeechLike | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}
