import { NO_REPORT_DETAILS, type ReportDetails } from '../engine/report/report-details';
import { readSetting, writeSetting } from './setting';

/** The report's name and date of birth as saved (a settings row, so backups carry it), or none. */
export const loadReportDetails = (): Promise<ReportDetails> => readSetting('reportDetails', NO_REPORT_DETAILS);

/** Saves the report's name and date of birth. */
export const saveReportDetails = (details: ReportDetails): Promise<void> => writeSetting('reportDetails', details);
