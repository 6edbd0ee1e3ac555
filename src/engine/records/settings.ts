import { DEFAULT_WEEKLY_GOAL } from '../progress/weekly-goal';

/** "Keep coaching with the screen off" (the sound is media playback) or "Mix with my music" (src/audio/README.md). */
export type AudioMode = 'screen-off' | 'mix';

/** The user's sound and timing preferences. */
export interface Preferences {
  sound: boolean;
  voice: boolean;
  speakNames: boolean;
  volume: number;
  vibration: boolean;
  leadInSeconds: number;
  audioMode: AudioMode;
}

/** Sound on with spoken prompts, a 5 s lead-in, coaching on with the screen off. */
export const DEFAULT_PREFERENCES: Preferences = {
  sound: true, voice: true, speakNames: true, volume: 0.8, vibration: true, leadInSeconds: 5, audioMode: 'screen-off',
};

/** What the first run asks besides the profile and sound: stored as separate settings keys. */
export interface Setup {
  onboarded: boolean;
  weeklyGoal: number;
  emergencyNumber: string;
}

/** Not yet onboarded, 3 sessions a week, 911. */
export const DEFAULT_SETUP: Setup = { onboarded: false, weeklyGoal: DEFAULT_WEEKLY_GOAL, emergencyNumber: '911' };

/** A phone number as typed, kept to digits and a plus sign. */
export function cleanPhoneNumber(text: string): string {
  return text.replace(/[^\d+]/g, '');
}
