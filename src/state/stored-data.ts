/** The data screen's state over the app's own storage (loaded with that screen: backups and CSV are not needed before). */
import type { LocalDay } from '../engine/calendar/local-day';
import { backupFileName, countRecords, exportBackup } from '../storage/backup';
import { startImportJob } from '../storage/import-channel';
import type { ImportJob } from '../storage/import-job';
import { listCheckIns } from '../storage/check-ins';
import { t } from '../i18n/messages';
import '../i18n/areas/data';
import { type ColumnName, checkInsCsv, sessionsCsv } from '../storage/csv';
import { eraseAllData } from '../storage/erase';
import { readPersistence, requestPersistence } from '../storage/persistence';
import { listSessions } from '../storage/sessions';
import { createData, type DataDevice, type DataState } from './create-data';

/** What the data screen asks of the app: today's local day (for file names) and whether an exercise is in the library. */
export interface DataContext {
  today(): LocalDay;
  hasExercise(id: string): boolean;
}

/** Backup, import, CSV, persistence and delete over IndexedDB and the device's adapters. */
export function createStoredData(device: DataDevice, { today, hasExercise }: DataContext): DataState {
  // The import worker starts when a file is first chosen; the screen alone does not need it.
  let job: ImportJob | undefined;
  const importer = () => (job ??= startImportJob());
  return createData({
    hasExercise,
    readPersistence: () => readPersistence(device.storageManager()),
    requestPersistence: () => requestPersistence(device.storageManager()),
    async exportBackup() {
      return { fileName: backupFileName(today()), text: await exportBackup(new Date()), type: 'application/json' };
    },
    async exportCsv(kind) {
      const name: ColumnName = (column) => t(`data.csv.column.${column}`);
      const text = kind === 'sessions' ? sessionsCsv(await listSessions(), name) : checkInsCsv(await listCheckIns(), name);
      return { fileName: `flarewise-${kind === 'sessions' ? 'sessions' : 'check-ins'}-${today()}.csv`, text, type: 'text/csv;charset=utf-8' };
    },
    checkFile: (file) => importer().check(file),
    applyImport: (mode, progress) => importer().apply(mode, progress),
    countRecords,
    eraseAll: (onBlocked) => eraseAllData({ ...device.eraseTargets(), onBlocked }),
    download: device.download,
    restart: device.restart,
  });
}
