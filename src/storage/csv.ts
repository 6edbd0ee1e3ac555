import { countOutcomes } from '../engine/clinical/care-credit';
import type { StoredCheckIn } from '../engine/records/check-in-record';
import type { StoredSession } from '../engine/records/session-record';

/** One CSV cell before quoting. */
export type Cell = string | number | boolean | null | undefined;

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as RFC 4180 text: formula-like text gets a leading ', and text with , " CR or LF is quoted. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  // A finite number prints as digits (a minus sign at most): it cannot be a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as RFC 4180 CSV: CRLF line ends, a header row first. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** The columns of the sessions file, as codes; the header row shows each in the person's language. */
export const SESSION_COLUMNS = [
  'day', 'started', 'ended', 'routine', 'tier', 'level', 'active_seconds', 'exercises_planned',
  'exercises_done', 'exercises_partly_done', 'exercises_stopped_for_pain', 'exercises_skipped',
  'effort', 'pain_after', 'stopped_for_pain', 'finish_later', 'note',
] as const;

/** The columns of the check-ins file, as codes. */
export const CHECK_IN_COLUMNS = ['date', 'time', 'flare', 'pain', 'fatigue', 'hot_joints', 'morning', 'tier', 'tier_reasons', 'safety_outcome'] as const;

/** A column's heading in words (the codes themselves when none is given). */
export type ColumnName = (column: (typeof SESSION_COLUMNS)[number] | (typeof CHECK_IN_COLUMNS)[number]) => string;

/** Every session, one row each, oldest first: how many exercises were done, partly done, stopped for pain, skipped. */
export function sessionsCsv(sessions: readonly StoredSession[], name: ColumnName = (column) => column): string {
  const header = SESSION_COLUMNS.map(name);
  const rows = [...sessions].sort((a, b) => a.startedAt - b.startedAt).map((s) => {
    const count = countOutcomes(s.exercises);
    const stopped = s.exercises.filter((e) => e.outcome === 'stopped-for-pain').map((e) => e.exerciseId);
    return [
      s.day, iso(s.startedAt), iso(s.endedAt), s.routineName, s.tier, s.level, s.activeSeconds, s.exercises.length,
      count.done, count.partly, count['stopped-for-pain'], count.skipped, s.effort, s.painAfter, stopped.join(' '), s.finishLater === true, s.note,
    ];
  });
  return toCsv(header, rows);
}

/** Every check-in, one row per day, oldest first. */
export function checkInsCsv(checkIns: readonly StoredCheckIn[], name: ColumnName = (column) => column): string {
  const header = CHECK_IN_COLUMNS.map(name);
  const rows = [...checkIns].sort((a, b) => a.date.localeCompare(b.date)).map((c) => [
    c.date, iso(c.at), c.flare, c.pain, c.fatigue, c.hotJoints.join(' ') || 'none', c.morning, c.tier.tier,
    c.tier.reasons.map((r) => `${r.code}=${Array.isArray(r.value) ? r.value.join(' ') : r.value}`).join('; '), c.triage.outcome,
  ]);
  return toCsv(header, rows);
}
