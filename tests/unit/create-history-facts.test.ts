import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { levelForToday } from '../../src/engine/clinical/level-today';
import { toCareRecords } from '../../src/engine/progress/history-stats';
import { computeStreaks } from '../../src/engine/progress/streaks';
import { weeklyGoalProgress } from '../../src/engine/progress/weekly-goal';
import type { StoredCheckIn } from '../../src/engine/records/check-in-record';
import type { StoredSession } from '../../src/engine/records/session-record';
import { createCoach } from '../../src/state/create-coach';
import { createHistory } from '../../src/state/create-history';
import { createProgress } from '../../src/state/create-progress';
import { fakeHistoryStorage } from './history-fakes';

const NOW = Date.UTC(2026, 10, 24, 12);
const TODAY = '2026-11-24';
const localDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayBefore = (n: number) => localDay(NOW - n * 86_400_000);

function session(day: string, routineId = 'desk-break', effort: StoredSession['effort'] = 'about-right'): StoredSession {
  const startedAt = Date.parse(`${day}T09:00:00Z`);
  return {
    id: `${startedAt}-${routineId}`, routineId, routineName: 'Desk break', day, tier: 'green', level: 1, effort,
    startedAt, endedAt: startedAt + 600_000, activeSeconds: 600,
    exercises: [{ exerciseId: 'bridge', name: 'Bridge', setsPlanned: 1, setsDone: 1, repsDone: 8, secondsWorked: 60, painReports: [], outcome: 'done' }],
  };
}

function checkIn(date: string, changes: Partial<StoredCheckIn> = {}): StoredCheckIn {
  return {
    date, at: Date.parse(`${date}T08:00:00Z`), flare: 'none', pain: 2, fatigue: 3, hotJoints: [], safety: {},
    triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device', tier: { tier: 'green', reasons: [] }, ...changes,
  };
}

/** Forty days: a session on most, a flare now and then, a routine last done a month ago, and today's check-in. */
function longHistory() {
  const sessions = Array.from({ length: 40 }, (_, n) => n).filter((n) => n % 6 !== 5).map((n) => session(dayBefore(n + 1)));
  sessions.push(session(dayBefore(31), 'hip-mobility', 'too-hard'));
  const checkIns = Array.from({ length: 40 }, (_, n) => checkIn(dayBefore(n + 1), n % 9 === 0 ? { flare: 'moderate', tier: { tier: 'red', reasons: [] } } : {}));
  checkIns.push(checkIn(TODAY, { morning: 'worse' }));
  return { sessions, checkIns };
}

/** The app's history, coach and progress over a fake storage; every record is read once something asks. */
function make(sessions: StoredSession[], checkIns: StoredCheckIn[]) {
  const { storage, held } = fakeHistoryStorage(sessions, checkIns);
  return createRoot(() => {
    const history = createHistory(storage, () => undefined, { today: TODAY });
    const coach = createCoach({
      history, storage: { loadSetup: async () => ({ onboarded: true }) as never, saveSetup: async () => undefined },
      now: () => NOW, localDay, failed: () => undefined,
    });
    const progress = createProgress({ history, goalPerWeek: () => 3, now: () => NOW, localDay, timeZone: () => 'UTC' });
    return { history, coach, progress, held, readRest: () => void history.settled() };
  });
}

const tick = () => new Promise((done) => setTimeout(done, 0));
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await tick();
}

describe('today first, then every record', () => {
  it('draws today from the facts and today\'s check-in alone: the same streak, goal and levels as every record gives', async () => {
    const { sessions, checkIns } = longHistory();
    const early = make(sessions, checkIns);
    const whole = make(sessions, checkIns);
    whole.readRest();
    await whole.progress.settled();
    await until(() => early.progress.summaryLoaded() && early.coach.todayRead());
    expect(early.coach.todayRead() && early.progress.summaryLoaded()).toBe(true);
    expect(early.held.reads).toBe(0);
    expect(early.coach.today()).toEqual(checkIns.at(-1));
    const view = (p: typeof early.progress) => {
      const s = p.snapshot();
      return { streak: s.streak, weekly: s.weekly, loggedToday: s.loggedToday, firstDay: s.firstDay, care: [...s.careDays],
        levels: ['desk-break', 'hip-mobility', 'morning-ease'].map((id) => s.levelFor(id)) };
    };
    expect(view(early.progress)).toEqual(view(whole.progress));
    // And what the records themselves give, worked out as before the facts existed.
    const records = toCareRecords(sessions, checkIns);
    expect(view(early.progress)).toMatchObject({
      streak: computeStreaks(records, TODAY, { at: NOW, timeZone: 'UTC' }), weekly: weeklyGoalProgress(records, TODAY, 3),
      levels: ['desk-break', 'hip-mobility', 'morning-ease'].map((id) => levelForToday(id, sessions, checkIns, NOW, TODAY)),
    });
    expect(view(early.progress).streak.current).toBeGreaterThan(0);
  });

  it('keeps what was written before every record was read, and does not bring back a session deleted meanwhile', async () => {
    const { sessions, checkIns } = longHistory();
    const app = make(sessions, checkIns);
    await until(() => app.progress.summaryLoaded());
    await app.history.completeSession(session(TODAY));
    const gone = sessions[3] as StoredSession;
    await app.history.deleteSession(gone.id);
    expect(app.progress.snapshot().streak.isTodayCareDay).toBe(true);
    expect(app.history.facts().sessions.some((s) => s.id === gone.id)).toBe(false);
    const streak = app.progress.snapshot().streak;
    app.readRest();
    await app.history.settled();
    expect(app.history.loaded()).toBe(true);
    expect(app.history.sessions().map((s) => s.id)).toContain(session(TODAY).id);
    expect(app.history.sessions().map((s) => s.id)).not.toContain(gone.id);
    expect(app.history.sessions()).toHaveLength(sessions.length);
    expect(app.progress.snapshot().streak).toEqual(streak);
  });

  it('reads every record once a screen that shows them asks', async () => {
    const { sessions, checkIns } = longHistory();
    const app = make(sessions, checkIns);
    await until(() => app.coach.todayRead());
    expect(app.held.reads).toBe(0);
    expect(app.coach.ready()).toBe(false);
    await until(() => app.coach.ready());
    expect(app.history.sessions()).toHaveLength(sessions.length);
    expect(app.coach.lastDay()?.date).toBe(dayBefore(1));
  });
});

describe('when the summary disagrees with the records', () => {
  it('lets the records decide once they are read, and has the summary worked out again', async () => {
    const { sessions, checkIns } = longHistory();
    const { storage } = fakeHistoryStorage(sessions, checkIns);
    // Records put in storage without their facts (as a test seed does, writing IndexedDB directly).
    storage.loadHistoryFacts = async () => ({ facts: { sessions: [], checkIns: [] }, checkIn: undefined });
    let rebuilt = 0;
    storage.rebuildSummary = async () => { rebuilt += 1; };
    const history = createRoot(() => createHistory(storage, () => undefined, { today: TODAY }));
    await until(() => history.factsLoaded());
    expect(history.facts().sessions).toHaveLength(0);
    await history.settled();
    expect(history.facts().sessions).toHaveLength(sessions.length);
    expect(rebuilt).toBe(1);
  });
});
