import { EMPTY_PROFILE, type PrecautionProfile } from '../engine/check-in-types';
import { openFlarewiseDB } from './db';

/** The saved precaution profile, with nothing set for anything never answered. */
export async function loadProfile(): Promise<PrecautionProfile> {
  const db = await openFlarewiseDB();
  const row = await db.get('settings', 'profile');
  return { ...EMPTY_PROFILE, ...(row?.value as Partial<PrecautionProfile> | undefined) };
}

/** Saves the precaution profile. */
export async function saveProfile(profile: PrecautionProfile): Promise<void> {
  const db = await openFlarewiseDB();
  await db.put('settings', { key: 'profile', value: profile });
}
