import { localDayOf } from '../engine/calendar/local-day';
import type { DataDeps, SavedFile } from '../state/create-data';
import { backupFileName, countRecords, exportBackup } from '../storage/backup';
import { applyImport, previewImport } from '../storage/backup-import';
import { parseBackupFile } from '../storage/backup-parse';
import { listCheckIns } from '../storage/check-ins';
import { checkInsCsv, sessionsCsv } from '../storage/csv';
import { eraseAllData } from '../storage/erase';
import { readPersistence, requestPersistence } from '../storage/persistence';
import { listSessions } from '../storage/sessions';

/** Hands a file to the user through a Blob URL and an <a download> (works offline, no server involved). */
function download(file: SavedFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after click() returns; give them a moment before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The data screen's real adapters (built here, in the screen's lazily loaded chunk, to keep the first load small); the screen adds the library. */
export function browserDataDeps(): Omit<DataDeps, 'hasExercise'> {
  const today = () => localDayOf(Date.now());
  return {
    readPersistence: () => readPersistence(navigator.storage),
    requestPersistence: () => requestPersistence(navigator.storage),
    async exportBackup() {
      return { fileName: backupFileName(today()), text: await exportBackup(new Date()), type: 'application/json' };
    },
    async exportCsv(kind) {
      const text = kind === 'sessions' ? sessionsCsv(await listSessions()) : checkInsCsv(await listCheckIns());
      return { fileName: `flarewise-${kind === 'sessions' ? 'sessions' : 'check-ins'}-${today()}.csv`, text, type: 'text/csv;charset=utf-8' };
    },
    parseFile: parseBackupFile,
    previewImport,
    applyImport,
    countRecords,
    eraseAll: (onBlocked) => eraseAllData({
      ...(typeof caches === 'undefined' ? {} : { caches }),
      localStorage: window.localStorage,
      ...('serviceWorker' in navigator ? { serviceWorker: navigator.serviceWorker } : {}),
      onBlocked,
    }),
    download,
    restart: (path) => window.location.assign(path),
  };
}
