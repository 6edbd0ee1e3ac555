import { EMPTY_PROFILE, type PrecautionProfile } from '../engine/clinical/check-in-types';
import { readSetting, writeSetting } from './setting';

/** The saved precaution profile, with nothing set for anything never answered. */
export const loadProfile = (): Promise<PrecautionProfile> => readSetting('profile', EMPTY_PROFILE);

/** Saves the precaution profile. */
export const saveProfile = (profile: PrecautionProfile): Promise<void> => writeSetting('profile', profile);
