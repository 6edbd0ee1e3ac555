import type { AudioMode } from '../../engine/records/settings';
import type { MessageKey } from '../../i18n/messages';
import type { AppState } from '../../state/create-app';
import '../../i18n/areas/sound';

/** What the Test sound tap found (src/audio/sound-check.ts), or what the person answered after it played. */
export type SoundCheckView = Awaited<ReturnType<AppState['testSound']>> | 'heard' | 'unheard';

/** What shapes the advice: the chosen sound mode, and whether this browser can play through the media element. */
export interface SoundCheckSetting {
  mode: AudioMode;
  screenOff: boolean;
}

/** The sentence that sums up a test's result, and the plain things to check when nothing was heard. */
export function soundCheckWords(view: SoundCheckView, setting: SoundCheckSetting): { summary: MessageKey; tips: MessageKey[] } {
  // The silent switch mutes sound that goes straight out (mix mode, or a browser without the media element path).
  const silent: MessageKey[] = setting.mode === 'mix' || !setting.screenOff ? ['sound.tip.silentSwitch'] : [];
  switch (view) {
    case 'played': return { summary: 'sound.test.question', tips: [] };
    case 'heard': return { summary: 'sound.test.heard', tips: [] };
    case 'unheard': return { summary: 'sound.test.unheard', tips: ['sound.tip.volume', ...silent, 'sound.tip.bluetooth'] };
    case 'off-in-app': return { summary: 'sound.test.offInApp', tips: ['sound.tip.turnOn'] };
    case 'blocked': return { summary: 'sound.test.blocked', tips: ['sound.tip.tryAgain', 'sound.tip.otherApp'] };
    case 'no-output': return { summary: 'sound.test.noOutput', tips: ['sound.tip.bluetooth', 'sound.tip.headphones'] };
    case 'unsupported': return { summary: 'sound.test.unsupported', tips: ['sound.tip.browser', 'sound.tip.screenCues'] };
  }
}
