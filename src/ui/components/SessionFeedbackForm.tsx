import { createSignal, Match, Show, Switch } from 'solid-js';
import type { Effort } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import type { Feedback } from '../../state/create-feedback';
import { ChoiceGroup } from './ChoiceGroup';
import '../styles/feedback.css';
import '../../i18n/areas/feedback';

const PAIN = Array.from({ length: 11 }, (_, level) => ({ value: level, label: String(level) }));
const EFFORT: readonly Effort[] = ['too-easy', 'about-right', 'too-hard'];

/** After a session: pain now (0–10) and effort, with large buttons; then what that means for the next session. */
export function SessionFeedbackForm(props: { feedback: Feedback }) {
  const fb = props.feedback;
  const done = () => fb.status() === 'saved';
  const [tried, setTried] = createSignal(false);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    setTried(true);
    void fb.submit();
  };
  return (
    <form class="feedback card" aria-labelledby="feedback-title" onSubmit={submit}>
      <h2 id="feedback-title">{t('feedback.title')}</h2>
      <fieldset class="feedback-fields" disabled={done()}>
        <ChoiceGroup class="pain-choices" legend={t('feedback.painNow')} hint={t('feedback.painHint')} choices={PAIN}
          selected={fb.painAfter()} onSelect={(level) => fb.setPainAfter(level)} />
        <ChoiceGroup class="effort-choices" legend={t('feedback.effort')} selected={fb.effort()} onSelect={(effort) => fb.setEffort(effort)}
          choices={EFFORT.map((value) => ({ value, label: t(`feedback.effort.${value}`) }))} />
      </fieldset>
      <Show when={!done()}>
        <button type="submit" class="button primary wide" aria-disabled={fb.effort() === undefined || fb.status() === 'saving'}>
          {fb.status() === 'saving' ? t('feedback.saving') : t('feedback.save')}
        </button>
      </Show>
      <div role="status" aria-live="polite" class="feedback-status">
        <Switch>
          <Match when={tried() && fb.effort() === undefined}>
            <p class="muted">{t('feedback.chooseEffort')}</p>
          </Match>
          <Match when={fb.status() === 'failed'}><p class="notice warn">{t('feedback.failed', { reason: fb.error() ?? '' })}</p></Match>
          <Match when={fb.level()}>
            {(level) => <p class="notice level-note"><strong>{t('feedback.saved')}</strong> {t(`level.${level().reason}`)}</p>}
          </Match>
        </Switch>
      </div>
    </form>
  );
}
