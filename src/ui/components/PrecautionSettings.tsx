import { For } from 'solid-js';
import type { PrecautionProfile, ProfileFlag } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import '../../i18n/en/library';

const FLAGS: readonly ProfileFlag[] = [
  'steroidsLongTerm', 'osteoporosis', 'vertebralFracture', 'avnHip', 'hipReplacement',
  'clearedBySpecialist', 'bloodThinners', 'raynauds', 'photosensitivity',
];

/** The precaution profile as a card of checkboxes in plain words (until onboarding asks these). */
export function PrecautionSettings(props: { profile: PrecautionProfile; onChange(profile: PrecautionProfile): void }) {
  return (
    <section class="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <p class="muted">{t('profile.intro')}</p>
      <For each={FLAGS}>
        {(flag) => (
          <label class="field check-field">
            <input type="checkbox" checked={props.profile[flag]}
              onChange={(e) => props.onChange({ ...props.profile, [flag]: e.currentTarget.checked })} />
            <span>{t(`profile.${flag}`)}</span>
          </label>
        )}
      </For>
    </section>
  );
}
