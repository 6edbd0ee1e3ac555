import { For } from 'solid-js';
import type { LanguageChoice } from '../../engine/records/settings';
import { LANGUAGES } from '../../i18n/language';
import { t } from '../../i18n/messages';

const CHOICES: readonly LanguageChoice[] = ['device', ...LANGUAGES];

/** The app's language: the device's, or one picked by hand; each language is named in its own words. */
export function LanguageSetting(props: { choice: LanguageChoice; onChange(choice: LanguageChoice): void }) {
  return (
    <div class="card">
      <label class="text-field">
        <span>{t('settings.language')}</span>
        <select onChange={(e) => props.onChange(e.currentTarget.value as LanguageChoice)}>
          <For each={CHOICES}>
            {(choice) => <option value={choice} selected={props.choice === choice}>{t(`settings.language.${choice}`)}</option>}
          </For>
        </select>
      </label>
    </div>
  );
}
