import { isLocalDay, type LocalDay } from '../calendar/local-day';

/** Who the care-team report is about: optional, kept on the device only (and in its backups). */
export interface ReportDetails {
  /** The person's name as they want it on the report; '' when not given. */
  name: string;
  /** Date of birth 'YYYY-MM-DD'; '' when not given. */
  birthDate: LocalDay | '';
}

/** No name and no date of birth. */
export const NO_REPORT_DETAILS: ReportDetails = { name: '', birthDate: '' };

/** The longest name kept. */
export const REPORT_NAME_MAX = 80;

/** Details as they are kept: a trimmed name, and a date of birth only when it is a real day not after `today`. */
export function cleanReportDetails(details: Partial<ReportDetails>, today: LocalDay): ReportDetails {
  const name = typeof details.name === 'string' ? details.name.trim().slice(0, REPORT_NAME_MAX) : '';
  const birth = details.birthDate;
  const birthDate = typeof birth === 'string' && isLocalDay(birth) && birth <= today && birth >= '1900-01-01' ? birth : '';
  return { name, birthDate };
}
