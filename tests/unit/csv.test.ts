import { describe, expect, it } from 'vitest';
import { checkInsCsv, csvCell, sessionsCsv, toCsv } from '../../src/storage/csv';
import { checkInOn, sessionOn } from './backup-fixtures';

describe('CSV export', () => {
  it('quotes cells with commas, quotes and line breaks as RFC 4180 says, with CRLF rows', () => {
    expect(toCsv(['a', 'b'], [['plain', 'x,y'], ['say "hi"', 'two\nlines']])).toBe('a,b\r\nplain,"x,y"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","click")')).toBe('"\'=HYPERLINK(""http://evil"",""click"")"');
    expect(['+1', '-2+3', '@SUM(A1)', '\tcmd'].map(csvCell)).toEqual(["'+1", "'-2+3", "'@SUM(A1)", "'\tcmd"]);
    expect(csvCell('Morning ease')).toBe('Morning ease');
  });

  it('writes numbers, yes/no and empty cells plainly', () => {
    expect([3, -1, true, false, null, undefined, Number.NaN].map(csvCell)).toEqual(['3', '-1', 'yes', 'no', '', '', '']);
  });

  it('writes one row per session, oldest first, with a routine name that is made safe', () => {
    const evil = { ...sessionOn(1), routineName: '=cmd|" /C calc"!A0', note: 'Sore, "tight" hip' };
    const lines = sessionsCsv([evil, sessionOn(0)]).split('\r\n');
    expect(lines[0]).toBe('day,started,ended,routine,tier,level,active_seconds,exercises_planned,exercises_done,exercises_partly_done,'
      + 'exercises_stopped_for_pain,exercises_skipped,effort,pain_after,stopped_for_pain,finish_later,note');
    expect(lines[1]).toBe('2026-01-01,2026-01-01T09:00:00.000Z,2026-01-01T09:10:00.000Z,Morning ease,green,0,580,2,2,0,0,0,about-right,2,,no,');
    expect(lines[2]).toContain(',"\'=cmd|"" /C calc""!A0",');
    expect(lines[2]?.endsWith(',"Sore, ""tight"" hip"')).toBe(true);
    expect(lines).toHaveLength(4);
  });

  it('writes one row per check-in day with the tier and its reasons', () => {
    const lines = checkInsCsv([checkInOn(7), checkInOn(0)]).split('\r\n');
    expect(lines[0]).toBe('date,time,flare,pain,fatigue,hot_joints,morning,tier,tier_reasons,safety_outcome');
    expect(lines[1]).toBe('2026-01-01,2026-01-01T08:59:00.000Z,mild,0,3,none,same,amber,flare=mild,none');
    expect(lines[2]?.startsWith('2026-01-08,')).toBe(true);
  });
});

describe('CSV export of what each session truly held (section 6)', () => {
  it('a routine skipped through reads "0 done, 2 skipped", never as completed', () => {
    const skipped = { ...sessionOn(0), exercises: sessionOn(0).exercises.map((e) => ({ ...e, setsDone: 0, repsDone: 0, secondsWorked: 0, outcome: 'skipped' as const })) };
    const row = sessionsCsv([skipped]).split('\r\n')[1]?.split(',') ?? [];
    expect(row.slice(7, 12)).toEqual(['2', '0', '0', '0', '2']);
  });

  it('a pain stop is counted and names the exercise', () => {
    const session = sessionOn(0);
    const stopped = { ...session, exercises: [{ ...session.exercises[0]!, outcome: 'stopped-for-pain' as const }, session.exercises[1]!] };
    const row = sessionsCsv([stopped]).split('\r\n')[1]?.split(',') ?? [];
    expect(row.slice(7, 12)).toEqual(['2', '1', '0', '1', '0']);
    expect(row[14]).toBe('bridge');
  });
});
