/** The report screen's state over the app's own storage (loaded with that screen). */
import { createSignal, type Accessor } from 'solid-js';
import { cleanReportDetails, NO_REPORT_DETAILS, type ReportDetails } from '../engine/report/report-details';
import type { LocalDay } from '../engine/calendar/local-day';
import { loadReportDetails, saveReportDetails } from '../storage/report-details';
import type { SavedFile } from './create-data';

/** How a file left the app: through the device's share sheet, as a download, or not at all (the person cancelled). */
export type ShareResult = 'shared' | 'downloaded' | 'cancelled';

/** What sharing needs from the device: its share sheet (when it takes files) and a download otherwise. */
export interface ShareDevice {
  shareFile(file: SavedFile): Promise<'shared' | 'cancelled' | 'unsupported'>;
  download(file: SavedFile): void;
}

/** The name and date of birth on the report, and sharing the report file. */
export interface ReportState {
  details: Accessor<ReportDetails>;
  /** Keeps the details (cleaned) on the device. */
  saveDetails(details: Partial<ReportDetails>): Promise<void>;
  /** Shares the file where the device can, else downloads it. */
  share(file: SavedFile): Promise<ShareResult>;
}

/** Reads the saved details once, and writes them back on each change. */
export function createStoredReport(device: ShareDevice, today: () => LocalDay, failed: (error: unknown) => void): ReportState {
  const [details, setDetails] = createSignal<ReportDetails>(NO_REPORT_DETAILS);
  loadReportDetails().then((saved) => setDetails(cleanReportDetails(saved, today())), failed);
  return {
    details,
    saveDetails(next) {
      const clean = cleanReportDetails({ ...details(), ...next }, today());
      setDetails(clean);
      return saveReportDetails(clean).catch(failed);
    },
    async share(file) {
      const shared = await device.shareFile(file);
      if (shared !== 'unsupported') return shared;
      device.download(file);
      return 'downloaded';
    },
  };
}
