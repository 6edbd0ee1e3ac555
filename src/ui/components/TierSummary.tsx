import { Show } from 'solid-js';
import type { TierDecision } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import { formatList } from '../../i18n/format';
import { tierReasonWords } from './tier-words';
import '../../i18n/areas/coach';

/** Today's tier in plain words with the answers that decided it. */
export function TierSummary(props: { decision: TierDecision; headingLevel?: 2 | 3 }) {
  const words = () => t(`dayTier.${props.decision.tier}`);
  return (
    <div class={`tier-summary tier-${props.decision.tier}`}>
      <p class="tier-words"><span class="dot" aria-hidden="true" />{words()}</p>
      <Show when={props.decision.reasons.length > 0}>
        <p class="muted">{t('dayTier.because', { reasons: formatList(props.decision.reasons.map(tierReasonWords)) })}</p>
      </Show>
    </div>
  );
}
