import { createEffect, Show } from 'solid-js';
import { t } from '../../i18n/messages';
import { createFigure } from './create-figure';
import { ghostedFigure, pairedFigure } from './figure-frames';
import '../styles/figure.css';

/**
 * An exercise's figure as a still picture in the theme's colours: the start and end poses side by side
 * ('pair', the default) or the end pose over a faint start pose ('end'). An empty alt marks it
 * decorative (hidden from assistive tech), as for an <img alt="">. For a moving figure see Demonstration.
 */
export function Illustration(props: { src: string | undefined; alt: string; frames?: 'pair' | 'end' }) {
  const { figure, failed } = createFigure(() => props.src);
  let host!: HTMLDivElement;
  createEffect(() => {
    const template = figure();
    if (!template) host?.replaceChildren();
    else host.replaceChildren(props.frames === 'end' ? ghostedFigure(template) : pairedFigure(template));
  });
  return (
    <Show when={props.src && !failed()} fallback={<div class="illustration missing" role="img" aria-label={props.alt}>{t('player.illustrationMissing')}</div>}>
      <div ref={host} class="figure illustration" role={props.alt ? 'img' : undefined} aria-label={props.alt || undefined}
        aria-hidden={props.alt ? undefined : 'true'} />
    </Show>
  );
}
