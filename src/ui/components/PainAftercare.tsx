import type { PainAdvice } from '../../engine/clinical/pain-limits';
import { t } from '../../i18n/messages';
import '../../i18n/areas/feedback';

/** What to do now after a lot of pain: rest, the right compress for today, and when to call for help. */
export function PainAftercare(props: { advice: PainAdvice; emergencyNumber: string; headingId: string }) {
  return (
    <section class="aftercare" aria-labelledby={props.headingId}>
      <h3 id={props.headingId}>{t('aftercare.title')}</h3>
      <ul>
        <li>{t('aftercare.rest')}</li>
        <li>{t(`aftercare.compress.${props.advice.compress}`)}</li>
        <li>{t('aftercare.call', { hours: props.advice.settleWithinHours })}</li>
        <li>{t('aftercare.emergency', { number: props.emergencyNumber })}</li>
      </ul>
    </section>
  );
}
