import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDay, formatTimeOfDay } from '../../src/i18n/dates';
import { formatBytes, formatList, formatNumber, formatTemperature } from '../../src/i18n/format';
import { formattingLocale, languageFor } from '../../src/i18n/language';
import { formatDuration, formatExerciseCount, switchLanguage, t } from '../../src/i18n/messages';
import '../../src/i18n/areas/coach';
import '../../src/i18n/areas/data';
import { checkInsCsv } from '../../src/storage/csv';
import { questionWords } from '../../src/ui/components/triage-words';
import { profileFlagWords } from '../../src/ui/components/profile-words';

afterEach(async () => {
  vi.unstubAllGlobals();
  await switchLanguage('en');
});

/** A device whose languages are `tags`, most preferred first. */
const deviceSpeaking = (...tags: string[]) => vi.stubGlobal('navigator', { languages: tags, language: tags[0] });

describe('the language a device gets', () => {
  it('speaks Spanish to any Spanish-language device and English otherwise', () => {
    expect(['es', 'es-MX', 'es-419', 'es-CO', 'es-ES'].map((tag) => languageFor([tag]))).toEqual(Array(5).fill('es-419'));
    expect(languageFor(['fr-FR', 'es-MX', 'en-US'])).toBe('es-419');
    expect(languageFor(['en-GB', 'es-MX'])).toBe('en');
    expect(languageFor(['de-DE'])).toBe('en');
    expect(languageFor([])).toBe('en');
  });

  it('writes dates in the device’s own variant of the language', () => {
    expect(formattingLocale('es-419', ['es-MX', 'en'])).toBe('es-MX');
    expect(formattingLocale('es-419', ['en-US'])).toBe('es-419');
    expect(formattingLocale('en', ['en-GB'])).toBe('en-GB');
  });
});

describe('counts, dates, numbers and lists in each language', () => {
  it('counts exercises and minutes with the right plural in English', () => {
    expect([formatExerciseCount(1), formatExerciseCount(3), formatExerciseCount(0)]).toEqual(['1 exercise', '3 exercises', '0 exercises']);
    expect([formatDuration(60_000), formatDuration(12 * 60_000), formatDuration(1000), formatDuration(20_000)])
      .toEqual(['1 minute', '12 minutes', '1 second', '20 seconds']);
  });

  it('counts exercises and minutes with the right plural in Spanish', async () => {
    await switchLanguage('es-419');
    expect([formatExerciseCount(1), formatExerciseCount(3), formatExerciseCount(0)]).toEqual(['1 ejercicio', '3 ejercicios', '0 ejercicios']);
    expect([formatDuration(60_000), formatDuration(12 * 60_000), formatDuration(1000)]).toEqual(['1 minuto', '12 minutos', '1 segundo']);
  });

  it('writes a day with its weekday in each language', async () => {
    expect(formatDay('2026-12-07', 'weekday')).toMatch(/^Monday,? (7 December|December 7)$/);
    await switchLanguage('es-419');
    expect(formatDay('2026-12-07', 'weekday')).toBe('lunes 7 de diciembre');
    expect(formatDay('2026-12-07', 'long')).toBe('lunes 7 de diciembre de 2026');
    expect(formatDay('2026-12-07', 'month')).toBe('diciembre de 2026');
  });

  it('writes numbers and lists the Spanish way (Latin America keeps the decimal point)', async () => {
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatList(['hips', 'knees', 'hands'])).toBe('hips, knees, and hands');
    await switchLanguage('es-419');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatList(['caderas', 'rodillas', 'manos'])).toBe('caderas, rodillas y manos');
  });

  it('writes the fever threshold with the decimal sign of the device’s region', async () => {
    deviceSpeaking('en-US');
    expect([formatTemperature(38.3, 'celsius'), formatTemperature(101, 'fahrenheit')]).toEqual(['38.3°C', '101°F']);
    await switchLanguage('es-419');
    deviceSpeaking('es-CO');
    expect([formatTemperature(38.3, 'celsius'), formatTemperature(101, 'fahrenheit')]).toEqual(['38,3 °C', '101 °F']);
    expect(questionWords({ id: 'fever', pinned: false, stressed: false, clearable: false })).toBe('¿Tienes fiebre de más de 38,3 °C (101 °F) junto con dolor de espalda o de cadera?');
    expect(formatBytes(1_250_000)).toBe('1,3 MB');
    expect(profileFlagWords('steroidsLongTerm')).toBe('He tomado corticoides (prednisona 2,5 mg al día o más) por más de tres meses');
    deviceSpeaking('es-MX');
    expect(formatTemperature(38.3, 'celsius')).toBe('38.3 °C');
  });

  it('writes sizes and times of day the device’s way', async () => {
    deviceSpeaking('en-US');
    expect([formatBytes(850), formatBytes(1_250_000), formatBytes(45_000)]).toEqual(['850 bytes', '1.3 MB', '45 kB']);
    expect(formatTimeOfDay('18:30').replace(/\s/g, ' ')).toBe('6:30 PM');
    deviceSpeaking('en-GB');
    expect(formatTimeOfDay('18:30')).toBe('18:30');
    await switchLanguage('es-419');
    deviceSpeaking('es-MX');
    expect(formatTimeOfDay('18:30').replace(/\s/g, ' ')).toBe('6:30 p.m.');
  });

  it('switches every loaded area, not only the first screen’s', async () => {
    expect(t('joint.knees')).toBe('knees');
    await switchLanguage('es-419');
    expect([t('nav.home'), t('joint.knees')]).toEqual(['Hoy', 'rodillas']);
  });

  it('heads the CSV columns in the language, keeping the English codes for English', async () => {
    const header = () => checkInsCsv([], (column) => t(`data.csv.column.${column}`)).split('\r\n')[0];
    expect(header()).toBe('date,time,flare,pain,fatigue,hot_joints,morning,tier,tier_reasons,safety_outcome');
    await switchLanguage('es-419');
    expect(header()).toBe('fecha,hora,brote,dolor,cansancio,articulaciones_calientes,manana,tipo_de_dia,motivos_del_tipo_de_dia,resultado_de_seguridad');
  });
});
