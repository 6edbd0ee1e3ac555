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

/** Words end this long before the next cue, so its tone is heard on its own and not under a word. */
export const CLEAR_BEFORE_NEXT_MS = 100;

// What is kept when the words do not all fit before the next cue: the name first, then the side, the part, the prompt
// (the tone already says "get ready" or "switch sides"). They are still said in their natural order.
const KEEP_ORDER = ['name-', 'side-', 'part-', 'voice-'];

/**
 * What is said after a cue, each phrase at its moment: the cue's prompt ("Next exercise") as the tone's ring
 * fades (`promptDelayMs` after the cue; the breath pacer's words have no tone and start on the cue), then the part
 * of the routine it opens, the exercise's name and the side, each right after the one before. These need the
 * language's words. With `roomMs` (the time until the session's next cue), only the phrases that end
 * CLEAR_BEFORE_NEXT_MS before that cue are said, the most useful first.
 */
export function spokenWords(
  due: DueCue, promptDelayMs: number, said: { prompt: boolean; name: boolean; side: boolean }, from: WordSources, roomMs = Number.POSITIVE_INFINITY,
): SpokenWord[] {
  const keys = [
    ...(said.prompt ? [`voice-${due.cue}`] : []),
    ...(said.name && due.part ? [`part-${due.part}`] : []),
    ...(said.name && due.exerciseId ? [`name-${due.exerciseId}`] : []),
    ...(said.side && due.side ? [`side-${due.side}`] : []),
  ];
  const phrases = keys.flatMap((key) => {
    const speechMs = from.speech?.(key);
    const lasts = speechMs ?? (from.speech ? undefined : from.prompts?.(key));
    return lasts === undefined ? [] : [{ key, lasts, speech: speechMs !== undefined }];
  });
  let left = roomMs - CLEAR_BEFORE_NEXT_MS - promptDelayMs;
  const kept = new Set<string>();
  for (const prefix of KEEP_ORDER) {
    for (const p of phrases) {
      if (!p.key.startsWith(prefix) || p.lasts > left) continue;
      kept.add(p.key);
      left -= p.lasts;
    }
  }
  const words: SpokenWord[] = [];
  let at = due.at + promptDelayMs;
  for (const p of phrases) {
    if (!kept.has(p.key)) continue;
    words.push({ key: p.key, atMs: at, speech: p.speech });
    at += p.lasts;
  }
  return words;
}

/** How long the cue sprite's prompt `key` lasts, when the screen speaks English: its prompts are English only. */
export function englishPrompt(prefs: SoundPrefs, key: string): number | undefined {
  return (prefs.language ?? 'en') === 'en' ? SPRITE[key]?.[1] : undefined;
}

/**
 * The words said after a cue with these settings: prompts and sides with voice on, names with speakNames on; with
 * `roomMs`, only those that end before the next cue (see spokenWords).
 */
export function wordsAfter(due: DueCue, prefs: SoundPrefs, speech: Pick<SpeechSound, 'ready' | 'durationMs'>, roomMs?: number): SpokenWord[] {
  return spokenWords(due, hasTone(due.cue) ? voiceDelayMs(due.cue) : 0, { prompt: prefs.voice, name: prefs.speakNames, side: prefs.voice }, {
    speech: speech.ready() ? (key) => speech.durationMs(key) : null,
    prompts: (key) => englishPrompt(prefs, key),
  }, roomMs);
}
