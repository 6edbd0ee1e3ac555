import { For } from 'solid-js';
import { HOT_REGIONS, type HotRegion } from '../../engine/clinical/check-in-types';
import { t } from '../../i18n/messages';
import '../../i18n/areas/coach';
import '../styles/check-in.css';

/**
 * Which joints are hot or swollen today: "None" in one tap, or any number of regions. `value` is undefined
 * until answered; an empty list is "None".
 */
export function HotJointsField(props: { id: string; value: readonly HotRegion[] | undefined; onChange(value: HotRegion[]): void }) {
  const has = (region: HotRegion) => props.value?.includes(region) ?? false;
  const toggle = (region: HotRegion, on: boolean) => {
    const others = (props.value ?? []).filter((r) => r !== region);
    props.onChange(on ? HOT_REGIONS.filter((r) => r === region || others.includes(r)) : others);
  };
  return (
    <fieldset class="choices compact hot-joints" id={props.id}>
      <legend>{t('checkIn.hot')}</legend>
      <label class="choice">
        <input type="checkbox" checked={props.value?.length === 0} onChange={(e) => e.currentTarget.checked && props.onChange([])} />
        <span class="choice-label">{t('checkIn.hot.none')}</span>
      </label>
      <For each={HOT_REGIONS}>
        {(region) => (
          <label class="choice">
            <input type="checkbox" checked={has(region)} onChange={(e) => toggle(region, e.currentTarget.checked)} />
            <span class="choice-label">{t(`checkIn.hot.${region}`)}</span>
          </label>
        )}
      </For>
    </fieldset>
  );
}
