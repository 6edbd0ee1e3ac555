import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB, openDB } from 'idb';
import { openFlarewiseDB, resetFlarewiseDB } from '../../src/storage/db';
import { listCheckIns } from '../../src/storage/check-ins';
import { DB_NAME } from '../../src/storage/schema';

// Check-ins as version 6 wrote them: the triage with its sentences. Shapes are fixtures, not today's types.
const NOON = (day: string) => Date.parse(`${day}T12:00:00Z`);
const base = { flare: 'none', pain: 2, fatigue: 3, hotJoints: [], tier: { tier: 'green', reasons: [] }, timeZone: 'UTC' };
const CALM = {
  ...base, date: '2027-03-01', at: NOON('2027-03-01'), safety: { fever: 'no' },
  triage: { outcome: 'none', message: 'No warning signs today.', reasons: [], unanswered: [] },
};
const EMERGENCY = {
  ...base, date: '2027-03-02', at: NOON('2027-03-02'), safety: { fever: 'yes', 'leg-weakness': 'yes' },
  triage: {
    outcome: 'emergency', message: 'This could be an emergency. Call your local emergency number (911 in the US)…',
    reasons: [{ id: 'leg-weakness', text: 'New or worsening leg weakness…' }, { id: 'fever', text: 'A fever with back or hip pain…' }],
    unanswered: ['worsening-despite-treatment'],
  },
};
/** Imported from a file dated a day after it was made: it never answered that day's questions. */
const FUTURE = { ...CALM, date: '2027-03-04', at: NOON('2027-03-03') };

async function createVersionSix(): Promise<void> {
  const db = await openDB(DB_NAME, 6, {
    upgrade(v6) {
      v6.createObjectStore('sessions', { keyPath: 'id' }).createIndex('by-day', 'day');
      v6.createObjectStore('checkpoint', { keyPath: 'id' });
      v6.createObjectStore('settings', { keyPath: 'key' });
      v6.createObjectStore('customRoutines', { keyPath: 'id' });
      v6.createObjectStore('checkIns', { keyPath: 'date' });
    },
  });
  for (const c of [CALM, EMERGENCY, FUTURE]) await db.put('checkIns', c);
  db.close();
}

afterEach(async () => {
  resetFlarewiseDB();
  await deleteDB(DB_NAME);
});

describe('version 7: triage as codes, and where each check-in was made', () => {
  it('keeps every check-in, turns the triage sentences into question codes, and marks check-ins made on another day as imported', async () => {
    await createVersionSix();
    await openFlarewiseDB();
    const [calm, emergency, future] = await listCheckIns();
    expect(calm).toEqual({ ...CALM, triage: { outcome: 'none', reasons: [], unanswered: [] }, origin: 'device' });
    expect(emergency).toEqual({
      ...EMERGENCY, origin: 'device',
      triage: { outcome: 'emergency', reasons: ['leg-weakness', 'fever'], unanswered: ['worsening-despite-treatment'] },
    });
    expect(future).toMatchObject({ date: '2027-03-04', origin: 'imported' });
  });
});
