import type * as v from 'valibot';
import type { BackupStore } from '../engine/records/backup';

/** What is wrong with one value of a backup, as a person would put it (the words live in the catalogue). */
export type ProblemKind =
  | 'missing' | 'unexpected' | 'unknown-value' | 'impossible-date' | 'not-a-date' | 'wrong-type' | 'out-of-range'
  | 'too-long' | 'duplicate' | 'invalid' | 'future-date';

/** Where a refused backup is wrong: which record (by position, and by what names it when it can) and which field. */
export interface BackupProblem {
  /** The store the record belongs to, or undefined for the file's envelope. */
  store: BackupStore | undefined;
  /** 1-based position of the record in its list. */
  position?: number;
  /** What names the record for a person: a check-in's date, a routine's name, a setting's key. */
  label?: string;
  /** The record's own field that is wrong (the first key below the record), or the envelope key. */
  field: string;
  kind: ProblemKind;
}

/** The field that names a record of each store for a person, when it is readable. */
const LABEL_OF: Partial<Record<BackupStore, string>> = { checkIns: 'date', customRoutines: 'name', settings: 'key' };
const DAY_FIELDS = new Set(['day', 'date']);

/** What kind of problem an issue is: a missing or unknown key, a value outside its choices, a bad date, a wrong type. */
function kindOf(issue: v.BaseIssue<unknown>, field: string): ProblemKind {
  const isKey = issue.type === 'strict_object' || issue.type === 'object';
  if (isKey && issue.received === 'undefined') return 'missing';
  if (isKey && issue.expected === 'never') return 'unexpected';
  if (DAY_FIELDS.has(field) && issue.type === 'regex') return 'not-a-date';
  if (DAY_FIELDS.has(field) && issue.type === 'check') return 'impossible-date';
  if (issue.type === 'picklist' || issue.type === 'literal' || issue.type === 'starts_with') return 'unknown-value';
  if (issue.type === 'max_length' && typeof issue.input === 'string') return 'too-long';
  if (issue.type === 'min_value' || issue.type === 'max_value' || issue.type === 'integer' || issue.type === 'finite') return 'out-of-range';
  if (issue.kind === 'schema') return 'wrong-type';
  return 'invalid';
}

/** The path's keys from the top of the file: ['data', 'sessions', 501, 'tier']. */
const keysOf = (issue: v.BaseIssue<unknown>): unknown[] => (issue.path ?? []).map((item) => item.key);

/** The readable label of a record, if its naming field holds a short string. */
function labelOf(store: BackupStore, record: unknown): string | undefined {
  const field = LABEL_OF[store];
  const value = field === undefined || typeof record !== 'object' || record === null ? undefined : (record as Record<string, unknown>)[field];
  return typeof value === 'string' && value.length > 0 && value.length <= 60 ? value : undefined;
}

/** Where and what the first problem of a refused backup is, from the validator's issue. */
export function problemOf(issue: v.BaseIssue<unknown>, raw: unknown): BackupProblem {
  const keys = keysOf(issue);
  const [top, store, index, field] = keys;
  if (top !== 'data' || typeof store !== 'string' || typeof index !== 'number') {
    const envelopeField = top === 'data' && typeof store === 'string' ? store : String(top ?? '');
    return { store: undefined, field: envelopeField, kind: kindOf(issue, envelopeField) };
  }
  const name = store as BackupStore;
  const record = ((raw as { data?: Record<string, unknown[]> }).data?.[name] ?? [])[index];
  const fieldName = typeof field === 'string' ? field : '';
  const label = labelOf(name, record);
  const kind = kindOf(issue, fieldName);
  // A key missing or unknown deeper in (an exercise of a session) would read wrongly as the record's own field.
  const nestedKey = keys.length > 4 && (kind === 'missing' || kind === 'unexpected');
  return { store: name, position: index + 1, ...(label === undefined ? {} : { label }), field: fieldName, kind: nestedKey ? 'invalid' : kind };
}

/** The problem of a record listed twice: the second one, named as the first. */
export function duplicateProblem(store: BackupStore, position: number, record: unknown): BackupProblem {
  const label = labelOf(store, record);
  return { store, position, ...(label === undefined ? {} : { label }), field: '', kind: 'duplicate' };
}

/** The problem of a check-in dated after the day it was read on: it cannot have been made yet. */
export function futureProblem(position: number, date: string): BackupProblem {
  return { store: 'checkIns', position, label: date, field: 'date', kind: 'future-date' };
}
