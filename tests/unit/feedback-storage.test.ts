import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { saveCheckIn } from '../../src/storage/check-ins';
import { resetFlarewiseDB } from '../../src/storage/db';
import { saveSessionFeedback } from '../../src/storage/feedback';
import { loadLevel, saveLevel } from '../../src/storage/levels';
import { DB_NAME } from '../../src/storage/schema';
import type { StoredCheckIn } from '../../src/engine/records/check-in-record';
import type { StoredSession } from '../../src/engine/records/session-record';
import { completeSession, listSessions } from '../../src/storage/sessions';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 2, 20, 9);
const ROUTINE = 'low-back-essentials';

/** A stored green session of ROUTINE that ended `daysAgo` days before NOW. */
function stored(daysAgo: number, changes: Partial<StoredSession> = {}): StoredSession {
  const startedAt = NOW - daysAgo * DAY - 10 * 60 * 1000;
  return {
    id: `${startedAt}-${ROUTINE}`, routineId: ROUTINE, routineName: 'Low back essentials', day: '2026-03-20',
    startedAt, endedAt: NOW - daysAgo * DAY, activeSeconds: 600, completed: true, exercises: [],
    tier: 'green', level: 0, stoppedForPain: [], ...changes,
  };
}

function checkIn(daysAgo: number, morning?: 'better' | 'same' | 'worse'): StoredCheckIn {
  return {
    flare: 'none', pain: 1, fatigue: 2, hotJoints: [], safety: {}, date: `day-${daysAgo}`, at: NOW - daysAgo * DAY,
    triage: { outcome: 'none', message: '', reasons: [], unanswered: [] }, tier: { tier: 'green', reasons: [] },
    ...(morning ? { morning } : {}),
  };
}

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

describe('saving after-session feedback with the level that follows', () => {
  it('saves pain now and effort onto the stored session, and the level with its reason', async () => {
    const session = stored(0);
    await completeSession(session);
    const level = await saveSessionFeedback({ sessionId: session.id, effort: 'too-hard', painAfter: 4 }, NOW);
    expect(level).toMatchObject({ routineId: ROUTINE, level: -1, change: 'down', updatedAt: NOW });
    expect(level.reason).toMatch(/too hard/);
    expect((await listSessions())[0]).toMatchObject({ effort: 'too-hard', painAfter: 4 });
    expect(await loadLevel(ROUTINE)).toEqual(level);
  });

  it('steps up on the third green session rated about right', async () => {
    await completeSession(stored(2, { effort: 'about-right' }));
    await completeSession(stored(1, { effort: 'too-easy' }));
    const today = stored(0);
    await completeSession(today);
    expect(await saveSessionFeedback({ sessionId: today.id, effort: 'about-right' }, NOW)).toMatchObject({ level: 1, change: 'up' });
  });

  it('does not step up after a worse morning in the last week, and steps down after a pain stop', async () => {
    await completeSession(stored(2, { effort: 'about-right' }));
    await completeSession(stored(1, { effort: 'about-right' }));
    await saveCheckIn(checkIn(0.5, 'worse'));
    const today = stored(0);
    await completeSession(today);
    expect(await saveSessionFeedback({ sessionId: today.id, effort: 'about-right' }, NOW)).toMatchObject({ level: 0, change: 'hold' });
    const stopped = stored(0, { id: 'later', endedAt: NOW + 1000, stoppedForPain: ['bridge'] });
    await completeSession(stopped);
    expect(await saveSessionFeedback({ sessionId: 'later', effort: 'about-right' }, NOW + 2000)).toMatchObject({ level: -1, change: 'down' });
  });

  it('changes nothing when the session is not stored', async () => {
    await saveLevel({ routineId: ROUTINE, level: 2, updatedAt: 1, change: 'up', reason: 'before' });
    await expect(saveSessionFeedback({ sessionId: 'missing', effort: 'too-hard' }, NOW)).rejects.toThrow(/No stored session/);
    expect(await loadLevel(ROUTINE)).toMatchObject({ level: 2, reason: 'before' });
  });

  it('is one transaction: when the level cannot be written, the feedback is not written either', async () => {
    // A session whose routine id is not a valid key: the session write succeeds, the level write throws.
    const broken = { ...stored(0), routineId: undefined } as unknown as StoredSession;
    await completeSession(broken);
    await expect(saveSessionFeedback({ sessionId: broken.id, effort: 'too-hard', painAfter: 6 }, NOW)).rejects.toThrow();
    const [after] = await listSessions();
    expect(after?.effort).toBeUndefined();
    expect(after?.painAfter).toBeUndefined();
  });
});

describe('the next morning', () => {
  it('a worse morning reported in the check-in steps the routine down before today is planned', async () => {
    await completeSession(stored(1, { level: 2, effort: 'about-right' }));
    await saveLevel({ routineId: ROUTINE, level: 2, updatedAt: NOW - DAY, change: 'hold', reason: '' });
    await saveCheckIn(checkIn(0, 'worse'));
    expect((await loadLevel(ROUTINE))?.level).toBe(1);
    expect((await loadLevel(ROUTINE))?.change).toBe('down');
  });

  it('a same morning keeps the level', async () => {
    await completeSession(stored(1, { level: 2, effort: 'about-right' }));
    await saveCheckIn(checkIn(0, 'same'));
    expect((await loadLevel(ROUTINE))?.level).toBe(2);
  });
});
