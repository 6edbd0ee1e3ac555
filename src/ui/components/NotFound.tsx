import { t } from '../../i18n/messages';
import { TopBar } from './TopBar';

/** A page for an id that is not in the library: says so and offers the way back to the library. */
export function NotFound(props: { title: string }) {
  return (
    <section class="stack" aria-labelledby="not-found-title">
      <TopBar title={props.title} titleId="not-found-title" back="/library" backLabel={t('nav.library')} />
    </section>
  );
}
