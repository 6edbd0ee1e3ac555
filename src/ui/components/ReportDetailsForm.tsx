import type { ReportDetails } from '../../engine/report/report-details';
import { REPORT_NAME_MAX } from '../../engine/report/report-details';
import { t } from '../../i18n/messages';
import '../../i18n/areas/report';

/** The name and date of birth on the report, folded away (both optional), saved as soon as they change. */
export function ReportDetailsForm(props: { details: ReportDetails; onSave(details: Partial<ReportDetails>): void }) {
  return (
    <details class="card report-details" open={props.details.name === '' && props.details.birthDate === '' ? undefined : true}>
      <summary>{t('report.details')}</summary>
      <p class="muted small">{t('report.detailsWhy')}</p>
      <label class="text-field">{t('report.name')}
        <input type="text" autocomplete="name" maxLength={REPORT_NAME_MAX} value={props.details.name}
          onChange={(e) => props.onSave({ name: e.currentTarget.value })} />
      </label>
      <label class="text-field">{t('report.birthDate')}
        <input type="date" autocomplete="bday" value={props.details.birthDate} min="1900-01-01"
          onChange={(e) => props.onSave({ birthDate: e.currentTarget.value })} />
      </label>
    </details>
  );
}
