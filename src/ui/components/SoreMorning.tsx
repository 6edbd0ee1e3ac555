import { createSignal, Match, Switch } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/feedback';

/** The kind question the morning after a session that left a lot of pain: has it settled? */
export function SoreMorning(props: { pain: number }) {
  const [answer, setAnswer] = createSignal<'settled' | 'not-yet'>();
  return (
    <section class="card notice" aria-labelledby="sore-title">
      <h2 id="sore-title">{t('sore.title')}</h2>
      <p>{t('sore.question', { pain: props.pain })}</p>
      <Switch fallback={
        <div class="row">
          <button type="button" class="button" onClick={() => setAnswer('settled')}>{t('sore.settled')}</button>
          <button type="button" class="button" onClick={() => setAnswer('not-yet')}>{t('sore.notYet')}</button>
        </div>
      }>
        <Match when={answer() === 'settled'}><p role="status">{t('sore.settledReply')}</p></Match>
        <Match when={answer() === 'not-yet'}><p role="status"><strong>{t('sore.notYetReply')}</strong></p></Match>
      </Switch>
    </section>
  );
}
