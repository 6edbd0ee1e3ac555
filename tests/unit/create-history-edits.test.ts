import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHistoryEdits } from '../../src/state/create-history-edits';
import { resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { deleteSession, listSessions, restoreSession, saveSessionNote } from '../../src/storage/sessions';
import { dumpDatabase, seed, sessionOn } from './backup-fixtures';

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

const editsWith = (refresh = vi.fn(async () => undefined)) =>
  createRoot(() => createHistoryEdits({ storage: { deleteSession, restoreSession, saveSessionNote }, refresh, failed: () => undefined }));

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

  it('a blank note removes the note, and every edit refreshes the progress that shows it', async () => {
    await seed(1);
    const refresh = vi.fn(async () => undefined);
    const edits = editsWith(refresh);
    await edits.annotate(sessionOn(0).id, 'Felt good');
    await edits.annotate(sessionOn(0).id, '   ');
    expect((await listSessions())[0]).toEqual(sessionOn(0));
    await edits.remove(sessionOn(0));
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it('a note longer than the limit is cut, not refused', async () => {
    await seed(1);
    await editsWith().annotate(sessionOn(0).id, 'x'.repeat(400));
    expect((await listSessions())[0]?.note).toHaveLength(280);
  });
});
