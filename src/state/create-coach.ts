import { createSignal, type Accessor } from 'solid-js';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import { DEFAULT_SETUP, type Setup } from '../engine/records/settings';

/** Where the coach keeps its things; the browser passes idb-backed functions, tests pass fakes. */
export interface CoachStorage {
  loadSetup(): Promise<Setup>;
  saveSetup(setup: Setup): Promise<void>;
  listCheckIns(): Promise<StoredCheckIn[]>;
  saveCheckIn(checkIn: StoredCheckIn): Promise<void>;
}

/** What the coach needs: storage, the clock, the local day of an instant, and where to report a failure. */
export interface CoachDeps {
  storage: CoachStorage;
  now(): number;
  localDay(ms: number): string;
  failed(error: unknown): void;
}

/** The first-run setup and the day's check-in, shared by the welcome, check-in, plan and home screens. */
export interface Coach {
  /** True once the setup and the check-ins have been read (screens wait for it before deciding anything). */
  ready: Accessor<boolean>;
  setup: Accessor<Setup>;
  saveSetup(next: Setup): Promise<void>;
  /** Today's check-in, if there is one (a check-in from yesterday stops counting at midnight). */
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

/** Wires the setup and check-in storage into signals. */
export function createCoach(deps: CoachDeps): Coach {
  const [setup, setSetup] = createSignal<Setup>(DEFAULT_SETUP);
  const [checkIns, setCheckIns] = createSignal<readonly StoredCheckIn[]>([]);
  const [ready, setReady] = createSignal(false);
  const [chosen, choose] = createSignal<string | null>(null);
  const todayKey = () => deps.localDay(deps.now());
  const today = () => checkIns().find((checkIn) => checkIn.date === todayKey());

  Promise.all([
    deps.storage.loadSetup().then(setSetup),
    deps.storage.listCheckIns().then(setCheckIns),
  ]).catch(deps.failed).finally(() => setReady(true));

  return {
    ready,
    setup,
    saveSetup(next) {
      setSetup(next);
      return deps.storage.saveSetup(next).catch(deps.failed);
    },
    today,
    lastDay() {
      const key = todayKey();
      return checkIns().filter((checkIn) => checkIn.date < key).at(-1);
    },
    redDays: () => new Set(checkIns().filter((checkIn) => checkIn.tier.tier === 'red').map((checkIn) => checkIn.date)),
    // The stored outcome decides, mirroring TRIAGE_EFFECTS[outcome].allowsSession without loading the tables.
    isBlockedToday() {
      const outcome = today()?.triage.outcome;
      return outcome === 'emergency' || outcome === 'urgent';
    },
    saveCheckIn(checkIn) {
      setCheckIns((list) => [...list.filter((old) => old.date !== checkIn.date), checkIn].sort((a, b) => a.date.localeCompare(b.date)));
      return deps.storage.saveCheckIn(checkIn).catch(deps.failed);
    },
    chosen,
    choose,
    clock() {
      const at = deps.now();
      return { at, day: deps.localDay(at) };
    },
  };
}
