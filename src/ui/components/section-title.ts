import type { SessionSection } from '../../engine/clinical/routine-plan';
import { t } from '../../i18n/messages';

const SECTION_TITLES = { 'warm-up': 'routine.warmUp', main: 'routine.main', 'cool-down': 'routine.coolDown' } as const;

/** "Warm-up", "Main" or "Cool-down": shown and spoken by the player as a part begins. */
export function sectionTitle(section: SessionSection): string {
  return t(SECTION_TITLES[section]);
}
