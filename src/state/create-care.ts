import { createSignal, type Accessor } from 'solid-js';
import { EMPTY_CARE_TEAM, type CareTeam } from '../engine/records/care-team';

/** Where the care team and the fatigue advice's last day are kept; the browser passes idb-backed functions, tests pass fakes. */
export interface CareStorage {
  loadCareTeam(): Promise<CareTeam>;
  saveCareTeam(team: CareTeam): Promise<void>;
  loadFatigueToldOn(): Promise<string | undefined>;
  saveFatigueToldOn(day: string): Promise<void>;
}

/** The care-team contacts the triage screens call, and when the fatigue-trend advice was last given. */
export interface Care {
  careTeam: Accessor<CareTeam>;
  saveCareTeam(team: CareTeam): void;
  /** The day the fatigue-trend advice was last given, or undefined; null until read (the advice waits for it). */
  fatigueToldOn: Accessor<string | undefined | null>;
  markFatigueTold(day: string): void;
}

/** The care state, read once at start-up. */
export function createCare(storage: CareStorage, failed: (error: unknown) => void): Care {
  const [careTeam, setCareTeam] = createSignal<CareTeam>(EMPTY_CARE_TEAM);
  const [fatigueToldOn, setFatigueToldOn] = createSignal<string | undefined | null>(null);
  storage.loadCareTeam().then(setCareTeam, failed);
  storage.loadFatigueToldOn().then(setFatigueToldOn, failed);
  return {
    careTeam,
    saveCareTeam(team) {
      setCareTeam(team);
      storage.saveCareTeam(team).catch(failed);
    },
    fatigueToldOn,
    markFatigueTold(day) {
      setFatigueToldOn(day);
      storage.saveFatigueToldOn(day).catch(failed);
    },
  };
}
