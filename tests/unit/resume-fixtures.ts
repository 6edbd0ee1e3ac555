/** The whole app over fake-indexeddb and the real storage verbs (as src/main.tsx wires them), on a clock the test sets. */
import 'fake-indexeddb/auto';
import { readFileSync, readdirSync } from 'node:fs';
import { createSignal } from 'solid-js';
import { vi } from 'vitest';
import { EMPTY_PROFILE, type CheckIn } from '../../src/engine/clinical/check-in-types';
import type { Exercise, Library, Routine } from '../../src/engine/content/content-types';
import { createApp, type AppState } from '../../src/state/create-app';
import { parseRoute } from '../../src/state/router';
import { recordCheckIn } from '../../src/state/today-plan';
import { saveCheckIn } from '../../src/storage/check-ins';
import { loadHistory } from '../../src/storage/history';
import { clearCheckpoint, loadCheckpoint, saveCheckpoint } from '../../src/storage/checkpoint';
import { deleteCustomRoutine, listCustomRoutines, saveCustomRoutine } from '../../src/storage/custom-routines';
import { saveSessionFeedback } from '../../src/storage/feedback';
import { loadProfile, saveProfile } from '../../src/storage/profile';
import { completeSession, deleteSession, restoreSession, saveSessionNote, storeSessionPart } from '../../src/storage/sessions';
import { loadPreferences, savePreferences } from '../../src/storage/settings';
import { loadSetup, saveSetup } from '../../src/storage/setup';
import { loadCareTeam, loadFatigueToldOn, saveCareTeam, saveFatigueToldOn } from '../../src/storage/care-team';

const read = <T,>(dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as T);
/** The exercises and routines on disk. */
export const library: Library = {
  exercises: new Map(read<Exercise>('exercises').map((e) => [e.id, e])),
  routines: new Map(read<Routine>('exercises/routines').map((r) => [r.id, r])),
};

/** 09:00 UTC on a Tuesday, and the same time the next day. */
export const DAY1 = Date.UTC(2026, 10, 24, 9);
export const DAY2 = DAY1 + 86_400_000;
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Saves a check-in for the UTC day of `at` with these answers (pain 7 makes a red day; the defaults a green one). */
export async function checkInAt(at: number, answers: Partial<CheckIn> = {}): Promise<void> {
  const checkIn: CheckIn = { flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date: utcDay(at), at, ...answers };
  await saveCheckIn(recordCheckIn(checkIn, EMPTY_PROFILE, undefined));
}

/** The app at `now`, its router's moves, and a wait until the history and the checkpoint have been read. */
export async function openApp(now: number): Promise<{ app: AppState; went: string[] }> {
  const went: string[] = [];
  const [route] = createSignal(parseRoute('/'));
  const app = createApp({
    library,
    storage: {
      loadPreferences, savePreferences, loadCheckpoint, saveCheckpoint, clearCheckpoint, completeSession, storeSessionPart,
      loadProfile, saveProfile, listCustomRoutines, saveCustomRoutine, deleteCustomRoutine,
      loadSetup, saveSetup, loadHistory, saveCheckIn, saveSessionFeedback, deleteSession, restoreSession, saveSessionNote,
      loadCareTeam, saveCareTeam, loadFatigueToldOn, saveFatigueToldOn,
    },
    router: { route, go: (path) => { went.push(path); } },
    now: () => now,
    setInterval: () => 0,
    clearInterval: () => undefined,
    later: () => undefined,
    cues: { schedule: () => undefined, cancel: () => undefined, keepAlive: () => undefined, speak: () => undefined },
    unlockAudio: async () => true,
    testSound: async () => 'played' as const,
    applyPreferences: () => undefined,
    localDay: utcDay,
    timeZone: () => 'UTC',
    illustrationUrl: () => undefined,
    audioStatus: () => 'ready',
    audioSupport: { screenOff: true, playbackSession: false, wakeLock: false, lockScreenControls: false },
    dataDevice: { download: () => undefined, shareFile: async () => 'unsupported', restart: () => undefined, storageManager: () => undefined, eraseTargets: () => ({}) },
  });
  // The home screen shows a routine's duration, which fetches the clinical tables; then wait for them,
  // and the check-ins.
  app.planFor(library.routines.get('desk-break') as Routine);
  await Promise.all([import('../../src/state/today-plan'), app.progress.settled()]);
  await vi.waitFor(() => { if (!app.coach.ready()) throw new Error('coach not ready'); });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { app, went };
}
