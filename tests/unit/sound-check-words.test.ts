import { describe, expect, it } from 'vitest';
import { soundCheckWords } from '../../src/ui/components/sound-check-words';
import { t } from '../../src/i18n/messages';

const screenOff = { mode: 'screen-off' as const, screenOff: true };
const mix = { mode: 'mix' as const, screenOff: true };
const read = (...args: Parameters<typeof soundCheckWords>) => {
  const { summary, tips } = soundCheckWords(...args);
  return { summary: t(summary), tips: tips.map((tip) => t(tip)) };
};

describe('the words after a Test sound tap', () => {
  it('asks whether the chime and voice were heard, with nothing to fix yet', () => {
    expect(read('played', screenOff)).toEqual({ summary: 'Did you hear a chime and then a voice?', tips: [] });
  });

  it('when nothing was heard in "Mix with my music", names the volume, the iPhone silent mode and Bluetooth', () => {
    const { tips } = read('unheard', mix);
    expect(tips).toHaveLength(3);
    expect(tips.join(' ')).toMatch(/volume up/);
    expect(tips.join(' ')).toMatch(/silent mode/);
    expect(tips.join(' ')).toMatch(/Bluetooth/);
  });

  it('leaves the silent switch out with the screen-off mode, which plays through it', () => {
    expect(read('unheard', screenOff).tips.join(' ')).not.toMatch(/silent/);
  });

  it('mentions the silent switch in screen-off mode when this browser cannot use the media element', () => {
    expect(read('unheard', { mode: 'screen-off', screenOff: false }).tips.join(' ')).toMatch(/silent mode/);
  });

  it('says why sound could not start, in plain words, with what to do', () => {
    expect(read('blocked', screenOff).summary).toBe('The browser did not let the sound start.');
    expect(read('blocked', screenOff).tips.join(' ')).toMatch(/Test sound.*again/);
    expect(read('no-output', screenOff).summary).toMatch(/no speaker or headphones/);
    expect(read('no-output', screenOff).tips.join(' ')).toMatch(/Bluetooth/);
    expect(read('unsupported', screenOff).tips.join(' ')).toMatch(/show on the screen/);
    expect(read('off-in-app', screenOff).tips.join(' ')).toMatch(/Sound cues/);
  });

  it('confirms plainly when the person heard it', () => {
    expect(read('heard', mix)).toEqual({ summary: 'Good. Cues will sound like that during a session.', tips: [] });
  });
});
