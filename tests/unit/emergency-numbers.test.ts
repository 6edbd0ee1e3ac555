import { describe, expect, it } from 'vitest';
import { emergencyNumberFor } from '../../src/engine/records/emergency-numbers';

// The numbers people in each place would dial for an ambulance, written out by hand (not read from the table).
const EXPECTED: [string[], string][] = [
  [['en-GB'], '999'], [['de-DE'], '112'], [['en-US'], '911'], [['en'], '911'], [['de'], '112'],
  [['fr-FR'], '112'], [['es-ES'], '112'], [['es-MX'], '911'], [['es-419'], '911'], [['en-CA'], '911'],
  [['en-AU'], '000'], [['en-NZ'], '111'], [['pt-BR'], '192'], [['es-CO'], '123'], [['ja-JP'], '119'],
];

describe('the emergency number for the device’s region', () => {
  it.each(EXPECTED)('gives %j the number %s', (languages, number) => {
    expect(emergencyNumberFor(languages)).toBe(number);
  });

  it('follows the first language the device lists', () => {
    expect(emergencyNumberFor(['en-GB', 'en-US'])).toBe('999');
    expect(emergencyNumberFor(['en-US', 'en-GB'])).toBe('911');
  });

  it('falls back to 112, which mobile phones connect almost everywhere, when the region is unknown', () => {
    expect(emergencyNumberFor([])).toBe('112');
    expect(emergencyNumberFor(['not a language'])).toBe('112');
    expect(emergencyNumberFor(['sw-KE'])).toBe('112');
  });
});
