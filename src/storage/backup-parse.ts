import * as v from 'valibot';
import { BACKUP_STORES, KEY_OF, type BackupStore, type RefusalCode } from '../engine/records/backup';
import { localDayOf } from '../engine/calendar/local-day';
import { duplicateProblem, futureProblem, problemOf, type BackupProblem } from './backup-problem';
import { backupSchemaFor, type Backup } from './backup-schema';
import { DB_VERSION } from './schema';

/** The largest backup file accepted: five years of daily use is about 4 MB. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Deeper than any real backup (about 6 levels); refused before parsing so a hostile file cannot blow the stack. */
const MAX_DEPTH = 24;
/** Keys that could reach an object's prototype if a later step ever merged the data into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A backup that passed every check, or the reason it did not: a code, the record and field that are wrong
 * (for the words a person reads) and the technical detail (shown only on request).
 */
export type ParsedBackup =
  | { ok: true; backup: Backup }
  | { ok: false; code: RefusalCode; detail: string; problem?: BackupProblem };

const refuse = (code: RefusalCode, detail = '', problem?: BackupProblem): ParsedBackup =>
  (problem === undefined ? { ok: false, code, detail } : { ok: false, code, detail, problem });

class ForbiddenKey extends Error {}

/** How deeply brackets nest in JSON text, skipping string contents. */
export function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) deepest = Math.max(deepest, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return deepest;
}

function rejectForbidden(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
  return value;
}

/** Where in the file a problem is: "data.sessions[3].pain". */
function pathOf(issue: v.BaseIssue<unknown>): string {
  return (issue.path ?? []).reduce<string>((at, item) => {
    const key = item.key;
    return typeof key === 'number' ? `${at}[${key}]` : `${at ? `${at}.` : ''}${String(key)}`;
  }, '');
}

/** The first record whose key repeats an earlier one's, in any store, if any. */
function firstDuplicate(data: Backup['data']): { store: BackupStore; index: number; key: string } | undefined {
  for (const store of BACKUP_STORES) {
    const seen = new Set<unknown>();
    const records: readonly unknown[] = data[store];
    for (const [index, record] of records.entries()) {
      const value = (record as Record<string, unknown>)[KEY_OF[store]];
      if (seen.has(value)) return { store, index, key: String(value) };
      seen.add(value);
    }
  }
  return undefined;
}

/** The local day of `now` in a stored zone name, or on the device when the zone is unknown here. */
function todayIn(now: number, timeZone: string | undefined): string {
  try { return localDayOf(now, timeZone); } catch { return localDayOf(now); }
}

/**
 * The first check-in dated after its own today (in its own time zone), if any: it cannot have been made yet, and it
 * would answer that day's safety questions before they were asked (src/engine/clinical/README.md, section 2).
 */
function firstFutureCheckIn(checkIns: Backup['data']['checkIns'], now: number): { index: number; date: string } | undefined {
  const index = checkIns.findIndex((c) => c.date > todayIn(now, c.timeZone));
  const found = checkIns[index];
  return found === undefined ? undefined : { index, date: found.date };
}

/** Checks a backup's text from top to bottom, as of `now`; nothing in it is trusted until this says ok. */
export function parseBackupText(json: string, now: number = Date.now()): ParsedBackup {
  if (json.length > MAX_BACKUP_BYTES) return refuse('too-big');
  if (!json.trim()) return refuse('empty');
  if (nestingDepth(json) > MAX_DEPTH) return refuse('too-deep');
  let raw: unknown;
  try {
    raw = JSON.parse(json, rejectForbidden);
  } catch (error) {
    if (error instanceof ForbiddenKey) return refuse('forbidden-key', error.message);
    return refuse('not-json', error instanceof Error ? error.message : '');
  }
  const head = raw as { format?: unknown; version?: unknown; schemaVersion?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== 'flarewise-backup') return refuse('not-backup');
  if ((typeof head.version === 'number' && head.version > 1) || (typeof head.schemaVersion === 'number' && head.schemaVersion > DB_VERSION)) {
    return refuse('newer');
  }
  const result = v.safeParse(backupSchemaFor(head.schemaVersion), raw, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    return refuse('invalid', `${pathOf(issue)}: ${issue.message}`, problemOf(issue, raw));
  }
  const { data } = result.output;
  const duplicate = firstDuplicate(data);
  if (duplicate !== undefined) {
    const { store, index, key } = duplicate;
    return refuse('duplicate', key, duplicateProblem(store, index + 1, data[store][index]));
  }
  const future = firstFutureCheckIn(data.checkIns, now);
  if (future !== undefined) return refuse('future-check-in', future.date, futureProblem(future.index + 1, future.date));
  return { ok: true, backup: result.output };
}

/** Checks a chosen file: its size first (before reading it), then its text. */
export async function parseBackupFile(file: Pick<Blob, 'size' | 'text'>, now: number = Date.now()): Promise<ParsedBackup> {
  if (file.size > MAX_BACKUP_BYTES) return refuse('too-big');
  if (file.size === 0) return refuse('empty');
  return parseBackupText(await file.text(), now);
}
