import type { PrecautionProfile } from './check-in-types';
import type { Dose, Exercise, Library, Tier } from '../content/content-types';
import { ruledOutTags } from './precautions';
import { doseForTier } from './tier-dose';

/**
 * The easier variant of an exercise with today's dose, when it can be done today: it is in the library, no tag of
 * it is ruled out by the profile, and it has a dose in the tier. Offered after a pain stop, it never steps up.
 */
export function easierVariant(
  exercise: Exercise, library: Library, tier: Tier, level: number, profile: PrecautionProfile,
): { exercise: Exercise; dose: Dose } | undefined {
  const easier = exercise.easier === undefined ? undefined : library.exercises.get(exercise.easier);
  if (easier === undefined) return undefined;
  const ruledOut = ruledOutTags(profile);
  if (easier.tags.some((tag) => ruledOut.has(tag))) return undefined;
  const dose = doseForTier(easier, tier, Math.min(level, 0));
  return dose === undefined ? undefined : { exercise: easier, dose };
}
