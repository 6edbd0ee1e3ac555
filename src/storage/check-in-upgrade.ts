import { localDayOf } from '../engine/calendar/local-day';
import type { HotRegion, TierReason, TriageQuestionId, TriageResult } from '../engine/clinical/check-in-types';
import { tierFor } from '../engine/clinical/tier';
import type { StoredCheckIn } from '../engine/records/check-in-record';

/** The database version from which check-ins hold hot-joint regions and tier reasons as codes. */
export const REGIONS_SINCE_VERSION = 4;
/** The database version from which a check-in's triage holds codes only and each check-in says where it was made. */
export const TRIAGE_CODES_SINCE_VERSION = 7;

/** The one hot-joints answer check-ins had before regions were asked (database versions 3 and earlier). */
export type OldHotJoints = 'none' | 'hips' | 'other';

/** A triage result as database versions 6 and earlier stored it: a sentence, and each reason with its sentence. */
export interface OldTriageResult {
  outcome: TriageResult['outcome'];
  message: string;
  reasons: { id: TriageQuestionId; text: string }[];
  unanswered: TriageQuestionId[];
}

/** A stored check-in as any database version or backup file may hold it. */
export type AnyStoredCheckIn = Omit<StoredCheckIn, 'hotJoints' | 'tier' | 'triage' | 'origin'> & {
  hotJoints: HotRegion[] | OldHotJoints;
  tier: { tier: StoredCheckIn['tier']['tier']; reasons: TierReason[] | string[] };
  triage: TriageResult | OldTriageResult;
  origin?: StoredCheckIn['origin'];
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

/** A triage result as codes: old results lose their sentences (the words now come from the question ids). */
export function upgradeTriage(old: TriageResult | OldTriageResult): TriageResult {
  const reasons = (old.reasons as readonly (TriageQuestionId | { id: TriageQuestionId })[])
    .map((reason) => (typeof reason === 'string' ? reason : reason.id));
  return { outcome: old.outcome, reasons, unanswered: [...old.unanswered] };
}

/** The local day of an instant in a stored zone name, or undefined when the name is not one this runtime knows. */
function dayIn(at: number, timeZone: string | undefined): string | undefined {
  try { return localDayOf(at, timeZone); } catch { return undefined; }
}

/**
 * Where an old check-in was made. Records of version 6 and earlier do not say, so only a check-in made on its
 * own day counts as made here: one made on another day (a future-dated import) never answers that day's questions.
 */
export function guessOrigin(old: Pick<AnyStoredCheckIn, 'at' | 'date' | 'timeZone' | 'origin'>): StoredCheckIn['origin'] {
  if (old.origin !== undefined) return old.origin;
  return dayIn(old.at, old.timeZone) === old.date ? 'device' : 'imported';
}

/**
 * A check-in in today's shape: regions for hot joints, tier reasons and triage as codes, and its origin. Old tier
 * reasons were sentences ("pain 6/10"); they are worked out again from the same answers, which the tier rules read
 * exactly as before, and dropped if the answers no longer give the stored tier.
 */
export function upgradeCheckIn(old: AnyStoredCheckIn): StoredCheckIn {
  const hotJoints = upgradeHotJoints(old.hotJoints);
  const base = { ...old, hotJoints, triage: upgradeTriage(old.triage), origin: guessOrigin(old) };
  const reasons: readonly (TierReason | string)[] = old.tier.reasons;
  const codes = reasons.filter((reason): reason is TierReason => typeof reason !== 'string');
  if (codes.length === reasons.length) return { ...base, tier: { tier: old.tier.tier, reasons: codes } };
  const again = tierFor({ flare: old.flare, pain: old.pain, fatigue: old.fatigue, hotJoints });
  return { ...base, tier: { tier: old.tier.tier, reasons: again.tier === old.tier.tier ? again.reasons : [] } };
}
