import { createSignal, type Accessor } from 'solid-js';
import type { Routine } from '../engine/content/content-types';
import { t } from '../i18n/messages';
import '../i18n/areas/data';
import type { BackupStore } from '../engine/records/backup';
import type { ImportMode, ImportPreview } from '../engine/records/backup';
import type { ImportProgress } from '../storage/backup-import';
import type { CheckedFile } from '../storage/import-job';
import type { EraseTargets } from '../storage/erase';
import type { PersistenceState, StorageManagerLike } from '../storage/persistence';
import { describeRefusal } from './data-words';
import { describeStorageError } from './storage-watch';

export type { PersistenceState } from '../storage/persistence';

/** A file to hand to the user. */
export interface SavedFile { fileName: string; text: string; type: string }

/** What the data screen reaches on the device: files, restarts, the storage manager and what a delete clears. */
export interface DataDevice {
  download(file: SavedFile): void;
  /** Offers the file to the device's share sheet, where it takes files (the report's Share). */
  shareFile(file: SavedFile): Promise<'shared' | 'cancelled' | 'unsupported'>;
  /** Starts the app again at `path` (after an import or a delete, so every screen reads the new data). */
  restart(path: string): void;
  storageManager(): StorageManagerLike | undefined;
  eraseTargets(): Omit<EraseTargets, 'onBlocked'>;
}

/** What the data screen needs; the browser passes the real storage and download, tests pass fakes. */
export interface DataDeps {
  readPersistence(): Promise<PersistenceState>;
  requestPersistence(): Promise<boolean>;
  exportBackup(): Promise<SavedFile>;
  exportCsv(kind: 'sessions' | 'checkIns'): Promise<SavedFile>;
  /** Checks a chosen backup and compares it with what is stored, changing nothing (the records stay behind it). */
  checkFile(file: File): Promise<CheckedFile>;
  /** Writes the backup last checked, reporting how many records have landed. */
  applyImport(mode: ImportMode, progress: ImportProgress): Promise<void>;
  countRecords(): Promise<Record<BackupStore, number>>;
  eraseAll(onBlocked: () => void): Promise<void>;
  download(file: SavedFile): void;
  /** Whether this version's library has an exercise (a backup's routines may name one it lacks). */
  hasExercise(id: string): boolean;
  /** Starts the app again at `path` (after an import or a delete, so every screen reads the new data). */
  restart(path: string): void;
}

/** A routine in a backup that names exercises this version's library lacks: imported whole, with a note. */
export interface MissingExercises { routine: string; exercises: string[] }

/** The routines of a backup that name exercises the library lacks, and which. */
export function missingExercises(routines: readonly Routine[], hasExercise: (id: string) => boolean): MissingExercises[] {
  return routines.flatMap((routine) => {
    const ids = [...routine.warmUp, ...routine.main, ...routine.coolDown].map((item) => item.exercise).filter((id) => !hasExercise(id));
    return ids.length === 0 ? [] : [{ routine: routine.name, exercises: [...new Set(ids)] }];
  });
}

/** Where an import stands. */
export type ImportStep =
  | { step: 'idle' } | { step: 'checking' } | { step: 'refused'; reason: string; detail: string }
  | { step: 'ready'; preview: ImportPreview; missing: MissingExercises[] }
  | { step: 'working'; mode: ImportMode; done: number; total: number }
  | { step: 'failed'; reason: string };

/** Where a delete stands. */
export type EraseStep = { step: 'idle' } | { step: 'working' } | { step: 'blocked' } | { step: 'failed'; reason: string };

/** The data screen's state and actions. */
export interface DataState {
  persistence: Accessor<PersistenceState | null>;
  keepRefused: Accessor<boolean>;
  keepData(): Promise<void>;
  /** The last thing saved, or why saving failed, for a live region. */
  status: Accessor<string>;
  saveBackup(): Promise<void>;
  saveCsv(kind: 'sessions' | 'checkIns'): Promise<void>;
  importStep: Accessor<ImportStep>;
  chooseFile(file: File): Promise<void>;
  confirmImport(mode: ImportMode): Promise<void>;
  cancelImport(): void;
  counts: Accessor<Record<BackupStore, number> | null>;
  eraseStep: Accessor<EraseStep>;
  erase(): Promise<void>;
}

/** Wires backup, import, persistence and delete to signals for the data screen. */
export function createData(deps: DataDeps): DataState {
  const [persistence, setPersistence] = createSignal<PersistenceState | null>(null);
  const [keepRefused, setKeepRefused] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [importStep, setImportStep] = createSignal<ImportStep>({ step: 'idle' });
  const [counts, setCounts] = createSignal<Record<BackupStore, number> | null>(null);
  const [eraseStep, setEraseStep] = createSignal<EraseStep>({ step: 'idle' });

  const refresh = () => deps.readPersistence().then(setPersistence, () => undefined);
  void refresh();
  deps.countRecords().then(setCounts, () => undefined);

  const save = async (make: () => Promise<SavedFile>, done: 'data.backup.saved' | 'data.csv.saved') => {
    try {
      const file = await make();
      deps.download(file);
      setStatus(t(done, { file: file.fileName }));
    } catch (error) {
      setStatus(describeStorageError(error));
    }
  };

  return {
    persistence,
    keepRefused,
    async keepData() {
      const kept = await deps.requestPersistence();
      setKeepRefused(!kept);
      await refresh();
    },
    status,
    saveBackup: () => save(deps.exportBackup, 'data.backup.saved'),
    saveCsv: (kind) => save(() => deps.exportCsv(kind), 'data.csv.saved'),
    importStep,
    async chooseFile(file) {
      setImportStep({ step: 'checking' });
      try {
        const checked = await deps.checkFile(file);
        if (!checked.ok) return void setImportStep({ step: 'refused', ...describeRefusal(checked) });
        setImportStep({ step: 'ready', preview: checked.preview, missing: missingExercises(checked.customRoutines, deps.hasExercise) });
      } catch (error) {
        setImportStep({ step: 'failed', reason: t('data.import.failed', { reason: describeStorageError(error) }) });
      }
    },
    async confirmImport(mode) {
      const current = importStep();
      if (current.step !== 'ready') return;
      setImportStep({ step: 'working', mode, done: 0, total: 0 });
      try {
        await deps.applyImport(mode, (done, total) => setImportStep({ step: 'working', mode, done, total }));
        deps.restart('/settings/data?imported=1');
      } catch (error) {
        setImportStep({ step: 'failed', reason: t('data.import.failed', { reason: describeStorageError(error) }) });
      }
    },
    cancelImport: () => setImportStep({ step: 'idle' }),
    counts,
    eraseStep,
    async erase() {
      setEraseStep({ step: 'working' });
      try {
        await deps.eraseAll(() => setEraseStep({ step: 'blocked' }));
        deps.restart('/');
      } catch (error) {
        setEraseStep({ step: 'failed', reason: describeStorageError(error) });
      }
    },
  };
}
