import { t } from '../../i18n/messages';
import '../../i18n/areas/coach';

/** A gentle reminder on home while the precautions skipped at the first run are still unanswered. */
export function PrecautionsCard() {
  return (
    <section class="card notice" aria-labelledby="precautions-card-title">
      <h2 id="precautions-card-title">{t('precautions.card.title')}</h2>
      <p>{t('precautions.card.body')}</p>
      <a class="button primary" href="/precautions">{t('precautions.card.action')}</a>
    </section>
  );
}
