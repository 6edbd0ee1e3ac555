import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { createHistory } from '../../src/state/create-history';
import { createHistoryEdits } from '../../src/state/create-history-edits';
import { loadHistory } from '../../src/storage/history';
import { resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { deleteSession, listSessions, restoreSession, saveSessionNote } from '../../src/storage/sessions';
import { dumpDatabase, seed, sessionOn } from './backup-fixtures';

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

const storage = { loadHistory, deleteSession, restoreSession, saveSessionNote } as unknown as Parameters<typeof createHistory>[0];
/** The edits over the app's history (read from the database), and that history. */
const historyWith = () => createRoot(() => {
  const history = createHistory(storage, () => undefined);
  return { history, edits: createHistoryEdits({ storage: history, failed: () => undefined }) };
});
const editsWith = () => historyWith().edits;

describe('tidying history', () => {
  it('deletes a session and Undo puts it back exactly, answers and note included', async () => {
    await seed(3);
    const edits = editsWith();
    await edits.annotate(sessionOn(1).id, '  Hip sore after the bus  ');
    const before = await dumpDatabase();
    const [, noted] = await listSessions();
    expect(noted?.note).toBe('Hip sore after the bus');

    await edits.remove(noted!);
    expect((await listSessions()).map((s) => s.id)).toEqual([sessionOn(0).id, sessionOn(2).id]);
    expect(edits.deleted()?.id).toBe(sessionOn(1).id);
    await edits.undo();
    expect(await dumpDatabase()).toBe(before);
    expect(edits.deleted()).toBeNull();
  });

  it('a blank note removes the note, and every edit shows in the history that progress is derived from', async () => {
    await seed(1);
    const { history, edits } = historyWith();
    await history.settled();
    await edits.annotate(sessionOn(0).id, 'Felt good');
    expect(history.sessions()[0]?.note).toBe('Felt good');
    await edits.annotate(sessionOn(0).id, '   ');
    expect((await listSessions())[0]).toEqual(sessionOn(0));
    expect(history.sessions()).toEqual([sessionOn(0)]);
    await edits.remove(sessionOn(0));
    expect(history.sessions()).toEqual([]);
  });

  it('a note longer than the limit is cut, not refused', async () => {
    await seed(1);
    await editsWith().annotate(sessionOn(0).id, 'x'.repeat(400));
    expect((await listSessions())[0]?.note).toHaveLength(280);
  });
});
