import { Show } from 'solid-js';
import { t } from '../../i18n/messages';
import '../../i18n/areas/player';

/** How much one tap adds to a rest. */
export const REST_EXTRA_SECONDS = 30;

/**
 * The smaller moves beside the instruction: a longer rest (during one), and the rest of this step skipped; neither
 * while the session waits for the person (Start is the one thing to do then).
 */
export function PlayerExtras(props: { restful: boolean; lastStep: boolean; waiting: boolean; onLonger(): void; onNextStep(): void }) {
  return (
    <div class="player-extras">
      <Show when={props.restful && !props.waiting}>
        <button type="button" class="button quiet" onClick={() => props.onLonger()}>{t('player.longerRest', { seconds: REST_EXTRA_SECONDS })}</button>
      </Show>
      <Show when={!props.lastStep && !props.waiting}>
        <button type="button" class="button quiet" onClick={() => props.onNextStep()}>{t('player.nextStep')}</button>
      </Show>
    </div>
  );
}
