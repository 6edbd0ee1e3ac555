import { For } from 'solid-js';
import { CARE_ROLES, readCareTeam, type CareRole, type CareTeam } from '../../engine/records/care-team';
import { t } from '../../i18n/messages';
import '../styles/coach.css';
import '../../i18n/areas/triage';

/** The care team's names and numbers, so the safety screens can offer a call button (kept on this device only). */
export function CareTeamSettings(props: { team: CareTeam; onChange(team: CareTeam): void }) {
  const set = (role: CareRole, field: 'name' | 'phone', value: string) =>
    props.onChange(readCareTeam({ ...props.team, [role]: { ...props.team[role], [field]: value } }));
  return (
    <section class="card stack" aria-labelledby="care-team-title">
      <h2 id="care-team-title">{t('careTeam.title')}</h2>
      <p class="muted">{t('careTeam.intro')}</p>
      <For each={CARE_ROLES}>
        {(role) => (
          <fieldset class="care-contact">
            <legend>{t(`careTeam.heading.${role}`)}</legend>
            <label class="text-field">
              <span>{t('careTeam.name')}</span>
              <input type="text" autocomplete="off" maxLength={100} value={props.team[role].name}
                onChange={(e) => set(role, 'name', e.currentTarget.value)} />
            </label>
            <label class="text-field">
              <span>{t('careTeam.phone')}</span>
              <input type="tel" inputmode="tel" autocomplete="off" maxLength={30} value={props.team[role].phone}
                onChange={(e) => set(role, 'phone', e.currentTarget.value)} />
            </label>
          </fieldset>
        )}
      </For>
    </section>
  );
}
