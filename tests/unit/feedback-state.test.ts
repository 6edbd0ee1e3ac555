import { describe, expect, it } from 'vitest';
import type { LevelChange } from '../../src/engine/clinical/progression';
import { createFeedback } from '../../src/state/create-feedback';
import type { SessionFeedback } from '../../src/engine/records/session-record';

const LEVEL: LevelChange = { level: 1, change: 'up', reason: 'step-up' };

describe('createFeedback', () => {
  it('saves pain now and effort once effort is chosen, then holds the level that follows', async () => {
    const saved: Omit<SessionFeedback, 'sessionId'>[] = [];
    const fb = createFeedback({ save: async (answers) => { saved.push(answers); return LEVEL; } });
    fb.setPainAfter(2);
    await fb.submit();
    expect(saved).toEqual([]);
    fb.setEffort('about-right');
    await fb.submit();
    await fb.submit();
    expect(saved).toEqual([{ effort: 'about-right', painAfter: 2 }]);
    expect(fb.status()).toBe('saved');
    expect(fb.level()).toEqual(LEVEL);
  });

  it('leaves pain out when it was not given, and reports a failed save so it can be tried again', async () => {
    let fail = true;
    const fb = createFeedback({ save: async (answers) => {
      expect(answers).toEqual({ effort: 'too-hard' });
      if (fail) throw new Error('disk full');
      return LEVEL;
    } });
    fb.setEffort('too-hard');
    await fb.submit();
    expect(fb.status()).toBe('failed');
    expect(fb.error()).toBe('disk full');
    fail = false;
    await fb.submit();
    expect(fb.status()).toBe('saved');
  });
});
