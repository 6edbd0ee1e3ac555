import { DEFAULT_PREFERENCES, type Preferences } from '../engine/records/settings';
import { readSetting, writeSetting } from './setting';

/** The saved preferences, with defaults for anything never set. */
export const loadPreferences = (): Promise<Preferences> => readSetting('preferences', DEFAULT_PREFERENCES);

/** Saves the preferences. */
export const savePreferences = (prefs: Preferences): Promise<void> => writeSetting('preferences', prefs);
