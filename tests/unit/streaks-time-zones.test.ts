import { describe, expect, it } from 'vitest';
import { computeStreaks } from '../../src/engine/progress/streaks';
import { flare, loggedAt } from './streak-fixtures';

describe('daylight saving', () => {
  const ny = 'America/New_York';

  it('counts 23:30 and 00:30 across the spring-forward night as two days in a row', () => {
    const history = [
      loggedAt(Date.UTC(2026, 2, 8, 4, 30), ny), // Mar 7 23:30 EST
      loggedAt(Date.UTC(2026, 2, 8, 5, 30), ny), // Mar 8 00:30 EST
      loggedAt(Date.UTC(2026, 2, 9, 3, 30), ny), // Mar 8 23:30 EDT
      loggedAt(Date.UTC(2026, 2, 9, 4, 30), ny), // Mar 9 00:30 EDT
    ];
    expect(computeStreaks(history, '2026-03-09').current).toBe(3);
  });

  it('still breaks on the short spring-forward day if nothing was logged on it', () => {
    const history = [
      loggedAt(Date.UTC(2026, 2, 8, 4, 30), ny), // Mar 7 23:30 EST
      loggedAt(Date.UTC(2026, 2, 9, 4, 30), ny), // Mar 9 00:30 EDT, 23 hours later
    ];
    expect(computeStreaks(history, '2026-03-09').current).toBe(1);
  });

  it('counts the long fall-back day once even with records in both 01:30s', () => {
    const history = [
      loggedAt(Date.UTC(2026, 10, 1, 3, 30), ny), // Oct 31 23:30 EDT
      loggedAt(Date.UTC(2026, 10, 1, 4, 30), ny), // Nov 1 00:30 EDT
      loggedAt(Date.UTC(2026, 10, 1, 5, 30), ny, flare), // Nov 1 01:30 EDT
      loggedAt(Date.UTC(2026, 10, 1, 6, 30), ny, flare), // Nov 1 01:30 EST
      loggedAt(Date.UTC(2026, 10, 2, 4, 30), ny), // Nov 1 23:30 EST
      loggedAt(Date.UTC(2026, 10, 2, 5, 30), ny), // Nov 2 00:30 EST
    ];
    expect(computeStreaks(history, '2026-11-02')).toMatchObject({ current: 3, sessionDays: 3 });
  });

  it('counts London records either side of both clock changes on their own days', () => {
    const london = 'Europe/London';
    // Mar 28 23:30 GMT, Mar 29 00:30 GMT, Mar 30 00:30 BST.
    const spring = [Date.UTC(2026, 2, 28, 23, 30), Date.UTC(2026, 2, 29, 0, 30), Date.UTC(2026, 2, 29, 23, 30)];
    // Oct 24 23:30 BST, Oct 25 00:30 BST, Oct 26 00:30 GMT (Oct 25 is 25 hours long).
    const autumn = [Date.UTC(2026, 9, 24, 22, 30), Date.UTC(2026, 9, 24, 23, 30), Date.UTC(2026, 9, 26, 0, 30)];
    expect(computeStreaks(spring.map((at) => loggedAt(at, london)), '2026-03-30').current).toBe(3);
    expect(computeStreaks(autumn.map((at) => loggedAt(at, london)), '2026-10-26').current).toBe(3);
  });
});

describe('travel', () => {
  const tokyo = 'Asia/Tokyo';
  const la = 'America/Los_Angeles';

  it('counts a date lived twice (Tokyo → Los Angeles) once', () => {
    const history = [
      loggedAt(Date.UTC(2026, 2, 10, 0, 0), tokyo), // Mar 10 09:00 JST
      loggedAt(Date.UTC(2026, 2, 11, 0, 0), tokyo), // Mar 11 09:00 JST, then fly at 17:00 JST
      loggedAt(Date.UTC(2026, 2, 12, 1, 0), la), // Mar 11 18:00 PDT, landed the same date
      loggedAt(Date.UTC(2026, 2, 12, 16, 0), la), // Mar 12 09:00 PDT
    ];
    expect(computeStreaks(history, '2026-03-12')).toMatchObject({ current: 3, best: 3 });
  });

  it('neither counts nor breaks on a date jumped over by flying Los Angeles → Tokyo', () => {
    // Depart LA Mar 10 23:30 PDT (06:30Z), land Mar 12 02:30 JST: Mar 11 never happened locally.
    const history = [
      loggedAt(Date.UTC(2026, 2, 9, 16, 0), la), // Mar 9 09:00 PDT
      loggedAt(Date.UTC(2026, 2, 11, 3, 0), la), // Mar 10 20:00 PDT
      loggedAt(Date.UTC(2026, 2, 12, 1, 0), tokyo), // Mar 12 10:00 JST
    ];
    expect(computeStreaks(history, '2026-03-12')).toMatchObject({ current: 3, best: 3 });
  });

  it('keeps the streak alive after landing in Tokyo before anything is logged, given where the user is now', () => {
    const history = [loggedAt(Date.UTC(2026, 2, 11, 3, 0), la)]; // Mar 10 20:00 PDT
    const now = { at: Date.UTC(2026, 2, 11, 18, 0), timeZone: tokyo }; // Mar 12 03:00 JST
    expect(computeStreaks(history, '2026-03-12', now).current).toBe(1);
    // Without knowing where the user is, the missing date reads as an empty day.
    expect(computeStreaks(history, '2026-03-12').current).toBe(0);
  });

  it('still breaks on a day lived at home with nothing logged before a later flight', () => {
    const history = [
      loggedAt(Date.UTC(2026, 2, 9, 3, 0), la), // Mar 8 20:00 PDT
      loggedAt(Date.UTC(2026, 2, 11, 3, 0), la), // Mar 10 20:00 PDT: Mar 9 lived, empty
      loggedAt(Date.UTC(2026, 2, 12, 1, 0), tokyo), // Mar 12 10:00 JST
    ];
    expect(computeStreaks(history, '2026-03-12').current).toBe(2);
  });
});
