import { Match, Show, Switch } from 'solid-js';
import type { PainAdvice } from '../../engine/clinical/pain-limits';
import type { PainKind } from '../../engine/clinical/pain-response';
import { t } from '../../i18n/messages';
import '../styles/feedback.css';
import '../../i18n/areas/feedback';
import { PainAftercare } from './PainAftercare';
import { focusWhenShown, keepTabInside } from './sheet-focus';

/** How the sheet answers: stop for today first; the exercise stopped, easier first; or noted, easier first. */
export type PainSheetMode = 'stop-for-today' | 'stopped' | 'noted';

/** What the pain answer shows: the exercise, the report, today's advice and the easier variant if there is one. */
export interface PainStopProps {
  mode: PainSheetMode;
  /** Whether the exercise itself stopped (over today's limit, or sharp, shooting or new pain). */
  stopped: boolean;
  name: string;
  level: number;
  kind?: PainKind | undefined;
  easierName?: string | undefined;
  leadInSeconds: number;
  isLast: boolean;
  advice: PainAdvice;
  emergencyNumber: string;
  onEasier: () => void;
  onCarryOn: () => void;
  onSkip: () => void;
  onStopForToday: () => void;
}

/** The easier variant as the first choice, with its get-ready lead-in said plainly. */
function EasierChoice(props: { name: string; leadInSeconds: number; onEasier: () => void }) {
  return (
    <>
      <button type="button" class="button primary wide" ref={focusWhenShown} onClick={() => props.onEasier()}>
        {t('painStop.easier', { name: props.name })}
      </button>
      <p class="muted hint">{t('painStop.easierHint', { seconds: props.leadInSeconds })}</p>
    </>
  );
}

/** After a pain report: answered by severity. The session waits, paused, until a choice is made. */
export function PainStopSheet(props: PainStopProps) {
  const severe = () => props.mode === 'stop-for-today';
  const title = () => (severe() ? t('painStop.todayTitle') : props.mode === 'stopped' ? t('painStop.title', { name: props.name }) : t('painStop.notedTitle', { level: props.level }));
  const body = () => {
    if (severe()) return t('painStop.todayBody', { level: props.level });
    if (props.mode === 'noted') return t('painStop.notedBody');
    return props.kind ? t(`painStop.kindBody.${props.kind}`) : t('painStop.body', { level: props.level });
  };
  return (
    <div class="sheet-backdrop">
      <div class="sheet pain-stop" classList={{ severe: severe() }} role="alertdialog" aria-modal="true"
        aria-labelledby="pain-stop-title" aria-describedby="pain-stop-body" onKeyDown={(e) => keepTabInside(e, e.currentTarget)}>
        <h2 id="pain-stop-title">{title()}</h2>
        <p id="pain-stop-body">{body()}</p>
        <Switch>
          <Match when={severe()}>
            <button type="button" class="button primary wide" ref={focusWhenShown} onClick={() => props.onStopForToday()}>
              {t('painStop.stopForToday')}
            </button>
            <PainAftercare advice={props.advice} emergencyNumber={props.emergencyNumber} headingId="pain-advice-title" />
            <button type="button" class="button quiet wide" onClick={() => props.onCarryOn()}>
              {props.stopped ? t('painStop.restHere') : t('painStop.carryOn')}
            </button>
          </Match>
          <Match when={true}>
            <Show when={props.easierName} fallback={<p class="muted">{t('painStop.noEasier')}</p>}>
              {(easier) => <EasierChoice name={easier()} leadInSeconds={props.leadInSeconds} onEasier={props.onEasier} />}
            </Show>
            <Show when={props.mode === 'noted'} fallback={
              <button type="button" class="button wide" ref={(el) => !props.easierName && focusWhenShown(el)} onClick={() => props.onSkip()}>
                {props.isLast ? t('painStop.finish') : t('painStop.skip')}
              </button>
            }>
              <button type="button" class="button wide" ref={(el) => !props.easierName && focusWhenShown(el)} onClick={() => props.onCarryOn()}>
                {t('painStop.carryOn')}
              </button>
            </Show>
            <button type="button" class="button quiet wide" onClick={() => props.onStopForToday()}>{t('painStop.stopForToday')}</button>
          </Match>
        </Switch>
      </div>
    </div>
  );
}
