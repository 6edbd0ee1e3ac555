import type { DueCue } from '../engine/session/cues';
import type { SoundPrefs } from './audio-types';
import type { SpeechSound } from './speech-sound';
import { hasTone, SPRITE, voiceDelayMs } from './sprite';

/** One phrase said after a cue: its sprite key, the moment it starts, and whether it comes from the language's words. */
export interface SpokenWord {
  key: string;
  atMs: number;
  /** From the screen's language's speech sprite; otherwise from the cue sprite's English prompts. */
  speech: boolean;
}

/** Where the phrases can come from: each knows how long its phrases last (undefined: it has no such phrase). */
export interface WordSources {
  speech: ((key: string) => number | undefined) | null;
  /** The cue sprite's own spoken prompts (English), used only while the language's words are not ready. */
  prompts: ((key: string) => number | undefined) | null;
}

/**
 * What is said after a cue, each phrase at its moment: the cue's prompt ("Next exercise") as the tone's ring
 * fades (`promptDelayMs` after the cue; the breath pacer's words have no tone and start on the cue), then the part
 * of the routine it opens, the exercise's name and the side, each right after the one before. These need the
 * language's words.
 */
export function spokenWords(due: DueCue, promptDelayMs: number, said: { prompt: boolean; name: boolean; side: boolean }, from: WordSources): SpokenWord[] {
  const keys = [
    ...(said.prompt ? [`voice-${due.cue}`] : []),
    ...(said.name && due.part ? [`part-${due.part}`] : []),
    ...(said.name && due.exerciseId ? [`name-${due.exerciseId}`] : []),
    ...(said.side && due.side ? [`side-${due.side}`] : []),
  ];
  const words: SpokenWord[] = [];
  let at = due.at + promptDelayMs;
  for (const key of keys) {
    const speechMs = from.speech?.(key);
    const promptMs = from.speech ? undefined : from.prompts?.(key);
    const lasts = speechMs ?? promptMs;
    if (lasts === undefined) continue;
    words.push({ key, atMs: at, speech: speechMs !== undefined });
    at += lasts;
  }
  return words;
}

/** How long the cue sprite's prompt `key` lasts, when the screen speaks English: its prompts are English only. */
export function englishPrompt(prefs: SoundPrefs, key: string): number | undefined {
  return (prefs.language ?? 'en') === 'en' ? SPRITE[key]?.[1] : undefined;
}

/** The words said after a cue with these settings: prompts and sides with voice on, names with speakNames on. */
export function wordsAfter(due: DueCue, prefs: SoundPrefs, speech: Pick<SpeechSound, 'ready' | 'durationMs'>): SpokenWord[] {
  return spokenWords(due, hasTone(due.cue) ? voiceDelayMs(due.cue) : 0, { prompt: prefs.voice, name: prefs.speakNames, side: prefs.voice }, {
    speech: speech.ready() ? (key) => speech.durationMs(key) : null,
    prompts: (key) => englishPrompt(prefs, key),
  });
}
