import type { ImportMode, ImportPreview } from '../engine/records/backup';
import type { Routine } from '../engine/content/content-types';
import { applyImport, previewImport, type ImportProgress } from './backup-import';
import { parseBackupFile, type ParsedBackup } from './backup-parse';

/** A checked file: why it was refused, or what importing it would do (the records stay with the job). */
export type CheckedFile =
  | Extract<ParsedBackup, { ok: false }>
  | { ok: true; preview: ImportPreview; customRoutines: Routine[] };

/** One import at a time: check a file, then apply the file last checked. */
export interface ImportJob {
  /** Checks a chosen file (its size first, before reading it). */
  check(file: Pick<Blob, 'size' | 'text'>): Promise<CheckedFile>;
  apply(mode: ImportMode, progress?: ImportProgress): Promise<void>;
}

/**
 * Checks and applies backups, keeping the checked records here (in the import worker they never cross to the
 * page: a 19 MB file would take the page's main thread seconds to parse, check and copy).
 */
export function createImportJob(): ImportJob {
  let checked: Extract<ParsedBackup, { ok: true }>['backup'] | undefined;
  return {
    async check(file) {
      checked = undefined;
      const parsed = await parseBackupFile(file);
      if (!parsed.ok) return parsed;
      checked = parsed.backup;
      return { ok: true, preview: await previewImport(parsed.backup), customRoutines: parsed.backup.data.customRoutines };
    },
    async apply(mode, progress) {
      if (checked === undefined) throw new Error('No checked backup to import.');
      await applyImport(checked, mode, progress);
      checked = undefined;
    },
  };
}
