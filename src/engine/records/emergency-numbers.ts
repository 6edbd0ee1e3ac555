/**
 * The number to call for an ambulance, by the device's region, so the first run starts from the right one
 * (the person can always change it). Sources, in our words: each country's own government publishes its
 * emergency number; European Union law makes 112 reach the emergency services in every member state; and
 * mobile phones treat 112 as an emergency call in almost every country, which is why it is the fallback.
 * Where police, fire and ambulance have separate numbers, the ambulance number is listed.
 */
const BY_REGION: Readonly<Record<string, string>> = {
  // 911: North America, and the Latin American countries that moved to one 911 number
  US: '911', CA: '911', MX: '911', PR: '911', CR: '911', PA: '911', SV: '911', HN: '911', DO: '911',
  EC: '911', PY: '911', UY: '911', VE: '911', PH: '911',
  // Latin America: "es-419" names no country; most of the region now answers 911
  '419': '911',
  // South America with separate ambulance numbers
  AR: '107', BR: '192', CL: '131', CO: '123', PE: '106',
  // 999 where it is the number people know (112 also works in the UK and Ireland)
  GB: '999', IE: '999', HK: '999', MY: '999',
  AU: '000', NZ: '111',
  JP: '119', KR: '119', TW: '119', CN: '120', SG: '995', IL: '101', AE: '998', SA: '997',
};

/** The number mobile phones connect as an emergency call almost everywhere (112 in the EU and beyond). */
export const FALLBACK_EMERGENCY_NUMBER = '112';

/**
 * The region a language tag points to ('en-GB' → 'GB', 'de' → 'DE', 'es-419' → '419'), or undefined.
 * A tag that names its region is read as it is: guessing the likely region (maximize) loads a table that
 * blocked the first screen for tens of milliseconds on a slow phone, and only a bare language needs it.
 */
export function regionOf(languageTag: string): string | undefined {
  try {
    const locale = new Intl.Locale(languageTag);
    return locale.region ?? locale.maximize().region;
  } catch {
    return undefined;
  }
}

/** The emergency number for the device's first language's region; 112 when the region is not listed. */
export function emergencyNumberFor(languages: readonly string[]): string {
  const region = languages.length === 0 ? undefined : regionOf(languages[0] ?? '');
  return (region === undefined ? undefined : BY_REGION[region]) ?? FALLBACK_EMERGENCY_NUMBER;
}
