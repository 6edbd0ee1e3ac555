import { t } from '../../i18n/messages';
import '../../i18n/areas/data';

/** Save a backup file, or the sessions and check-ins as CSV; `status` says what was saved. */
export function BackupCard(props: { status: string; onBackup(): void; onCsv(kind: 'sessions' | 'checkIns'): void }) {
  return (
    <section class="card data-card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('data.backup.title')}</h2>
      <p>{t('data.backup.why')}</p>
      <button type="button" class="button primary wide" onClick={() => props.onBackup()}>{t('data.backup.action')}</button>
      <p class="muted">{t('data.csv.why')}</p>
      <div class="row">
        <button type="button" class="button" onClick={() => props.onCsv('sessions')}>{t('data.csv.sessions')}</button>
        <button type="button" class="button" onClick={() => props.onCsv('checkIns')}>{t('data.csv.checkIns')}</button>
      </div>
      <p class="data-status" role="status" aria-live="polite">{props.status}</p>
    </section>
  );
}
