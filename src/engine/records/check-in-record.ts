import type { CheckIn, TierDecision, TriageResult } from '../clinical/check-in-types';

/** The day's check-in with what the app decided from it (triage and tier). */
export interface StoredCheckIn extends CheckIn {
  triage: TriageResult;
  tier: TierDecision;
  timeZone?: string;
}
