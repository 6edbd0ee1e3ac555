import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { factsOf } from '../../src/engine/records/history-facts';
import { exportBackup } from '../../src/storage/backup';
import { applyImport } from '../../src/storage/backup-import';
import { parseBackupText } from '../../src/storage/backup-parse';
import { saveCheckIn } from '../../src/storage/check-ins';
import { openFlarewiseDB, resetFlarewiseDB } from '../../src/storage/db';
import { saveSessionFeedback } from '../../src/storage/feedback';
import { loadHistory, loadHistoryFacts } from '../../src/storage/history';
import { DB_NAME, DB_VERSION } from '../../src/storage/schema';
import { completeSession, deleteSession, restoreSession, saveSessionNote, storeSessionPart } from '../../src/storage/sessions';
import { checkInOn, dayOf, seed, sessionOn } from './backup-fixtures';

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

/** The summary says what the records say: its facts are those of every stored session and check-in. */
async function expectSummaryToMatchRecords(): Promise<void> {
  const { sessions, checkIns } = await loadHistory();
  const { facts } = await loadHistoryFacts(dayOf(0));
  expect(facts).toEqual(factsOf(sessions, checkIns));
}

/** A session that skipped everything (no care), one stopped for pain, one in another zone: every kind of fact. */
function mixedSessions() {
  const skipped = sessionOn(40, 'hip-mobility');
  const painStop = sessionOn(75);
  return [
    sessionOn(0), sessionOn(31), { ...sessionOn(32), timeZone: 'Asia/Tokyo', effort: 'too-hard' as const },
    { ...skipped, exercises: skipped.exercises.map((e) => ({ ...e, outcome: 'skipped' as const })) },
    { ...painStop, exercises: painStop.exercises.map((e, i) => ({ ...e, outcome: i === 0 ? 'stopped-for-pain' as const : 'skipped' as const })) },
  ];
}

describe('version 8: the summary of each month, derived from the records', () => {
  it('is built from the records of a version-7 database, and every record is kept as it was', async () => {
    const sessions = mixedSessions();
    const checkIns = [checkInOn(0), checkInOn(7), { ...checkInOn(33), tier: { tier: 'red' as const, reasons: [] } }, checkInOn(90)];
    const v7 = await openDB(DB_NAME, 7, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-day', 'day');
        db.createObjectStore('checkpoint', { keyPath: 'id' });
        db.createObjectStore('settings', { keyPath: 'key' });
        db.createObjectStore('customRoutines', { keyPath: 'id' });
        db.createObjectStore('checkIns', { keyPath: 'date' });
      },
    });
    for (const s of sessions) await v7.put('sessions', s);
    for (const c of checkIns) await v7.put('checkIns', c);
    v7.close();

    const db = await openFlarewiseDB();
    expect(db.version).toBe(DB_VERSION);
    const stored = await loadHistory();
    expect(stored.sessions).toEqual([...sessions].sort((a, b) => a.startedAt - b.startedAt));
    expect(stored.checkIns).toEqual(checkIns);
    const { facts, checkIn } = await loadHistoryFacts(dayOf(7));
    expect(facts).toEqual(factsOf(stored.sessions, stored.checkIns));
    expect(facts.sessions.map((s) => [s.tookCare, s.stoppedForPain])).toEqual([[true, false], [true, false], [true, false], [false, false], [true, true]]);
    expect(checkIn).toEqual(checkInOn(7));
  });

  it('follows every write, delete, restore and import of a session or check-in', async () => {
    await seed(3);
    await expectSummaryToMatchRecords();
    for (const session of mixedSessions()) await completeSession(session);
    await storeSessionPart({ ...sessionOn(50), finishLater: true });
    await saveCheckIn({ ...checkInOn(2), flare: 'severe', morning: 'worse' });
    await saveCheckIn(checkInOn(60));
    await expectSummaryToMatchRecords();

    await saveSessionFeedback({ sessionId: sessionOn(31).id, effort: 'too-hard', painAfter: 6 });
    await saveSessionNote(sessionOn(0).id, 'stiff morning');
    await expectSummaryToMatchRecords();

    await deleteSession(sessionOn(31).id);
    await deleteSession('no-such-session');
    await expectSummaryToMatchRecords();
    await restoreSession(sessionOn(31));
    await expectSummaryToMatchRecords();

    const file = await exportBackup(new Date('2027-03-01T10:00:00Z'));
    const parsed = parseBackupText(file, Date.parse('2027-03-01T10:00:00Z'));
    if (!parsed.ok) throw new Error(parsed.code);
    await deleteSession(sessionOn(0).id);
    await applyImport(parsed.backup, 'merge');
    await expectSummaryToMatchRecords();
    await applyImport({ ...parsed.backup, data: { ...parsed.backup.data, sessions: [sessionOn(1)], checkIns: [] } }, 'replace');
    await expectSummaryToMatchRecords();
    expect((await loadHistoryFacts(dayOf(0))).facts.sessions.map((s) => s.id)).toEqual([sessionOn(1).id]);
  });
});

describe('a summary that lost count of the records', () => {
  it('is worked out again before its facts are used', async () => {
    await seed(2);
    const db = await openFlarewiseDB();
    // Records written straight into their stores, without their facts (as a test seed can).
    await db.put('sessions', sessionOn(5));
    await db.put('checkIns', checkInOn(5));
    const { facts } = await loadHistoryFacts(dayOf(0));
    const { sessions, checkIns } = await loadHistory();
    expect(facts).toEqual(factsOf(sessions, checkIns));
    await expectSummaryToMatchRecords();
  });
});
