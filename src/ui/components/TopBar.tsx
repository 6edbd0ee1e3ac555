import type { JSX } from 'solid-js';
import { t } from '../../i18n/messages';

/** A page heading with a back link (a plain link; the app's click handler routes it). */
export function TopBar(props: { title: string; titleId: string; back: string; backLabel?: string; children?: JSX.Element }) {
  return (
    <div class="topbar page-bar">
      <a class="button quiet back" href={props.back}>
        <span aria-hidden="true">←</span> {props.backLabel ?? t('nav.back')}
      </a>
      {props.children}
      <h1 id={props.titleId}>{props.title}</h1>
    </div>
  );
}
