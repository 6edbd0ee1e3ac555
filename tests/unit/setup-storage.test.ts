import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { loadSetup, saveSetup } from '../../src/storage/setup';

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

describe('the stored setup', () => {
  it('offers the device region’s emergency number until the person saves one', async () => {
    expect((await loadSetup('999')).emergencyNumber).toBe('999');
    await saveSetup({ onboarded: true, weeklyGoal: 3, emergencyNumber: '112', precautionsPending: false });
    expect((await loadSetup('999')).emergencyNumber).toBe('112');
  });

  it('never hands back an empty emergency number, even one stored empty by an older version', async () => {
    await saveSetup({ onboarded: true, weeklyGoal: 3, emergencyNumber: '', precautionsPending: false });
    expect((await loadSetup('000')).emergencyNumber).toBe('000');
  });

  it('remembers that the precautions were skipped, and reads older setups as answered', async () => {
    expect((await loadSetup('112')).precautionsPending).toBe(false);
    await saveSetup({ onboarded: true, weeklyGoal: 3, emergencyNumber: '112', precautionsPending: true });
    expect((await loadSetup('112')).precautionsPending).toBe(true);
  });
});
