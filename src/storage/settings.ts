import { readSetting, writeSetting } from './setting';

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
export const loadPreferences = (): Promise<Preferences> => readSetting('preferences', DEFAULT_PREFERENCES);

/** Saves the preferences. */
export const savePreferences = (prefs: Preferences): Promise<void> => writeSetting('preferences', prefs);
