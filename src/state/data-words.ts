import { isMessageKey, t, type MessageKey } from '../i18n/messages';
import '../i18n/areas/data';
import { formatList } from '../i18n/format';
import type { BackupStore } from '../engine/records/backup';
import type { ImportPreview } from '../engine/records/backup';
import type { ParsedBackup } from '../storage/backup-parse';
import type { BackupProblem } from '../storage/backup-problem';

const NOUNS: Record<BackupStore, [one: MessageKey, many: MessageKey]> = {
  sessions: ['data.count.session', 'data.count.sessions'],
  checkIns: ['data.count.checkIn', 'data.count.checkIns'],
  customRoutines: ['data.count.customRoutine', 'data.count.customRoutines'],
  settings: ['data.count.setting', 'data.count.settings'],
};

/** The order stores are named in a sentence (what people care about first). */
const SPOKEN_ORDER: readonly BackupStore[] = ['sessions', 'checkIns', 'customRoutines', 'settings'];

/** "120 sessions, 30 check-ins and 3 custom routines" for the non-zero counts ("nothing" when all are zero). */
export function describeCounts(counts: Partial<Record<BackupStore, number>>, only: readonly BackupStore[] = SPOKEN_ORDER): string {
  const parts = only.flatMap((store) => {
    const count = counts[store] ?? 0;
    if (!count) return [];
    const [one, many] = NOUNS[store];
    return [count === 1 ? t(one) : t(many, { count })];
  });
  if (!parts.length) return t('data.nothing');
  return formatList(parts);
}

const pick = (preview: ImportPreview, field: 'added' | 'alreadyHere' | 'incoming' | 'current') =>
  Object.fromEntries(SPOKEN_ORDER.map((store) => [store, preview[store][field]])) as Record<BackupStore, number>;

/** The dry run in sentences: what Merge adds, what is already here, and what Replace swaps. */
export function describePreview(preview: ImportPreview): { adds: string; already: string | null; replaces: string } {
  const added = pick(preview, 'added');
  const already = pick(preview, 'alreadyHere');
  const adds = Object.values(added).some(Boolean) ? t('data.import.adds', { list: describeCounts(added) }) : t('data.import.addsNothing');
  const alreadyText = Object.values(already).some(Boolean) ? t('data.import.already', { list: describeCounts(already) }) : null;
  const replaces = t('data.import.replaces', { current: describeCounts(pick(preview, 'current')), incoming: describeCounts(pick(preview, 'incoming')) });
  return { adds, already: alreadyText, replaces };
}

/** The record a problem is in, as a person would name it: "session 502", "the check-in for 2026-13-45". */
function recordWords(problem: BackupProblem): string {
  if (problem.store === undefined) return t('data.record.file');
  const n = problem.position ?? 0;
  if (problem.label !== undefined && problem.store !== 'sessions') {
    return t(`data.record.${problem.store}.named`, { label: problem.label });
  }
  return t(`data.record.${problem.store}`, { n });
}

/** A field of a record in words ("tier", "pain score"), or its key quoted when the catalogue has no words for it. */
function fieldWords(field: string): string {
  const key = `data.field.${field}`;
  return isMessageKey(key) ? t(key) : t('data.field.other', { name: field });
}

/** What is wrong, the way a person would say it: "session 502 has an unknown tier." */
export function describeProblem(problem: BackupProblem): string {
  const record = recordWords(problem);
  if (problem.kind === 'unexpected') return t('data.problem.unexpected', { record, field: problem.field });
  if (problem.field === '' && problem.kind !== 'duplicate') return t('data.problem.whole', { record });
  return t(`data.problem.${problem.kind}`, { record, field: fieldWords(problem.field) });
}

/** Why a file was refused in plain words, and the technical detail for whoever asks (empty when there is none). */
export function describeRefusal(result: Extract<ParsedBackup, { ok: false }>): { reason: string; detail: string } {
  const words = result.problem === undefined ? t(`data.refuse.${result.code}`) : describeProblem(result.problem);
  return { reason: t('data.import.refused', { reason: words }), detail: result.detail.slice(0, 300) };
}
