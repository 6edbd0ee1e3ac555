import { Show } from 'solid-js';
import { t } from '../../i18n/messages';

/** An exercise illustration, or a calm placeholder where there is none. */
export function Illustration(props: { src: string | undefined; alt: string }) {
  return (
    <Show when={props.src} fallback={<div class="illustration missing" role="img" aria-label={props.alt}>{t('player.illustrationMissing')}</div>}>
      {(src) => <img class="illustration" src={src()} alt={props.alt} />}
    </Show>
  );
}
