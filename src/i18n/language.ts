import type { Language, LanguageChoice } from '../engine/records/settings';

export type { Language, LanguageChoice };

/** Every language, in the order the settings list them. */
export const LANGUAGES: readonly Language[] = ['en', 'es-419'];

/**
 * The language for a device's preferred languages (navigator.languages, most preferred first): the first
 * one we speak wins, so any Spanish (es, es-MX, es-419, es-ES…) gives es-419; English when none matches.
 */
export function languageFor(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'es') return 'es-419';
    if (base === 'en') return 'en';
  }
  return 'en';
}

/** The device's own language list, or none outside a browser. */
export function deviceLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language];
}

/**
 * The locale dates and numbers are written in: the device's own variant of the language when it has one
 * (es-MX writes "7 dic", en-GB "7 Dec"), otherwise the language itself.
 */
export function formattingLocale(language: Language, preferred: readonly string[] = deviceLanguages()): string {
  const base = language.split('-')[0];
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === base) ?? language;
}

/** The language a choice means on this device. */
export function resolveLanguage(choice: LanguageChoice, preferred: readonly string[] = deviceLanguages()): Language {
  return choice === 'device' ? languageFor(preferred) : choice;
}
