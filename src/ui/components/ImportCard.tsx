import { For, Match, Show, Switch } from 'solid-js';
import { t } from '../../i18n/messages';
import { formatList } from '../../i18n/format';
import '../../i18n/areas/data';
import type { ImportStep } from '../../state/create-data';
import { describePreview } from '../../state/data-words';
import type { ImportMode } from '../../engine/records/backup';

/** Choose a backup file, see what it holds, then add what is missing or replace everything. */
export function ImportCard(props: { step: ImportStep; onFile(file: File): void; onConfirm(mode: ImportMode): void; onCancel(): void }) {
  const ready = () => (props.step.step === 'ready' ? props.step : undefined);
  const reason = () => (props.step.step === 'refused' || props.step.step === 'failed' ? props.step.reason : undefined);
  const detail = () => (props.step.step === 'refused' ? props.step.detail : '');
  const busy = () => props.step.step === 'checking' || props.step.step === 'working';
  const working = () => (props.step.step === 'working' && props.step.total > 0 ? props.step : undefined);
  return (
    <section class="card data-card" aria-labelledby="import-title">
      <h2 id="import-title">{t('data.import.title')}</h2>
      <p>{t('data.import.why')}</p>
      <label class="button wide file-button" classList={{ disabled: busy() }}>
        {t('data.import.choose')}
        <input type="file" class="visually-hidden" accept=".json,application/json" disabled={busy()}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) props.onFile(file);
          }} />
      </label>
      <p class="data-status" role="status" aria-live="polite">
        {props.step.step === 'checking' ? t('data.import.checking') : props.step.step === 'working' ? t('data.import.working') : ''}
      </p>
      {/* How far it has got: the file is checked and written off the page's main thread, so this keeps moving. */}
      <Show when={busy()}>
        <Show when={working()} fallback={<progress class="data-progress" aria-label={t('data.import.progress')} />}>
          {(w) => <progress class="data-progress" aria-label={t('data.import.progress')} max={w().total} value={w().done} />}
        </Show>
      </Show>
      <Switch>
        <Match when={reason()}>{(text) => (
          <div class="notice warn refusal">
            <p role="alert">{text()}</p>
            <Show when={detail()}>
              <details class="refusal-details"><summary>{t('data.import.details')}</summary><code>{detail()}</code></details>
            </Show>
          </div>
        )}</Match>
        <Match when={ready()}>
          {(r) => {
            const words = () => describePreview(r().preview);
            return (
              <div class="notice data-preview" role="region" aria-labelledby="preview-title">
                <h3 id="preview-title">{t('data.import.previewTitle')}</h3>
                <p>{words().adds}</p>
                <Show when={words().already}>{(already) => <p>{already()}</p>}</Show>
                <For each={r().missing}>{(m) => (
                  <p class="note-warn">{t('data.import.missing', { routine: m.routine, list: formatList(m.exercises) })}</p>
                )}</For>
                <button type="button" class="button primary wide" onClick={() => props.onConfirm('merge')}>{t('data.import.merge')}</button>
                <p>{words().replaces}</p>
                <button type="button" class="button warn wide" onClick={() => props.onConfirm('replace')}>{t('data.import.replace')}</button>
                <button type="button" class="button quiet wide" onClick={() => props.onCancel()}>{t('data.import.cancel')}</button>
              </div>
            );
          }}
        </Match>
      </Switch>
    </section>
  );
}
