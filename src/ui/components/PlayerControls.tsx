import { Show } from 'solid-js';
import { t } from '../../i18n/messages';
import { Icon } from './Icon';
import '../../i18n/areas/player';

/** What the player's buttons do; each handler gets the button, so a sheet can hand focus back to it. */
export interface PlayerControlActions {
  pain(from: HTMLElement): void;
  end(from: HTMLElement): void;
  back(): void;
  toggle(): void;
  skip(): void;
}

/**
 * The five controls, in the same place in every phase: Pain and End above, Back, Pause and Skip below
 * (player.css keeps the bar its own row, so nothing ever covers it).
 */
export function PlayerControls(props: { paused: boolean; waiting: boolean; actions: PlayerControlActions }) {
  return (
    <div class="player-bar">
      <div class="player-bar-top">
        <button type="button" class="button pain-button" onClick={(e) => props.actions.pain(e.currentTarget)}>{t('player.pain')}</button>
        <button type="button" class="button quiet" onClick={(e) => props.actions.end(e.currentTarget)}>
          <Icon name="stop" />{t('player.end')}
        </button>
      </div>
      <div class="controls">
        <button type="button" class="button" onClick={() => props.actions.back()}><Icon name="back" />{t('player.back')}</button>
        {/* One button whose label flips, so keyboard focus stays on it across pause and resume. */}
        <button type="button" class="button primary" onClick={() => props.actions.toggle()}>
          <Show when={props.paused} fallback={<><Icon name="pause" />{t('player.pause')}</>}>
            <Icon name="play" />{props.waiting ? t('player.startNext') : t('player.resume')}
          </Show>
        </button>
        <button type="button" class="button" onClick={() => props.actions.skip()}><Icon name="skip" />{t('player.skip')}</button>
      </div>
    </div>
  );
}
