import { describe, expect, it } from 'vitest';
import { detectAudioSupport } from '../../src/audio/audio-support';

class FakeStreamNode {}
const mediaElement = { prototype: { srcObject: null } };

describe('what this phone supports, said plainly', () => {
  it('an iPhone on iOS 17+ has screen-off playback, the silent-switch session, wake lock and lock-screen buttons', () => {
    const nav = { audioSession: { type: 'auto' }, wakeLock: {}, mediaSession: {} };
    expect(detectAudioSupport({ navigator: nav, MediaStreamAudioDestinationNode: FakeStreamNode, HTMLMediaElement: mediaElement }))
      .toEqual({ screenOff: true, playbackSession: true, wakeLock: true, lockScreenControls: true });
  });

  it('an older browser without stream nodes or wake lock is told so, not promised screen-off coaching', () => {
    expect(detectAudioSupport({ navigator: {}, HTMLMediaElement: mediaElement }))
      .toEqual({ screenOff: false, playbackSession: false, wakeLock: false, lockScreenControls: false });
  });
});
