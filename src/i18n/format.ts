import { formattingLocale } from './language';
import { language } from './messages';

// Building an Intl formatter is slow and its result never changes: one per language and kind.
const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.ListFormat>(id: string, make: (locale: string) => T): T {
  const key = `${language()}:${id}`;
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, format = make(formattingLocale(language())));
  return format;
}

/** A number written the way of the language and the device's region ("1,5" in Colombia, "1.5" in Mexico). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`number:${JSON.stringify(options)}`, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** A list joined the language's way: "hips, knees and back", "caderas, rodillas y espalda". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`list:${type}`, (locale) => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}
