import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { SUGGESTED_ROUTINES, suggestRoutine, type SuggestInput } from '../../src/engine/clinical/suggest-routine';

const midday: SuggestInput = { tier: 'green', hour: 14, hotJoints: [], triage: 'none' };

describe('suggestRoutine', () => {
  it('suggests the gentlest routine on a red day, whatever the hour', () => {
    for (const hour of [7, 14, 21]) expect(suggestRoutine({ ...midday, tier: 'red', hour })).toBe('flare-day-gentle');
  });

  it('suggests only the gentlest routine when the triage says see a doctor, even on a green day', () => {
    expect(suggestRoutine({ ...midday, triage: 'see-doctor' })).toBe('flare-day-gentle');
  });

  it('suggests morning stiffness before 11:00 and night hip comfort from 18:00', () => {
    expect(suggestRoutine({ ...midday, hour: 10 })).toBe('morning-stiffness');
    expect(suggestRoutine({ ...midday, tier: 'amber', hour: 6 })).toBe('morning-stiffness');
    expect(suggestRoutine({ ...midday, hour: 11 })).not.toBe('morning-stiffness');
    expect(suggestRoutine({ ...midday, hour: 17 })).not.toBe('night-hip-comfort');
    expect(suggestRoutine({ ...midday, hour: 18 })).toBe('night-hip-comfort');
  });

  it('suggests hip strength only on a clear green day, otherwise back essentials', () => {
    expect(suggestRoutine(midday)).toBe('hip-strength-mobility');
    expect(suggestRoutine({ ...midday, tier: 'amber' })).toBe('low-back-essentials');
    expect(suggestRoutine({ ...midday, hotJoints: ['knees'] })).toBe('low-back-essentials');
    expect(suggestRoutine({ ...midday, triage: 'caution' })).toBe('low-back-essentials');
  });

  it('keeps a protected hip (AVN, replacement) on back essentials until the specialist clears it', () => {
    const avn = { ...EMPTY_PROFILE, avnHip: true };
    expect(suggestRoutine({ ...midday, profile: avn })).toBe('low-back-essentials');
    expect(suggestRoutine({ ...midday, profile: { ...avn, clearedBySpecialist: true } })).toBe('hip-strength-mobility');
  });

  it('only ever suggests routines that exist in the library', () => {
    const ids = new Set(readdirSync('exercises/routines').map((file) => JSON.parse(readFileSync(`exercises/routines/${file}`, 'utf8')).id));
    for (const id of Object.values(SUGGESTED_ROUTINES)) expect(ids.has(id), id).toBe(true);
  });
});
