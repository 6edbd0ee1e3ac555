import { For, Show } from 'solid-js';
import {
  HIP_APPROACHES, PROFILE_FLAGS, type HipApproach, type PrecautionProfile, type ProfileFlag,
} from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import { ChoiceCards } from './ChoiceCards';
import { profileFlagWords } from './profile-words';
import '../styles/coach.css';
import '../../i18n/areas/library';

const APPROACHES = HIP_APPROACHES.map((value) => ({ value, label: t(`profile.hipReplacementApproach.${value}`) }));

/** The precaution profile in plain words: onboarding and settings both show it. */
export function PrecautionSettings(props: { profile: PrecautionProfile; onChange(profile: PrecautionProfile): void }) {
  const set = (flag: ProfileFlag, value: boolean) => props.onChange({ ...props.profile, [flag]: value });
  const setApproach = (hipReplacementApproach: HipApproach) => props.onChange({ ...props.profile, hipReplacementApproach });
  return (
    <section class="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{t('profile.title')}</h2>
      <p class="muted">{t('profile.intro')}</p>
      <For each={PROFILE_FLAGS}>
        {(flag) => (
          <>
            <label class="field check-field">
              <input type="checkbox" checked={props.profile[flag]} onChange={(e) => set(flag, e.currentTarget.checked)} />
              <span>{profileFlagWords(flag)}</span>
            </label>
            <Show when={flag === 'hipReplacement' && props.profile.hipReplacement}>
              <div class="profile-follow-up">
                <ChoiceCards id="profile-hip-approach" name="hip-approach" legend={t('profile.hipReplacementApproach')}
                  choices={APPROACHES} value={props.profile.hipReplacementApproach} onChange={setApproach} />
                <p class="muted small">{t('profile.hipReplacementApproach.hint')}</p>
              </div>
            </Show>
            <Show when={flag === 'activeMyositis' && props.profile.activeMyositis}>
              <p class="notice profile-follow-up" role="note">{t('profile.activeMyositis.note')}</p>
            </Show>
          </>
        )}
      </For>
    </section>
  );
}
