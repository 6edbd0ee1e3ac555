import { describe, expect, it } from 'vitest';
import { describeRefusal } from '../../src/state/data-words';
import { serializeBackup } from '../../src/storage/backup';
import { parseBackupText } from '../../src/storage/backup-parse';
import type { Backup } from '../../src/storage/backup-schema';
import { checkInOn, customRoutine, sessionOn } from './backup-fixtures';

const AT = new Date('2027-03-01T10:00:00Z');
const data = (): Backup['data'] => ({
  sessions: [sessionOn(0), sessionOn(1)], checkIns: [checkInOn(0), checkInOn(1)], settings: [{ key: 'weeklyGoal', value: 3 }],
  customRoutines: [customRoutine(1)],
});

/** What the person reads when `file` is refused, and the detail behind "Details". */
function refusalOf(file: unknown): { reason: string; detail: string } {
  const parsed = parseBackupText(typeof file === 'string' ? file : JSON.stringify(file));
  if (parsed.ok) throw new Error('accepted');
  return describeRefusal(parsed);
}

/** A backup file (as parsed JSON) with one change made to its data. */
function fileWith(change: (d: Record<string, Record<string, unknown>[]>) => void): unknown {
  const file = JSON.parse(serializeBackup(data(), AT)) as { data: Record<string, Record<string, unknown>[]> };
  change(file.data);
  return file;
}

const VALIDATOR_WORDS = /Invalid|Expected|received|data\.|\[\d+\]/;

describe('a refused backup in plain words', () => {
  it('names the session by its place in the file and the field that is wrong', () => {
    const many = { ...data(), sessions: Array.from({ length: 502 }, (_, n) => sessionOn(n)) };
    const file = JSON.parse(serializeBackup(many, AT)) as { data: { sessions: Record<string, unknown>[] } };
    (file.data.sessions[501] as Record<string, unknown>)['tier'] = 'purple';
    const { reason, detail } = refusalOf(file);
    expect(reason).toBe('This file was not used: session 502 has an unknown tier. Nothing has changed.');
    expect(detail).toMatch(/^data\.sessions\[501\]\.tier: /);
  });

  it('refuses a check-in dated in the future, naming it by its date: it would skip that day’s safety questions', () => {
    const { reason } = refusalOf(fileWith((d) => { (d['checkIns'] as Record<string, unknown>[])[1]!['date'] = '2999-01-01'; }));
    expect(reason).toBe('This file was not used: the check-in for 2999-01-01 is dated in the future, and a check-in can only be made on its own day. Nothing has changed.');
  });

  it('refuses impossible dates, not only malformed ones, and names the check-in by its date', () => {
    const month13 = fileWith((d) => { (d['checkIns'] as Record<string, unknown>[])[1]!['date'] = '2026-13-45'; });
    expect(refusalOf(month13).reason).toBe('This file was not used: the check-in for 2026-13-45 has an impossible date. Nothing has changed.');
    const feb30 = fileWith((d) => { (d['sessions'] as Record<string, unknown>[])[0]!['day'] = '2026-02-30'; });
    expect(refusalOf(feb30).reason).toBe('This file was not used: session 1 has an impossible date. Nothing has changed.');
    const leap = fileWith((d) => { (d['sessions'] as Record<string, unknown>[])[0]!['day'] = '2028-02-29'; });
    expect(parseBackupText(JSON.stringify(leap)).ok).toBe(true);
    const malformed = fileWith((d) => { (d['sessions'] as Record<string, unknown>[])[1]!['day'] = '1/2/2027'; });
    expect(refusalOf(malformed).reason).toBe('This file was not used: session 2 has a date Flarewise cannot read. Nothing has changed.');
  });

  it('says what is missing, what is unknown, what is out of range and what is listed twice', () => {
    const cases: [unknown, string][] = [
      [fileWith((d) => { delete d['sessions']![0]!['routineName']; }), 'session 1 is missing its routine name.'],
      [fileWith((d) => { d['checkIns']![0]!['mood'] = 'fine'; }), `the check-in for ${checkInOn(0).date} holds something Flarewise does not know (“mood”).`],
      [fileWith((d) => { d['checkIns']![1]!['pain'] = 11; }), `in the check-in for ${checkInOn(1).date}, the pain score is outside what is possible.`],
      [fileWith((d) => { d['sessions']![1]!['endedAt'] = 'later'; }), 'in session 2, the end time is not in a form Flarewise can read.'],
      [fileWith((d) => { d['customRoutines']![0]!['timeOfDay'] = 'noon'; }), 'your routine “My routine 1” has an unknown time of day.'],
      [fileWith((d) => { d['checkIns']!.push(d['checkIns']![0]!); }), `the check-in for ${checkInOn(0).date} is listed twice.`],
      [fileWith((d) => { delete d['customRoutines']; }), 'the file is missing its list of routines.'],
    ];
    for (const [file, words] of cases) expect(refusalOf(file).reason).toBe(`This file was not used: ${words} Nothing has changed.`);
  });

  it('keeps the validator’s words behind Details, never in the reason', () => {
    const broken = [
      fileWith((d) => { d['sessions']![0]!['exercises'] = 'none'; }),
      fileWith((d) => { (d['sessions']![0]!['exercises'] as Record<string, unknown>[])[0]!['outcome'] = 'no'; }),
      fileWith((d) => { d['settings']![0]!['key'] = ''; }),
      '{"format":"flarewise-backup","version":1,"data":{"ses',
    ];
    for (const file of broken) {
      const { reason, detail } = refusalOf(file);
      expect(reason).not.toMatch(VALIDATOR_WORDS);
      expect(detail).not.toBe('');
    }
  });
});
