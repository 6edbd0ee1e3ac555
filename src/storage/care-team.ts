import { readCareTeam, type CareTeam } from '../engine/records/care-team';
import { readSetting, writeSetting } from './setting';

/** The saved care-team contacts (empty until the person adds them in Settings). */
export const loadCareTeam = async (): Promise<CareTeam> => readCareTeam(await readSetting<unknown>('careTeam', undefined));

/** Saves the care-team contacts. */
export const saveCareTeam = (team: CareTeam): Promise<void> => writeSetting('careTeam', team);

/** The day the fatigue-trend advice was last given, if ever (it is said once, then not for four weeks). */
export const loadFatigueToldOn = async (): Promise<string | undefined> => {
  const day = await readSetting<unknown>('fatigueToldOn', undefined);
  return typeof day === 'string' ? day : undefined;
};

/** Remembers the day the fatigue-trend advice was given. */
export const saveFatigueToldOn = (day: string): Promise<void> => writeSetting('fatigueToldOn', day);
