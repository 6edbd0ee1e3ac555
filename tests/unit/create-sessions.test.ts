import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../src/engine/records/settings';
import { resetFlarewiseDB } from '../../src/storage/db';
import { DB_NAME } from '../../src/storage/schema';
import { writeSetting } from '../../src/storage/setting';
import { loadPreferences } from '../../src/storage/settings';
import { checkInAt, DAY1, library, openApp } from './resume-fixtures';

// From the floor to standing: the morning routine changes position between its exercises.
const ROUTINE = 'morning-stiffness';

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

/** The routine's exercises at which the session waits for a tap, as the app plays it. */
async function waitsWhenPlayed(prefs: Partial<typeof DEFAULT_PREFERENCES>): Promise<string[]> {
  await checkInAt(DAY1);
  const { app, went } = await openApp(DAY1);
  app.setPrefs({ ...app.prefs(), ...prefs });
  expect(app.player.state()).toBeNull();
  app.startRoutine(ROUTINE);
  await vi.waitFor(() => expect(went).toEqual(['/play']));
  const plan = app.player.state()?.plan;
  app.player.dispose();
  return (plan?.steps ?? []).filter((s) => s.waits).map((s) => plan?.exercises[s.exerciseIndex]?.exercise.id ?? '');
}

describe('Wait for me', () => {
  it('is on by default: the session waits before an exercise that changes position', async () => {
    expect(library.routines.get(ROUTINE)).toBeDefined();
    expect((await waitsWhenPlayed({})).length).toBeGreaterThan(0);
  });

  it('turned off in Settings, the session runs on without waiting', async () => {
    expect(await waitsWhenPlayed({ waitForMe: false })).toEqual([]);
  });

  it('is on for someone whose preferences were saved before it existed', async () => {
    const older = Object.fromEntries(Object.entries(DEFAULT_PREFERENCES).filter(([key]) => key !== 'waitForMe'));
    await writeSetting('preferences', { ...older, volume: 0.3 });
    resetFlarewiseDB();
    expect(await loadPreferences()).toMatchObject({ waitForMe: true, volume: 0.3 });
  });
});
