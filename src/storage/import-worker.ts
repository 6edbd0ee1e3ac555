/** The import worker's entry: backups are parsed, checked and written here, off the page's main thread. */
import { serveImportJob, type FromWorker, type Port, type ToWorker } from './import-channel';

serveImportJob(self as unknown as Port<ToWorker, FromWorker>);
