import { openFlarewiseDB } from './db';

/** What the first run asks besides the profile and sound: stored as separate settings keys. */
export interface Setup {
  onboarded: boolean;
  weeklyGoal: number;
  emergencyNumber: string;
}

/** Not yet onboarded, 3 sessions a week, 911 (CLINICAL.md sections 2 and 6). */
export const DEFAULT_SETUP: Setup = { onboarded: false, weeklyGoal: 3, emergencyNumber: '911' };

const KEYS = ['onboarded', 'weeklyGoal', 'emergencyNumber'] as const;

/** A phone number as typed, kept to digits and a plus sign. */
export function cleanPhoneNumber(text: string): string {
  return text.replace(/[^\d+]/g, '');
}

/** The stored setup, with defaults for anything never set or unusable. */
export async function loadSetup(): Promise<Setup> {
  const db = await openFlarewiseDB();
  const [onboarded, weeklyGoal, emergencyNumber] = await Promise.all(KEYS.map((key) => db.get('settings', key)));
  const goal = Number(weeklyGoal?.value);
  const number = typeof emergencyNumber?.value === 'string' ? cleanPhoneNumber(emergencyNumber.value) : '';
  return {
    onboarded: onboarded?.value === true,
    weeklyGoal: Number.isInteger(goal) && goal >= 1 && goal <= 7 ? goal : DEFAULT_SETUP.weeklyGoal,
    emergencyNumber: number === '' ? DEFAULT_SETUP.emergencyNumber : number,
  };
}

/** Saves the setup in one transaction. */
export async function saveSetup(setup: Setup): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction('settings', 'readwrite');
  await Promise.all([...KEYS.map((key) => tx.store.put({ key, value: setup[key] })), tx.done]);
}
