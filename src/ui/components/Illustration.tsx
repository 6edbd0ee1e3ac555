import { Show } from 'solid-js';
import { t } from '../../i18n/messages';

/**
 * An exercise illustration in the text colour of the current theme. The SVG is used as a CSS
 * mask because an <img> cannot pass `currentColor` into an SVG file: it would stay black on dark.
 * An empty alt marks it decorative (hidden from assistive tech), as for an <img alt="">.
 */
export function Illustration(props: { src: string | undefined; alt: string }) {
  return (
    <Show when={props.src} fallback={<div class="illustration missing" role="img" aria-label={props.alt}>{t('player.illustrationMissing')}</div>}>
      {(src) => <div class="illustration" role={props.alt ? 'img' : undefined} aria-label={props.alt || undefined}
        aria-hidden={props.alt ? undefined : 'true'} style={{ '--art': `url("${src()}")` }} />}
    </Show>
  );
}
