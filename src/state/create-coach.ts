import { createSignal, type Accessor } from 'solid-js';
import { correctionsAfter } from '../engine/clinical/triage-correction';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import { DEFAULT_SETUP, type Setup } from '../engine/records/settings';
import type { History } from './create-history';

/** Where the setup is kept; the browser passes idb-backed functions, tests pass fakes. */
export interface CoachStorage {
  loadSetup(): Promise<Setup>;
  saveSetup(setup: Setup): Promise<void>;
}

/** What the coach needs: the history, the setup's storage, the clock, the local day of an instant, and where to report a failure. */
export interface CoachDeps {
  history: Pick<History, 'checkIns' | 'loaded' | 'factsLoaded' | 'saveCheckIn'>;
  storage: CoachStorage;
  now(): number;
  localDay(ms: number): string;
  failed(error: unknown): void;
}

/** The first-run setup and the day's check-in, shared by the welcome, check-in, plan and home screens. */
export interface Coach {
  /** True once the setup and the history have been read (screens wait for it before deciding anything). */
  ready: Accessor<boolean>;
  /** True once the setup and today's check-in have been read: enough for today's screen (`lastDay` and `redDays` wait for `ready`). */
  todayRead: Accessor<boolean>;
  setup: Accessor<Setup>;
  saveSetup(next: Setup): Promise<void>;
  /**
   * Today's check-in, if one was made on this device today: a check-in from yesterday stops counting at midnight,
   * and one brought in from a backup never stands in for today's safety questions (clinical README, section 2).
   */
  today(): StoredCheckIn | undefined;
  /** The latest check-in from an earlier day. */
  lastDay(): StoredCheckIn | undefined;
  /** Local days with a red-tier check-in, for isFlareProlonged. */
  redDays(): Set<string>;
  /** Whether today's triage rules out any session (emergency or urgent). */
  isBlockedToday(): boolean;
  saveCheckIn(checkIn: StoredCheckIn): Promise<void>;
  /** The routine chosen for today's plan (a Start tapped before the check-in, or "choose another"). */
  chosen: Accessor<string | null>;
  choose(routineId: string | null): void;
  /** The current instant and its local day. */
  clock(): { at: number; day: string };
}

/** The last item of a list that passes `keep`, looked for from the end (check-ins are in date order). */
function lastWhere<T>(list: readonly T[], keep: (item: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i -= 1) {
    const item = list[i];
    if (item !== undefined && keep(item)) return item;
  }
  return undefined;
}

/** The setup, and the coach's views of the history's check-ins. */
export function createCoach(deps: CoachDeps): Coach {
  const [setup, setSetup] = createSignal<Setup>(DEFAULT_SETUP);
  const [setupRead, setSetupRead] = createSignal(false);
  const [chosen, choose] = createSignal<string | null>(null);
  const checkIns = deps.history.checkIns;
  const todayKey = () => deps.localDay(deps.now());
  const today = () => {
    const key = todayKey();
    return lastWhere(checkIns(), (checkIn) => checkIn.date === key && checkIn.origin === 'device' && deps.localDay(checkIn.at) === key);
  };
  deps.storage.loadSetup().then(setSetup, deps.failed).finally(() => setSetupRead(true));

  return {
    ready: () => setupRead() && deps.history.loaded(),
    todayRead: () => setupRead() && deps.history.factsLoaded(),
    setup,
    saveSetup(next) {
      setSetup(next);
      return deps.storage.saveSetup(next).catch(deps.failed);
    },
    today,
    lastDay() {
      const key = todayKey();
      return lastWhere(checkIns(), (checkIn) => checkIn.date < key);
    },
    redDays: () => new Set(checkIns().filter((checkIn) => checkIn.tier.tier === 'red').map((checkIn) => checkIn.date)),
    // The stored outcome decides, mirroring TRIAGE_EFFECTS[outcome].allowsSession without loading the tables.
    isBlockedToday() {
      const outcome = today()?.triage.outcome;
      return outcome === 'emergency' || outcome === 'urgent';
    },
    saveCheckIn(checkIn) {
      // A second check-in the same day replaces the first; a warning it no longer gives is kept, marked corrected.
      const corrected = correctionsAfter(lastWhere(checkIns(), (earlier) => earlier.date === checkIn.date), checkIn.triage);
      const saved = corrected.length === 0 ? checkIn : { ...checkIn, corrected };
      return deps.history.saveCheckIn(saved).catch(() => undefined);
    },
    chosen,
    choose,
    clock() {
      const at = deps.now();
      return { at, day: deps.localDay(at) };
    },
  };
}
