import type { PrecautionProfile } from './check-in-types';
import type { Dose, Exercise, Library, Tier } from '../content/content-types';
import { whyRuledOut, type DayContext } from './rule-out';
import { doseForTier } from './tier-dose';

/** Today's hot joints and triage, as far as they rule an exercise out (none known means none). */
export type DayConditions = Omit<DayContext, 'tier'>;

/**
 * The easier variant of an exercise with today's dose, when it can be done today: it is in the library, nothing
 * rules it out (profile, today's hot joints and triage, the tier), and it has a dose in the tier. Offered after a
 * pain stop, it never steps up.
 */
export function easierVariant(
  exercise: Exercise, library: Library, tier: Tier, level: number, profile: PrecautionProfile,
  conditions: DayConditions = { hotJoints: [], triage: 'none' },
): { exercise: Exercise; dose: Dose } | undefined {
  const easier = exercise.easier === undefined ? undefined : library.exercises.get(exercise.easier);
  if (easier === undefined || whyRuledOut(easier, profile, { ...conditions, tier }) !== undefined) return undefined;
  const dose = doseForTier(easier, tier, Math.min(level, 0), conditions.hotJoints);
  return dose === undefined ? undefined : { exercise: easier, dose };
}
