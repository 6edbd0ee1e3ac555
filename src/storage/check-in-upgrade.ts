import type { HotRegion, TierReason } from '../engine/clinical/check-in-types';
import { tierFor } from '../engine/clinical/tier';
import type { StoredCheckIn } from '../engine/records/check-in-record';

/** The database version from which check-ins hold hot-joint regions and tier reasons as codes. */
export const REGIONS_SINCE_VERSION = 4;

/** The one hot-joints answer check-ins had before regions were asked (database versions 3 and earlier). */
export type OldHotJoints = 'none' | 'hips' | 'other';

/** A stored check-in as any database version or backup file may hold it. */
export type AnyStoredCheckIn = Omit<StoredCheckIn, 'hotJoints' | 'tier'> & {
  hotJoints: HotRegion[] | OldHotJoints;
  tier: { tier: StoredCheckIn['tier']['tier']; reasons: TierReason[] | string[] };
};

// 'other' meant "a joint that is not a hip", never which one. It becomes every region but the hips: the
// reading that protects whichever joint it was and keeps that day's tier (amber) as it was. The record
// then names all four regions; src/engine/clinical/README.md ("Inflamed joints") says so.
const REGIONS_OF: Readonly<Record<OldHotJoints, HotRegion[]>> = {
  none: [], hips: ['hips'], other: ['knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows'],
};

/** The hot regions of an old single answer, or the regions themselves. */
export function upgradeHotJoints(hotJoints: HotRegion[] | OldHotJoints): HotRegion[] {
  return typeof hotJoints === 'string' ? [...REGIONS_OF[hotJoints]] : hotJoints;
}

/**
 * A check-in in today's shape: regions for hot joints, and tier reasons as codes. Old reasons were
 * sentences ("pain 6/10"); they are worked out again from the same answers, which the tier rules read
 * exactly as before, and dropped if the answers no longer give the stored tier.
 */
export function upgradeCheckIn(old: AnyStoredCheckIn): StoredCheckIn {
  const hotJoints = upgradeHotJoints(old.hotJoints);
  const reasons: readonly (TierReason | string)[] = old.tier.reasons;
  const codes = reasons.filter((reason): reason is TierReason => typeof reason !== 'string');
  if (codes.length === reasons.length) return { ...old, hotJoints, tier: { tier: old.tier.tier, reasons: codes } };
  const again = tierFor({ flare: old.flare, pain: old.pain, fatigue: old.fatigue, hotJoints });
  return { ...old, hotJoints, tier: { tier: old.tier.tier, reasons: again.tier === old.tier.tier ? again.reasons : [] } };
}
