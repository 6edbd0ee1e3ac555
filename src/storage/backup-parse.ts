import * as v from 'valibot';
import { backupSchema, type Backup } from './backup-schema';
import { DB_VERSION } from './schema';

/** The largest backup file accepted: five years of daily use is about 4 MB. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;
/** Deeper than any real backup (about 6 levels); refused before parsing so a hostile file cannot blow the stack. */
const MAX_DEPTH = 24;
/** Keys that could reach an object's prototype if a later step ever merged the data into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a file was refused; the screen turns the code into words. */
export type RefusalCode =
  | 'too-big' | 'empty' | 'too-deep' | 'not-json' | 'forbidden-key' | 'not-backup' | 'newer' | 'invalid' | 'duplicate';

/** A backup that passed every check, or the reason it did not. */
export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; code: RefusalCode; detail: string };

const refuse = (code: RefusalCode, detail = ''): ParsedBackup => ({ ok: false, code, detail });

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

/** The first key repeated in a list of records, if any. */
function firstDuplicate(records: readonly unknown[], key: string): string | undefined {
  const seen = new Set<unknown>();
  for (const record of records) {
    const value = (record as Record<string, unknown>)[key];
    if (seen.has(value)) return String(value);
    seen.add(value);
  }
  return undefined;
}

/** Checks a backup's text from top to bottom; nothing in it is trusted until this says ok. */
export function parseBackupText(json: string): ParsedBackup {
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
  const result = v.safeParse(backupSchema, raw, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    return refuse('invalid', `${pathOf(issue)}: ${issue.message}`);
  }
  const { data } = result.output;
  const duplicate = firstDuplicate(data.sessions, 'id') ?? firstDuplicate(data.checkIns, 'date') ?? firstDuplicate(data.settings, 'key')
    ?? firstDuplicate(data.customRoutines, 'id');
  if (duplicate !== undefined) return refuse('duplicate', duplicate);
  return { ok: true, backup: result.output };
}

/** Checks a chosen file: its size first (before reading it), then its text. */
export async function parseBackupFile(file: Pick<Blob, 'size' | 'text'>): Promise<ParsedBackup> {
  if (file.size > MAX_BACKUP_BYTES) return refuse('too-big');
  if (file.size === 0) return refuse('empty');
  return parseBackupText(await file.text());
}
