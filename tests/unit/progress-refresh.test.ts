import 'fake-indexeddb/auto';
import { createRoot } from 'solid-js';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { createProgress } from '../../src/state/create-progress';
import { recordCheckIn } from '../../src/state/today-plan';
import { listCheckIns } from '../../src/storage/check-ins';
import { resetFlarewiseDB } from '../../src/storage/db';
import { loadWeeklyGoal } from '../../src/storage/progress';
import { DB_NAME } from '../../src/storage/schema';
import { listSessions } from '../../src/storage/sessions';
import { DAY1, openApp } from './resume-fixtures';

const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

describe('the streak stays current without screens reading history again', () => {
  it('shows a check-in and a new weekly goal as soon as they are saved', async () => {
    const progress = createRoot(() => createProgress({
      storage: { listSessions, listCheckIns, loadWeeklyGoal }, now: () => DAY1, localDay: utcDay, timeZone: () => 'UTC',
    }));
    const { app } = await openApp(DAY1, progress);
    progress.ensureCurrent();
    await vi.waitFor(() => expect(progress.loaded()).toBe(true));
    expect(progress.snapshot().loggedToday).toBe(false);

    await app.coach.saveCheckIn(recordCheckIn({
      flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date: utcDay(DAY1), at: DAY1,
    }, EMPTY_PROFILE, undefined));
    await vi.waitFor(() => expect(progress.snapshot().loggedToday).toBe(true));

    await app.coach.saveSetup({ ...app.coach.setup(), weeklyGoal: 5 });
    await vi.waitFor(() => expect(progress.snapshot().goalPerWeek).toBe(5));
  });
});
