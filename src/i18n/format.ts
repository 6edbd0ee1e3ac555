import { formattingLocale } from './language';
import { language } from './messages';

// Building an Intl formatter is slow and its result never changes: one per locale and kind.
const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.ListFormat>(id: string, make: (locale: string) => T): T {
  const locale = formattingLocale(language());
  const key = `${locale}:${id}`;
  let format = cache.get(key) as T | undefined;
  if (!format) cache.set(key, format = make(locale));
  return format;
}

/** A number written the way of the language and the device's region ("1,5" in Colombia, "1.5" in Mexico). */
export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(`number:${JSON.stringify(options)}`, (locale) => new Intl.NumberFormat(locale, options)).format(value);
}

/** A temperature with its unit: "38.3°C" in English, "38,3 °C" in Colombia, "38.3 °C" in Mexico. */
export function formatTemperature(value: number, unit: 'celsius' | 'fahrenheit'): string {
  return formatNumber(value, { style: 'unit', unit, maximumFractionDigits: 1 });
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A size for people: "850 bytes", "1.2 MB" ("1,2 MB" where the region writes a decimal comma). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) { value /= 1000; unit++; }
  return formatNumber(value, {
    style: 'unit', unit: BYTE_UNITS[unit], unitDisplay: unit === 0 ? 'long' : 'short', maximumFractionDigits: value < 10 ? 1 : 0,
  });
}

/** A list joined the language's way: "hips, knees, and back", "caderas, rodillas y espalda". */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`list:${type}`, (locale) => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}
