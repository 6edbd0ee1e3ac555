import type { RoutinePart } from '../../engine/session/routine-parts';
import { t } from '../../i18n/messages';
import '../../i18n/areas/library';

const TITLES = { warmUp: 'routine.warmUp', main: 'routine.main', coolDown: 'routine.coolDown' } as const;

/** The heading of one part of a routine: "Warm-up", "Main", "Cool-down". */
export function partTitle(part: RoutinePart): string {
  return t(TITLES[part]);
}
