import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import type { StoredCheckIn } from '../../src/engine/records/check-in-record';
import type { StoredSession } from '../../src/engine/records/session-record';
import { createProgress, type ProgressStorage } from '../../src/state/create-progress';

const NOW = Date.UTC(2026, 10, 24, 12);
const localDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function session(day: string): StoredSession {
  const startedAt = Date.parse(`${day}T09:00:00Z`);
  return {
    id: `${startedAt}-desk-break`, routineId: 'desk-break', routineName: 'Desk break', day, tier: 'green', level: 0,
    startedAt, endedAt: startedAt + 600_000, activeSeconds: 600,
    exercises: [{ exerciseId: 'bridge', name: 'Bridge', setsPlanned: 1, setsDone: 1, repsDone: 8, secondsWorked: 60, painReports: [], outcome: 'done' }],
  };
}

function flare(date: string): StoredCheckIn {
  return {
    date, at: Date.parse(`${date}T08:00:00Z`), flare: 'severe', pain: 7, fatigue: 8, hotJoints: [], safety: {},
    triage: { outcome: 'none', message: '', reasons: [], unanswered: [] }, tier: { tier: 'red', reasons: [] },
  };
}

function fakeStorage(sessions: StoredSession[], checkIns: StoredCheckIn[], goal = 3): ProgressStorage {
  return {
    listSessions: () => Promise.resolve([...sessions]),
    listCheckIns: () => Promise.resolve([...checkIns]),
    loadWeeklyGoal: () => Promise.resolve(goal),
  };
}

const make = (storage: ProgressStorage) =>
  createRoot(() => createProgress({ storage, now: () => NOW, localDay, timeZone: () => 'UTC' }));

describe('createProgress', () => {
  it('loads sessions and check-ins and derives the streak, with a flare day keeping it alive', async () => {
    const progress = make(fakeStorage([session('2026-11-22'), session('2026-11-24')], [flare('2026-11-23')]));
    await progress.refresh();
    expect(progress.loaded()).toBe(true);
    expect(progress.snapshot().streak).toMatchObject({ current: 3, restDays: 1, isTodayCareDay: true });
    expect(progress.snapshot().loggedToday).toBe(true);
    expect(progress.snapshot().careDays.get('2026-11-23')).toBe('rest');
  });

  it('uses the stored weekly goal', async () => {
    const progress = make(fakeStorage([session('2026-11-23'), session('2026-11-24')], [], 2));
    await progress.refresh();
    expect(progress.snapshot().weekly).toMatchObject({ goalPerWeek: 2, sessionsThisWeek: 2, isGoalMet: true });
  });

  it('shows a session saved after the first load once refreshed', async () => {
    const sessions: StoredSession[] = [];
    const storage: ProgressStorage = { ...fakeStorage([], []), listSessions: () => Promise.resolve([...sessions]) };
    const live = make(storage);
    await live.refresh();
    expect(live.snapshot().loggedToday).toBe(false);
    sessions.push(session('2026-11-24'));
    await live.refresh();
    expect(live.snapshot()).toMatchObject({ loggedToday: true, streak: { current: 1 } });
  });

  it('reads no history until a screen first asks for it, then loads it once by itself', async () => {
    let reads = 0;
    const storage = fakeStorage([session('2026-11-24')], []);
    const progress = make({ ...storage, listSessions: () => { reads += 1; return storage.listSessions(); } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reads).toBe(0);
    expect(progress.snapshot().streak.current).toBe(0);
    expect(progress.loaded()).toBe(false);
    await vi.waitFor(() => expect(progress.loaded()).toBe(true));
    expect(progress.snapshot().streak.current).toBe(1);
    expect(reads).toBe(1);
  });

  it('reads history again on opening a screen only when the local day has turned since the last read', async () => {
    let reads = 0;
    let now = NOW;
    const storage = fakeStorage([session('2026-11-24')], []);
    const progress = createRoot(() => createProgress({
      storage: { ...storage, listSessions: () => { reads += 1; return storage.listSessions(); } },
      now: () => now, localDay, timeZone: () => 'UTC',
    }));
    progress.ensureCurrent();
    await vi.waitFor(() => expect(progress.loaded()).toBe(true));
    progress.ensureCurrent();
    progress.ensureCurrent();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reads).toBe(1);
    expect(progress.snapshot().loggedToday).toBe(true);
    now += 86_400_000; // the next morning, the app still open
    progress.ensureCurrent();
    await vi.waitFor(() => expect(progress.snapshot().today).toBe('2026-11-25'));
    expect(reads).toBe(2);
    expect(progress.snapshot().loggedToday).toBe(false);
  });

  it('reports a storage failure instead of showing a broken streak', async () => {
    const progress = make({ ...fakeStorage([], []), listSessions: () => Promise.reject(new Error('quota')) });
    await progress.refresh();
    expect(progress.error()).toBe('quota');
    expect(progress.snapshot().streak.current).toBe(0);
  });
});
