import { describe, expect, it } from 'vitest';
import type { MorningReport, SessionSummary } from '../../src/engine/clinical/check-in-types';
import { nextLevel, painStopLimit, shouldStopForPain } from '../../src/engine/clinical/progression';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 2, 20, 8);

/** A session `daysAgo` days before NOW, comfortable and green unless changed. */
function session(daysAgo: number, changes: Partial<SessionSummary> = {}): SessionSummary {
  return { at: NOW - daysAgo * DAY, tier: 'green', level: 0, effort: 'about-right', stoppedForPain: false, ...changes };
}

/** A morning report `daysAgo` days before NOW. */
function morning(daysAgo: number, feeling: MorningReport['feeling']): MorningReport {
  return { at: NOW - daysAgo * DAY, feeling };
}

describe('pain-guided progression, one case per rule of CLINICAL.md section 5', () => {
  it('next morning worse → one step down', () => {
    // day −3 session, day −2 session, day −1 session at level 1; this morning (−0.1 days) worse
    const result = nextLevel({ sessions: [session(3), session(2), session(1, { level: 1 })], mornings: [morning(0.1, 'worse')] }, NOW);
    expect(result).toEqual({ level: 0, change: 'down', reason: 'You felt worse this morning after your last session, so today is one step easier.' });
  });

  it('session rated too hard → one step down', () => {
    const result = nextLevel({ sessions: [session(1, { effort: 'too-hard' })], mornings: [] }, NOW);
    expect(result).toEqual({ level: -1, change: 'down', reason: 'You rated the last session too hard, so today is one step easier.' });
  });

  it('an exercise stopped for pain → one step down', () => {
    const result = nextLevel({ sessions: [session(1, { stoppedForPain: true, level: 2 })], mornings: [] }, NOW);
    expect(result).toMatchObject({ level: 1, change: 'down' });
    expect(result.reason).toMatch(/stopped for pain/);
  });

  it('next morning the same → stays at the same level', () => {
    const result = nextLevel({ sessions: [session(1, { level: 1 })], mornings: [morning(0.1, 'same')] }, NOW);
    expect(result).toEqual({ level: 1, change: 'hold', reason: 'You felt the same this morning, so today stays at the same level.' });
  });

  it('three green sessions rated about right or too easy, no worse morning or pain stop in 7 days → one step up', () => {
    const sessions = [session(5), session(3, { effort: 'too-easy' }), session(1)];
    const result = nextLevel({ sessions, mornings: [morning(4, 'better'), morning(0.1, 'same')] }, NOW);
    expect(result).toEqual({ level: 1, change: 'up', reason: 'Your last three sessions went well with no setbacks, so today is one step harder.' });
  });

  it('no step up outside green', () => {
    const sessions = [session(5), session(3, { tier: 'amber' }), session(1)];
    expect(nextLevel({ sessions, mornings: [] }, NOW).change).toBe('hold');
  });

  it('no step up after a worse morning in the last 7 days', () => {
    const sessions = [session(5), session(3), session(1)];
    expect(nextLevel({ sessions, mornings: [morning(4, 'worse')] }, NOW).change).toBe('hold');
  });

  it('no step up after a pain stop in the last 7 days', () => {
    const sessions = [session(6, { stoppedForPain: true }), session(5), session(3), session(1)];
    expect(nextLevel({ sessions, mornings: [] }, NOW).change).toBe('hold');
  });

  it('a worse morning or pain stop more than 7 days ago no longer blocks a step up', () => {
    const sessions = [session(9, { stoppedForPain: true }), session(5), session(3), session(1)];
    expect(nextLevel({ sessions, mornings: [morning(8, 'worse')] }, NOW).change).toBe('up');
  });

  it('needs three sessions at the current level before the next step up', () => {
    const sessions = [session(5), session(3), session(2), session(1, { level: 1 })];
    expect(nextLevel({ sessions, mornings: [] }, NOW)).toMatchObject({ level: 1, change: 'hold' });
  });
});

describe('nextLevel', () => {
  it('starts at the prescribed level with no history', () => {
    expect(nextLevel({ sessions: [], mornings: [] }, NOW)).toEqual({ level: 0, change: 'hold', reason: 'Today starts at the prescribed amount.' });
  });

  it('holds at the easiest level and says so', () => {
    const result = nextLevel({ sessions: [session(1, { effort: 'too-hard', level: -3 })], mornings: [] }, NOW);
    expect(result).toMatchObject({ level: -3, change: 'hold' });
    expect(result.reason).toMatch(/care team/);
  });

  it('holds at the top level', () => {
    const sessions = [session(5, { level: 3 }), session(3, { level: 3 }), session(1, { level: 3 })];
    expect(nextLevel({ sessions, mornings: [] }, NOW)).toMatchObject({ level: 3, change: 'hold' });
  });

  it('ignores a morning report from before the last session', () => {
    const result = nextLevel({ sessions: [session(2), session(1)], mornings: [morning(1.5, 'worse')] }, NOW);
    expect(result.change).toBe('hold');
  });

  it('gives one plain sentence as the reason', () => {
    const result = nextLevel({ sessions: [session(1, { effort: 'too-hard', stoppedForPain: true })], mornings: [morning(0.1, 'worse')] }, NOW);
    expect(result.change).toBe('down');
    expect(result.reason.split('. ').length).toBe(1);
  });
});

describe('pain stop limits (CLINICAL.md section 5)', () => {
  it('above 5/10 in green stops the exercise', () => {
    expect(painStopLimit('green')).toBe(5);
    expect(shouldStopForPain('green', 5)).toBe(false);
    expect(shouldStopForPain('green', 6)).toBe(true);
  });

  it('above 3/10 in amber or red stops the exercise', () => {
    expect(painStopLimit('amber')).toBe(3);
    expect(painStopLimit('red')).toBe(3);
    expect(shouldStopForPain('amber', 3)).toBe(false);
    expect(shouldStopForPain('red', 4)).toBe(true);
  });
});
