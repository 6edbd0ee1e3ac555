import type { clinicalMessages } from './en/clinical';
import type { coachMessages } from './en/coach';
import { coreMessages } from './en/core';
import type { dataMessages } from './en/data';
import type { feedbackMessages } from './en/feedback';
import type { libraryMessages } from './en/library';
import type { progressMessages } from './en/progress';
import { pwaMessages } from './en/pwa';
import type { reportMessages } from './en/report';
import type { soundMessages } from './en/sound';
import { storageMessages } from './en/storage';

type Catalogue = typeof coreMessages & typeof pwaMessages & typeof storageMessages & typeof coachMessages & typeof dataMessages
  & typeof feedbackMessages & typeof libraryMessages & typeof progressMessages & typeof clinicalMessages & typeof reportMessages
  & typeof soundMessages;

/** A key of the message catalogue. */
export type MessageKey = keyof Catalogue;

/**
 * Every string the user sees, one file per area under en/. The core strings load with the app; each
 * other area adds itself when the code that uses it loads (so the first screen carries only its own
 * words), and every file using an area's keys imports that area (tests/unit/messages.test.ts checks).
 * A translation is another set of files of the same shape; components only ever call `t(key, params)`.
 */
const catalogue: Record<string, string> = { ...coreMessages, ...pwaMessages, ...storageMessages };

/** Adds an area's messages to the catalogue; called by each area file as it loads. */
export function addMessages(messages: Readonly<Record<string, string>>): void {
  Object.assign(catalogue, messages);
}

/** Whether the catalogue (as loaded so far) has a key built from data, such as a field's name. */
export function isMessageKey(key: string): key is MessageKey {
  return key in catalogue;
}

/** Looks up a message and fills in `{name}` placeholders. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = catalogue[key];
  if (text === undefined) {
    console.error(`Flarewise: message "${key}" used before its area was loaded`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** Formats milliseconds as m:ss (or s when under a minute) for the countdown. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes ? `${minutes}:${String(seconds).padStart(2, '0')}` : String(seconds);
}

/** Formats a duration for prose: "12 minutes", "1 minute", "40 seconds". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes >= 1) return minutes === 1 ? t('duration.minute') : t('duration.minutes', { count: minutes });
  const seconds = Math.round(ms / 1000);
  return seconds === 1 ? t('duration.second') : t('duration.seconds', { count: seconds });
}

/** "1 exercise", "6 exercises". */
export function formatExerciseCount(count: number): string {
  return count === 1 ? t('home.exercises.one') : t('home.exercises', { count });
}
