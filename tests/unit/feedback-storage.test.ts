import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { levelForToday } from '../../src/engine/clinical/level-today';
import { listCheckIns, saveCheckIn } from '../../src/storage/check-ins';
import { resetFlarewiseDB } from '../../src/storage/db';
import { saveSessionFeedback } from '../../src/storage/feedback';
import { DB_NAME } from '../../src/storage/schema';
import type { StoredCheckIn } from '../../src/engine/records/check-in-record';
import type { StoredSession } from '../../src/engine/records/session-record';
import { completeSession, listSessions } from '../../src/storage/sessions';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 20, 9);
const TODAY = '2026-03-20';
const ROUTINE = 'low-back-essentials';
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A stored green session of ROUTINE that ended `daysAgo` days before NOW, with one exercise done. */
function stored(daysAgo: number, changes: Partial<StoredSession> = {}): StoredSession {
  const startedAt = NOW - daysAgo * DAY - 10 * 60 * 1000;
  return {
    id: `${startedAt}-${ROUTINE}`, routineId: ROUTINE, routineName: 'Low back essentials', day: dayOf(startedAt),
    startedAt, endedAt: NOW - daysAgo * DAY, activeSeconds: 600, tier: 'green', level: 0,
    exercises: [{ exerciseId: 'bridge', name: 'Bridge', setsPlanned: 1, setsDone: 1, repsDone: 8, secondsWorked: 60, painReports: [], outcome: 'done' }],
    ...changes,
  };
}

function checkIn(daysAgo: number, morning?: 'better' | 'same' | 'worse'): StoredCheckIn {
  const at = NOW - daysAgo * DAY;
  return {
    flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date: dayOf(at), at,
    triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device', tier: { tier: 'green', reasons: [] },
    ...(morning ? { morning } : {}),
  };
}

/** The routine's level now, derived from what is stored (the one place a level comes from). */
async function levelNow(at = NOW) {
  return levelForToday(ROUTINE, await listSessions(), await listCheckIns(), at, TODAY);
}

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

describe('saving after-session feedback; the level that follows is derived from the history', () => {
  it('saves pain now and effort onto the stored session; a too-hard rating makes the next session one step easier', async () => {
    const session = stored(0);
    await completeSession(session);
    const saved = await saveSessionFeedback({ sessionId: session.id, effort: 'too-hard', painAfter: 4 });
    expect(saved).toMatchObject({ effort: 'too-hard', painAfter: 4 });
    expect((await listSessions())[0]).toMatchObject({ effort: 'too-hard', painAfter: 4 });
    expect(await levelNow(NOW + 1000)).toEqual({ level: -1, change: 'down', reason: 'too-hard' });
  });

  it('steps up on the third green session rated about right', async () => {
    await completeSession(stored(2, { effort: 'about-right' }));
    await completeSession(stored(1, { effort: 'too-easy' }));
    const today = stored(0);
    await completeSession(today);
    await saveSessionFeedback({ sessionId: today.id, effort: 'about-right' });
    expect(await levelNow(NOW + 1000)).toMatchObject({ level: 1, change: 'up', reason: 'step-up' });
  });

  it('changes nothing when the session is not stored', async () => {
    await completeSession(stored(1));
    await expect(saveSessionFeedback({ sessionId: 'missing', effort: 'too-hard' })).rejects.toThrow(/No stored session/);
    expect((await listSessions())[0]?.effort).toBeUndefined();
  });
});

describe('the next morning', () => {
  it('a worse morning reported in the check-in steps the routine down before today is planned', async () => {
    await completeSession(stored(1, { level: 2, effort: 'about-right' }));
    await saveCheckIn(checkIn(0, 'worse'));
    expect(await levelNow()).toEqual({ level: 1, change: 'down', reason: 'worse-morning' });
  });

  it('a same morning keeps the level', async () => {
    await completeSession(stored(1, { level: 2, effort: 'about-right' }));
    await saveCheckIn(checkIn(0, 'same'));
    expect(await levelNow()).toEqual({ level: 2, change: 'hold', reason: 'same-morning' });
  });
});
