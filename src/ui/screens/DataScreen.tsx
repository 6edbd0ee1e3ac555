import { Show } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/data';
import { createStoredData } from '../../state/stored-data';
import { useApp } from '../app-context';
import { BackupCard } from '../components/BackupCard';
import { EraseCard } from '../components/EraseCard';
import { ImportCard } from '../components/ImportCard';
import { KeepDataCard } from '../components/KeepDataCard';
import { TopBar } from '../components/TopBar';
import '../styles/data.css';

/** "Your data": keep it on the device, save a copy, bring one back, or delete it all. */
export function DataScreen() {
  const app = useApp();
  const data = createStoredData(app.dataDevice, {
    today: () => app.coach.clock().day, hasExercise: (id) => app.library.exercises.has(id),
  });
  // An import ends with a restart (so every screen reads the new data); this says it worked.
  const imported = new URLSearchParams(window.location.search).has('imported');
  if (imported) window.history.replaceState(null, '', '/settings/data');
  return (
    <section class="stack data-screen" aria-labelledby="data-title">
      <TopBar title={t('data.title')} titleId="data-title" back="/settings" backLabel={t('nav.settings')} />
      <Show when={imported}><p class="notice" role="status">{t('data.import.done')}</p></Show>
      <p class="muted">{t('data.intro')}</p>
      <KeepDataCard state={data.persistence()} refused={data.keepRefused()} onKeep={() => void data.keepData()} />
      <BackupCard status={data.status()} onBackup={() => void data.saveBackup()} onCsv={(kind) => void data.saveCsv(kind)} />
      <ImportCard step={data.importStep()} onFile={(file) => void data.chooseFile(file)}
        onConfirm={(mode) => void data.confirmImport(mode)} onCancel={data.cancelImport} />
      <EraseCard counts={data.counts()} step={data.eraseStep()} onErase={() => void data.erase()} />
    </section>
  );
}
