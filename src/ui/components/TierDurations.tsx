import { For } from 'solid-js';
import type { Tier } from '../../engine/content/content-types';
import { t } from '../../i18n/messages';
import '../../i18n/areas/library';

/** How long a routine takes on one kind of day; `ms` is undefined when nothing in it suits that day. */
export interface TierDuration {
  tier: Tier;
  ms: number | undefined;
}

/** The estimated length of a routine on a good, careful and flare day. */
export function TierDurations(props: { durations: readonly TierDuration[] }) {
  return (
    <section class="card" aria-labelledby="duration-title">
      <h2 id="duration-title">{t('routine.duration')}</h2>
      <ul class="tier-list">
        <For each={props.durations}>
          {({ tier, ms }) => (
            <li class={`tier-${tier}`}>
              <span class="dot" aria-hidden="true" />
              {ms === undefined
                ? t('routine.notOnTier', { tier: t(`tier.${tier}`) })
                : t('routine.durationTier', { tier: t(`tier.${tier}`), minutes: Math.max(1, Math.round(ms / 60_000)) })}
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
