import { DEFAULT_WEEKLY_GOAL } from '../progress/weekly-goal';
import { FALLBACK_EMERGENCY_NUMBER } from './emergency-numbers';

/** A language the app is written in: English, or Spanish as spoken across Latin America. */
export type Language = 'en' | 'es-419';

/** A language chosen by hand, or 'device' to follow the device's languages. */
export type LanguageChoice = 'device' | Language;

/** How sound plays in a session: `screen-off` (media playback that keeps going when the phone locks) or `mix` (with other audio); src/audio/README.md. */
export type AudioMode = 'screen-off' | 'mix';

/** The user's sound and timing preferences. */
export interface Preferences {
  sound: boolean;
  voice: boolean;
  speakNames: boolean;
  volume: number;
  vibration: boolean;
  leadInSeconds: number;
  /** "Wait for me": before an exercise that means getting down to the floor or up from it, the session waits for a tap. */
  waitForMe: boolean;
  /** The app's language, or 'device' to follow the device's (src/i18n/language.ts). */
  language: LanguageChoice;
  audioMode: AudioMode;
}

/** Sound on with spoken prompts, a 5 s lead-in, waiting at a change of position, the device's language, coaching on with the screen off. */
export const DEFAULT_PREFERENCES: Preferences = {
  sound: true, voice: true, speakNames: true, volume: 0.8, vibration: true, leadInSeconds: 5, waitForMe: true, language: 'device',
  audioMode: 'screen-off',
};

/** What the first run asks besides the profile and sound: stored as separate settings keys. */
export interface Setup {
  onboarded: boolean;
  weeklyGoal: number;
  emergencyNumber: string;
  /** The first run was skipped before the precautions were answered: home offers them, the check-in asks more. */
  precautionsPending: boolean;
}

/** Not yet onboarded, 3 sessions a week, 112 (the device's region gives a better number: emergency-numbers.ts). */
export const DEFAULT_SETUP: Setup = {
  onboarded: false, weeklyGoal: DEFAULT_WEEKLY_GOAL, emergencyNumber: FALLBACK_EMERGENCY_NUMBER, precautionsPending: false,
};

/** A phone number as typed, kept to digits and a plus sign. */
export function cleanPhoneNumber(text: string): string {
  return text.replace(/[^\d+]/g, '');
}
