import type { ProfileFlag } from '../../engine/clinical/check-in-types';
import { LONG_TERM_STEROID_MG_PER_DAY } from '../../engine/clinical/rules-precautions';
import { formatNumber } from '../../i18n/format';
import { t } from '../../i18n/messages';
import '../../i18n/areas/library';

/** A precaution profile item in words, its numbers written the region's way ("2.5 mg", "2,5 mg"). */
export function profileFlagWords(flag: ProfileFlag): string {
  return t(`profile.${flag}`, { dose: formatNumber(LONG_TERM_STEROID_MG_PER_DAY) });
}
