import { createSignal } from 'solid-js';
import type { clinicalMessages } from './en/clinical';
import type { coachMessages } from './en/coach';
import type { coreMessages } from './en/core';
import type { dataMessages } from './en/data';
import type { feedbackMessages } from './en/feedback';
import type { libraryMessages } from './en/library';
import type { playerMessages } from './en/player';
import type { progressMessages } from './en/progress';
import type { pwaMessages } from './en/pwa';
import type { reportMessages } from './en/report';
import type { soundMessages } from './en/sound';
import type { storageMessages } from './en/storage';
import type { triageMessages } from './en/triage';
import { type Area, FIRST_SCREEN_AREAS, readArea } from './catalogue-files';
import { type Language, deviceLanguages, formattingLocale, languageFor } from './language';

type Catalogue = typeof coreMessages & typeof pwaMessages & typeof storageMessages & typeof coachMessages & typeof dataMessages
  & typeof feedbackMessages & typeof libraryMessages & typeof progressMessages & typeof clinicalMessages & typeof reportMessages
  & typeof playerMessages & typeof triageMessages & typeof soundMessages;

/** A key of the message catalogue. */
export type MessageKey = keyof Catalogue;

/** One area's messages in another language: exactly the English keys (the compiler checks), each a string. */
export type Translation<English> = { readonly [Key in keyof English]: string };

export type { Area };

const [language, setLanguageSignal] = createSignal<Language>(languageFor(deviceLanguages()));
let current: Language = language();
let catalogue: Record<string, string> = {};
const areas = new Set<Area>();

/**
 * Loads an area's messages in the current language. Each file under areas/ awaits this at the top, so a screen
 * that imports its area never draws before its words are there.
 */
export async function loadArea(area: Area): Promise<void> {
  areas.add(area);
  for (;;) {
    const lang = current;
    const messages = await readArea(lang, area);
    if (lang === current) {
      Object.assign(catalogue, messages);
      return;
    }
  }
}

/** The language the app speaks now (reactive: a screen reading it redraws on a change). */
export { language };

/** Switches every loaded area to `next`, then redraws every word on screen; no reload. */
export async function switchLanguage(next: Language): Promise<void> {
  if (next === current) return;
  const fresh: Record<string, string> = {};
  const loaded = await Promise.all([...areas].map((area) => readArea(next, area)));
  for (const messages of loaded) Object.assign(fresh, messages);
  catalogue = fresh;
  current = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  setLanguageSignal(next);
}

// The first screen's words come before anything draws, side by side (src/i18n/preload-words.ts asked for them
// already, while this script was still arriving).
await Promise.all(FIRST_SCREEN_AREAS.map(loadArea));
if (typeof document !== 'undefined') document.documentElement.lang = current;

/** Whether the catalogue (as loaded so far) has a key built from data, such as a field's name. */
export function isMessageKey(key: string): key is MessageKey {
  return key in catalogue;
}

/** Looks up a message and fills in `{name}` placeholders; reactive, so the words follow a change of language. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  language();
  const text = catalogue[key];
  if (text === undefined) {
    console.error(`Flarewise: message "${key}" used before its area was loaded`);
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * A message that depends on a count, by the language's plural rules (Intl.PluralRules): `key.one`, `key.many`…
 * when the catalogue has that form, otherwise `key` itself ("1 ejercicio", "3 ejercicios").
 */
export function plural(key: MessageKey, count: number, params: Record<string, string | number> = {}): string {
  const lang = language();
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, rules = new Intl.PluralRules(formattingLocale(lang)));
  const formKey = `${key}.${rules.select(count)}`;
  const values = { count, ...params };
  return isMessageKey(formKey) ? t(formKey, values) : t(key, values);
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
  return minutes >= 1 ? plural('duration.minutes', minutes) : plural('duration.seconds', Math.round(ms / 1000));
}

/** "1 exercise", "6 exercises". */
export function formatExerciseCount(count: number): string {
  return plural('home.exercises', count);
}
