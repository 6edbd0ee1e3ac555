import { createSignal, type Accessor } from 'solid-js';
import { stricterLimits, type PainLimits } from '../engine/clinical/pain-response';
import type { Tier } from '../engine/content/content-types';
import type { SessionState } from '../engine/session/session';
import type { Checkpoint, CheckpointPlan } from '../engine/records/checkpoint';

/** The routine being played: enough to label it, save it and resume it as the same session. */
export interface ActiveRoutine extends CheckpointPlan {
  id: string;
  name: string;
}

/** Where the session in progress is kept; the browser passes idb-backed functions, tests pass fakes. */
export interface CheckpointStorage {
  loadCheckpoint(): Promise<Checkpoint | undefined>;
  saveCheckpoint(routineId: string, routineName: string, state: SessionState, now: number, planned?: CheckpointPlan): Promise<void>;
  clearCheckpoint(): Promise<void>;
}

/** What saving and resuming need: storage, the clock, the active routine, and today's answers for old checkpoints. */
export interface ResumeDeps {
  storage: CheckpointStorage;
  now(): number;
  routine: Accessor<ActiveRoutine | null>;
  setRoutine(routine: ActiveRoutine): void;
  /** Reopens a saved state in the player and shows it (inside the tap, so sound can be unlocked). */
  reopen(state: SessionState, savedAt: number): void;
  /** Today's check-in tier, if there is a check-in today. */
  todayTier(): Tier | undefined;
  levelOf(routineId: string): number;
  /** Today's pain limits in a tier, from today's check-in (the planner is loaded before a resume). */
  painLimitsFor(tier: Tier): PainLimits;
  failed(error: unknown): void;
}

/** The session left in progress: the offer to resume it, and the player's checkpoint seam. */
export interface Resume {
  resumable: Accessor<Checkpoint | null>;
  /** Saves a step of the active routine with the tier, level and limit it was planned with. */
  save(state: SessionState): void;
  resumeSaved(): void;
  discardSaved(): void;
  /** Withdraws the offer (a new session is starting; its first step replaces the checkpoint). */
  withdraw(): void;
  /** Offers the session in progress to resume later (it was kept for later; its checkpoint is being saved). */
  offer(state: SessionState): void;
}

const TIER_STRICTNESS: Readonly<Record<Tier, number>> = { green: 0, amber: 1, red: 2 };

/** Loads the checkpoint once, saves every step, and resumes a saved session as the session it was. */
export function createResume(deps: ResumeDeps): Resume {
  const [resumable, setResumable] = createSignal<Checkpoint | null>(null);
  deps.storage.loadCheckpoint().then((saved) => setResumable(saved ?? null), deps.failed);

  // A checkpoint saved before plans were kept resumes as it always did: today's tier, or amber without a check-in.
  const fallbackPlan = (routineId: string): CheckpointPlan => {
    const tier = deps.todayTier() ?? 'amber';
    return { tier, level: deps.levelOf(routineId), pain: deps.painLimitsFor(tier) };
  };

  // A worse day since the session was saved wins: its tier and its (lower) pain limits. Never the reverse.
  const stricterOf = (planned: CheckpointPlan, today: Tier | undefined): CheckpointPlan =>
    today === undefined || TIER_STRICTNESS[today] <= TIER_STRICTNESS[planned.tier] ? planned
      : { tier: today, level: planned.level, pain: stricterLimits(planned.pain, deps.painLimitsFor(today)) };

  return {
    resumable,
    save(state) {
      const current = deps.routine();
      if (!current || state.status === 'finished') return;
      const planned: CheckpointPlan = { tier: current.tier, level: current.level, pain: current.pain };
      deps.storage.saveCheckpoint(current.id, current.name, state, deps.now(), planned).catch(deps.failed);
    },
    resumeSaved() {
      const saved = resumable();
      if (!saved) return;
      const planned = stricterOf(saved.planned ?? fallbackPlan(saved.routineId), deps.todayTier());
      deps.setRoutine({
        id: saved.routineId, name: saved.routineName, tier: planned.tier, level: planned.level, pain: planned.pain,
      });
      setResumable(null);
      deps.reopen(saved.state, saved.savedAt);
    },
    discardSaved() {
      setResumable(null);
      deps.storage.clearCheckpoint().catch(deps.failed);
    },
    withdraw() {
      setResumable(null);
    },
    offer(state) {
      const current = deps.routine();
      if (!current) return;
      const planned: CheckpointPlan = { tier: current.tier, level: current.level, pain: current.pain };
      setResumable({ id: 'current', routineId: current.id, routineName: current.name, savedAt: deps.now(), state, planned });
    },
  };
}
