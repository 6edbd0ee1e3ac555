import type { HotRegion, TierReason } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import { formatList } from '../../i18n/format';
import '../../i18n/areas/coach';

/** Joint regions in words: "knees", "knees and hands or wrists", "hips, knees and ankles or feet". */
export function jointWords(regions: readonly HotRegion[]): string {
  return formatList(regions.map((region) => t(`joint.${region}`)));
}

/** One answer that decided today's tier, in words ("pain 6/10", "hot or swollen knees"). */
export function tierReasonWords(reason: TierReason): string {
  switch (reason.code) {
    case 'flare': return t(`dayTier.reason.flare.${reason.value}`);
    case 'pain': return t('dayTier.reason.pain', { value: reason.value });
    case 'fatigue': return t('dayTier.reason.fatigue', { value: reason.value });
    case 'hot-joints': return t('dayTier.reason.hot-joints', { regions: jointWords(reason.value) });
  }
}
