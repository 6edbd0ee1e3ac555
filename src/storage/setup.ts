import { cleanPhoneNumber, DEFAULT_SETUP, type Setup } from '../engine/records/settings';
import { openFlarewiseDB, readStored } from './db';

const KEYS = ['onboarded', 'weeklyGoal', 'emergencyNumber', 'precautionsPending'] as const;

/**
 * The stored setup, with defaults for anything never set or unusable; `regionNumber` is the emergency number
 * for the device's region (emergency-numbers.ts), used until the person saves one.
 */
export async function loadSetup(regionNumber: string = DEFAULT_SETUP.emergencyNumber): Promise<Setup> {
  const [onboarded, weeklyGoal, emergencyNumber, pending] = await readStored(
    (db) => Promise.all(KEYS.map((key) => db.get('settings', key))), KEYS.map(() => undefined),
  );
  const goal = Number(weeklyGoal?.value);
  const number = typeof emergencyNumber?.value === 'string' ? cleanPhoneNumber(emergencyNumber.value) : '';
  return {
    onboarded: onboarded?.value === true,
    weeklyGoal: Number.isInteger(goal) && goal >= 1 && goal <= 7 ? goal : DEFAULT_SETUP.weeklyGoal,
    emergencyNumber: number === '' ? regionNumber : number,
    precautionsPending: pending?.value === true,
  };
}

/** Saves the setup in one transaction. */
export async function saveSetup(setup: Setup): Promise<void> {
  const db = await openFlarewiseDB();
  const tx = db.transaction('settings', 'readwrite');
  await Promise.all([...KEYS.map((key) => tx.store.put({ key, value: setup[key] })), tx.done]);
}
