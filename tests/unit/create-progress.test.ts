import { describe, expect, it } from 'vitest';
import type { StoredCheckIn } from '../../src/engine/records/check-in-record';
import type { StoredSession } from '../../src/engine/records/session-record';
import { createSignal } from 'solid-js';
import { createHistory } from '../../src/state/create-history';
import { createProgress } from '../../src/state/create-progress';
import { fakeHistoryStorage } from './history-fakes';

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
    triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device', tier: { tier: 'red', reasons: [] },
  };
}

/** Progress over a history held in memory, a weekly goal the test can change, and a clock it can move. */
function make(sessions: StoredSession[], checkIns: StoredCheckIn[], options: { goal?: number; failing?: boolean } = {}) {
  let now = NOW;
  const { storage, held } = fakeHistoryStorage(sessions, checkIns);
  if (options.failing) storage.loadHistory = () => Promise.reject(new Error('quota'));
  const [goal, setGoal] = createSignal(options.goal ?? 3);
  const history = createHistory(storage, () => undefined);
  const progress = createProgress({ history, goalPerWeek: goal, now: () => now, localDay, timeZone: () => 'UTC' });
  return { progress, history, held, setGoal, advance: (ms: number) => { now += ms; } };
}

describe('createProgress', () => {
  it('derives the streak from the history, with a flare day keeping it alive', async () => {
    const { progress } = make([session('2026-11-22'), session('2026-11-24')], [flare('2026-11-23')]);
    await progress.settled();
    expect(progress.loaded()).toBe(true);
    expect(progress.snapshot().streak).toMatchObject({ current: 3, restDays: 1, isTodayCareDay: true });
    expect(progress.snapshot().loggedToday).toBe(true);
    expect(progress.snapshot().careDays.get('2026-11-23')).toBe('rest');
  });

  it('follows the weekly goal the setup holds, as soon as it changes', async () => {
    const { progress, setGoal } = make([session('2026-11-23'), session('2026-11-24')], [], { goal: 3 });
    await progress.settled();
    expect(progress.snapshot().weekly).toMatchObject({ goalPerWeek: 3, isGoalMet: false });
    setGoal(2);
    expect(progress.snapshot().weekly).toMatchObject({ goalPerWeek: 2, sessionsThisWeek: 2, isGoalMet: true });
  });

  it('shows a session and a check-in as soon as they are saved, without reading the history again', async () => {
    const { progress, history, held } = make([], []);
    await progress.settled();
    expect(progress.snapshot().loggedToday).toBe(false);
    await history.completeSession(session('2026-11-24'));
    expect(progress.snapshot()).toMatchObject({ loggedToday: true, streak: { current: 1 } });
    await history.saveCheckIn(flare('2026-11-23'));
    expect(progress.snapshot().streak).toMatchObject({ current: 2, restDays: 1 });
    expect(held.reads).toBe(1);
  });

  it('moves to the new day on opening a screen after midnight, without reading the history again', async () => {
    const { progress, held, advance } = make([session('2026-11-24')], []);
    await progress.settled();
    progress.ensureCurrent();
    expect(progress.snapshot()).toMatchObject({ today: '2026-11-24', loggedToday: true });
    advance(86_400_000); // the next morning, the app still open
    progress.ensureCurrent();
    expect(progress.snapshot()).toMatchObject({ today: '2026-11-25', loggedToday: false, streak: { current: 1 } });
    expect(held.reads).toBe(1);
  });

  it('reports a storage failure instead of showing a broken streak', async () => {
    const { progress } = make([], [], { failing: true });
    await progress.settled();
    expect(progress.error()).toBe('quota');
    expect(progress.snapshot().streak.current).toBe(0);
  });
});
