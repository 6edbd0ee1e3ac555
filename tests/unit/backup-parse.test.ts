import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../src/storage/backup';
import { MAX_BACKUP_BYTES, nestingDepth, parseBackupFile, parseBackupText } from '../../src/storage/backup-parse';
import { DB_VERSION } from '../../src/storage/schema';
import { checkInOn, customRoutine, sessionOn } from './backup-fixtures';

const AT = new Date('2027-03-01T10:00:00Z');
const data = {
  sessions: [sessionOn(0), sessionOn(1)], checkIns: [checkInOn(0)], settings: [{ key: 'weeklyGoal', value: 3 }],
  customRoutines: [customRoutine(1)],
};
const valid = serializeBackup(data, AT);
const refusal = (text: string) => {
  const parsed = parseBackupText(text);
  return parsed.ok ? 'accepted' : `${parsed.code}${parsed.detail ? `: ${parsed.detail}` : ''}`;
};

describe('checking a backup file before anything is written', () => {
  it('accepts a backup the app wrote, record for record', () => {
    const parsed = parseBackupText(valid);
    expect(parsed.ok && parsed.backup.data).toEqual(data);
  });

  it('reads a backup from before hot-joint regions with the same mapping as the database upgrade', () => {
    const { origin: _unknownThen, ...current } = checkInOn(0);
    const old = {
      ...current, hotJoints: 'other', tier: { tier: 'amber', reasons: ['mild flare', 'hot or swollen joints'] },
      triage: { outcome: 'none', message: 'No warning signs today.', reasons: [], unanswered: [] },
    };
    const regions = ['knees', 'ankles-feet', 'hands-wrists', 'shoulders-elbows'];
    // Sessions of such a file are in their old shape too; none are needed here.
    const text = serializeBackup({ ...data, sessions: [], checkIns: [old], levels: [] } as unknown as typeof data, AT).replace(`"schemaVersion":${DB_VERSION}`, '"schemaVersion":3');
    const parsed = parseBackupText(text);
    expect(parsed.ok && parsed.backup.data.checkIns[0]).toEqual({
      ...checkInOn(0), hotJoints: regions,
      tier: { tier: 'amber', reasons: [{ code: 'flare', value: 'mild' }, { code: 'hot-joints', value: regions }] },
    });
    // A file of this version must hold today's shape: the old one-word answer is refused there.
    expect(refusal(serializeBackup({ ...data, checkIns: [old] } as unknown as typeof data, AT))).toMatch(/^invalid: data\.checkIns\[0\]\.hotJoints/);
  });

  it('reads a version-6 file’s triage sentences as question codes, and its check-ins as made where they were made', () => {
    const { origin: _unknownThen, ...current } = checkInOn(1);
    const old = {
      ...current, safety: { 'leg-weakness': 'yes' },
      triage: { outcome: 'emergency', message: 'Call your local emergency number (911 in the US)…', reasons: [{ id: 'leg-weakness', text: 'New leg weakness…' }], unanswered: [] },
    };
    const text = serializeBackup({ ...data, checkIns: [old] } as unknown as typeof data, AT).replace(`"schemaVersion":${DB_VERSION}`, '"schemaVersion":6');
    const parsed = parseBackupText(text);
    expect(parsed.ok && parsed.backup.data.checkIns[0]).toEqual({
      ...current, safety: { 'leg-weakness': 'yes' }, origin: 'device', triage: { outcome: 'emergency', reasons: ['leg-weakness'], unanswered: [] },
    });
    // A file of version 7 must hold codes: a sentence there is refused.
    expect(refusal(serializeBackup({ ...data, checkIns: [old] } as unknown as typeof data, AT))).toMatch(/^invalid: data\.checkIns\[0\]/);
  });

  it('refuses a file over the size cap without reading it', async () => {
    const file = { size: MAX_BACKUP_BYTES + 1, text: () => Promise.reject(new Error('read')) };
    expect(await parseBackupFile(file)).toMatchObject({ ok: false, code: 'too-big' });
  });

  it('names the JSON error, a forbidden key and a file that is not a backup', () => {
    expect(refusal(valid.slice(0, 100))).toMatch(/^not-json: /);
    expect(refusal(valid.replace('"sessions":[{', '"sessions":[{"__proto__":{"admin":true},'))).toBe('forbidden-key: __proto__');
    expect(refusal(valid.replace('"customRoutines":[{', '"customRoutines":[{"constructor":1,'))).toBe('forbidden-key: constructor');
    expect(refusal('{"hello":"world"}')).toBe('not-backup');
    expect(refusal('[]')).toBe('not-backup');
    expect(refusal('')).toBe('empty');
  });

  it('points at the record and field that is wrong', () => {
    expect(refusal(valid.replace('"pain":0', '"pain":11'))).toMatch(/^invalid: data\.checkIns\[0\]\.pain: /);
    expect(refusal(valid.replace('"activeSeconds":580', '"activeSeconds":580,"extra":1'))).toMatch(/^invalid: data\.sessions\[0\]/);
    expect(refusal(valid.replace('"id":"custom-1"', '"id":"morning-ease"'))).toMatch(/^invalid: data\.customRoutines\[0\]\.id/);
    expect(refusal(valid.replace('"pain":0', '"pain":1e400'))).toMatch(/^invalid: data\.checkIns\[0\]\.pain/);
    // An empty array has no unknown keys, so a plain object check would take it for {} (found by the fuzz test).
    expect(refusal(valid.replace(/"safety":\{[^}]*\}/, '"safety":[]'))).toMatch(/^invalid: data\.checkIns\[0\]\.safety: .*Array/);
  });

  it('refuses a newer format, a duplicated record and deep nesting', () => {
    expect(refusal(valid.replace('"version":1', '"version":2'))).toBe('newer');
    expect(refusal(valid.replace(`"schemaVersion":${DB_VERSION}`, `"schemaVersion":${DB_VERSION + 1}`))).toBe('newer');
    const twice = serializeBackup({ ...data, sessions: [sessionOn(0), sessionOn(0)] }, AT);
    expect(refusal(twice)).toBe(`duplicate: ${sessionOn(0).id}`);
    expect(refusal(valid.replace('"value":3', `"value":${'['.repeat(40)}${']'.repeat(40)}`))).toBe('too-deep');
  });

  it('counts nesting outside strings only', () => {
    expect(nestingDepth('{"a":[1,{"b":"[[[{{{"}]}')).toBe(3);
    expect(nestingDepth('{"a":"\\"[["}')).toBe(1);
  });
});
