import type { PainLimits } from '../clinical/pain-response';
import type { Tier } from '../content/content-types';
import type { SessionState } from '../session/session';

/** The dose tier, routine level and pain limits a session was planned with. */
export interface CheckpointPlan {
  tier: Tier;
  level: number;
  pain: PainLimits;
}

/** The in-progress session, saved after every step. */
export interface Checkpoint {
  id: 'current';
  routineId: string;
  routineName: string;
  savedAt: number;
  state: SessionState;
  /** What the session was planned with, so a resume is the same session (absent in checkpoints saved before it was kept). */
  planned?: CheckpointPlan;
}
