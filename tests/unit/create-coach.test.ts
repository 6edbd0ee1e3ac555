import { describe, expect, it } from 'vitest';
import type { TriageOutcome } from '../../src/engine/clinical/check-in-types';
import { isSessionBlocked } from '../../src/engine/clinical/triage';
import { createCoach, type CoachStorage } from '../../src/state/create-coach';
import { createHistory } from '../../src/state/create-history';
import { fakeHistoryStorage } from './history-fakes';
import type { StoredCheckIn } from '../../src/engine/records/check-in-record';
import { DEFAULT_SETUP, type Setup } from '../../src/engine/records/settings';

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 2, 3, 12); // 2026-03-03, midday UTC
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A check-in made on this device at noon UTC of its own day, unless told otherwise. */
function stored(
  date: string, tier: 'green' | 'amber' | 'red' = 'green', outcome: TriageOutcome = 'none', change: Partial<StoredCheckIn> = {},
): StoredCheckIn {
  return {
    flare: 'none', pain: 1, fatigue: 1, hotJoints: [], safety: {}, date, at: Date.parse(`${date}T12:00:00Z`),
    triage: { outcome, reasons: [], unanswered: [] }, origin: 'device', tier: { tier, reasons: [] }, ...change,
  };
}

/** A coach over in-memory storage and a clock the test moves. */
async function harness(checkIns: StoredCheckIn[] = [], setup: Setup = DEFAULT_SETUP) {
  let now = START;
  const setups: Setup[] = [];
  const { storage: historyStorage, held } = fakeHistoryStorage([], checkIns);
  const storage: CoachStorage = {
    loadSetup: async () => setup,
    saveSetup: async (next) => { setups.push(next); },
  };
  const fail = (e: unknown) => { throw e; };
  const coach = createCoach({ history: createHistory(historyStorage, fail), storage, now: () => now, localDay: utcDay, failed: fail });
  await Promise.resolve();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { coach, saved: { setups, get checkIns() { return held.checkIns; } }, advance: (ms: number) => { now += ms; } };
}

describe('createCoach', () => {
  it('is ready once the setup and check-ins are read, with the first run not yet done', async () => {
    const { coach } = await harness();
    expect(coach.ready()).toBe(true);
    expect(coach.setup()).toEqual({ onboarded: false, weeklyGoal: 3, emergencyNumber: '112', precautionsPending: false });
    expect(coach.today()).toBeUndefined();
  });

  it('remembers today’s check-in, and stops counting it at midnight', async () => {
    const { coach, advance } = await harness([stored('2026-03-02'), stored('2026-03-03', 'amber')]);
    expect(coach.today()?.tier.tier).toBe('amber');
    expect(coach.lastDay()?.date).toBe('2026-03-02');
    advance(DAY_MS);
    expect(coach.today()).toBeUndefined();
    expect(coach.lastDay()?.date).toBe('2026-03-03');
  });

  it('replaces a same-day check-in when it is changed, and saves it', async () => {
    const { coach, saved } = await harness([stored('2026-03-03', 'red')]);
    await coach.saveCheckIn(stored('2026-03-03', 'green'));
    expect(coach.today()?.tier.tier).toBe('green');
    expect(coach.redDays().has('2026-03-03')).toBe(false);
    expect(saved.checkIns).toHaveLength(1);
  });

  it('never lets a check-in from a backup, or one made on another day, stand in for today’s safety questions', async () => {
    const imported = await harness([stored('2026-03-03', 'green', 'none', { origin: 'imported' })]);
    expect(imported.coach.today()).toBeUndefined();
    const madeYesterday = await harness([stored('2026-03-03', 'green', 'none', { at: Date.parse('2026-03-02T12:00:00Z') })]);
    expect(madeYesterday.coach.today()).toBeUndefined();
  });

  it('keeps an emergency answered by mistake as a corrected entry when the check-in is redone', async () => {
    const first = stored('2026-03-03', 'green', 'emergency', { triage: { outcome: 'emergency', reasons: ['leg-weakness'], unanswered: [] } });
    const { coach, saved } = await harness([first]);
    await coach.saveCheckIn(stored('2026-03-03', 'green', 'none', { at: first.at + 60_000 }));
    expect(coach.isBlockedToday()).toBe(false);
    expect(saved.checkIns).toHaveLength(1);
    expect(saved.checkIns[0]?.corrected).toEqual([{ at: first.at, outcome: 'emergency', reasons: ['leg-weakness'] }]);
    await coach.saveCheckIn(stored('2026-03-03', 'amber', 'none', { at: first.at + 120_000 }));
    expect(saved.checkIns[0]?.corrected).toHaveLength(1);
  });

  it('blocks the day exactly when the triage tables rule out a session', async () => {
    for (const outcome of ['emergency', 'urgent', 'see-doctor', 'caution', 'none'] as const) {
      const { coach } = await harness([stored('2026-03-03', 'green', outcome)]);
      expect(coach.isBlockedToday(), outcome).toBe(isSessionBlocked(outcome));
    }
  });

  it('lists red days for the prolonged-flare check', async () => {
    const { coach } = await harness([stored('2026-03-01', 'red'), stored('2026-03-02', 'amber'), stored('2026-03-03', 'red')]);
    expect([...coach.redDays()]).toEqual(['2026-03-01', '2026-03-03']);
  });

  it('saves the setup', async () => {
    const { coach, saved } = await harness();
    await coach.saveSetup({ onboarded: true, weeklyGoal: 4, emergencyNumber: '112', precautionsPending: true });
    expect(coach.setup().weeklyGoal).toBe(4);
    expect(saved.setups).toEqual([{ onboarded: true, weeklyGoal: 4, emergencyNumber: '112', precautionsPending: true }]);
  });
});
