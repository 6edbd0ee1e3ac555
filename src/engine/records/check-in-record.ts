import type { CheckIn, CheckInOrigin, TierDecision, TriageCorrection, TriageResult } from '../clinical/check-in-types';

/** The day's check-in with what the app decided from it (triage and tier). */
export interface StoredCheckIn extends CheckIn {
  triage: TriageResult;
  tier: TierDecision;
  timeZone?: string;
  /** Made on this device, or brought in from a backup (an imported check-in never answers a day's safety questions). */
  origin: CheckInOrigin;
  /** Earlier safety answers of the same day that the person corrected ("I answered by mistake"), kept for the report. */
  corrected?: TriageCorrection[];
}
