import { openFlarewiseDB } from './db';

/** The user's sound and timing preferences. */
export interface Preferences {
  sound: boolean;
  voice: boolean;
  speakNames: boolean;
  volume: number;
  vibration: boolean;
  leadInSeconds: number;
}

/** Sound on with spoken prompts, a 5 s lead-in. */
export const DEFAULT_PREFERENCES: Preferences = {
  sound: true, voice: true, speakNames: true, volume: 0.8, vibration: true, leadInSeconds: 5,
};

/** The saved preferences, with defaults for anything never set. */
export async function loadPreferences(): Promise<Preferences> {
  const db = await openFlarewiseDB();
  const row = await db.get('settings', 'preferences');
  return { ...DEFAULT_PREFERENCES, ...(row?.value as Partial<Preferences> | undefined) };
}

/** Saves the preferences. */
export async function savePreferences(prefs: Preferences): Promise<void> {
  const db = await openFlarewiseDB();
  await db.put('settings', { key: 'preferences', value: prefs });
}
