import { describe, expect, it } from 'vitest';
import { COMFORT_TIPS } from '../../src/engine/clinical/rules';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { tipsFor, type TipContext } from '../../src/engine/clinical/comfort-tips';

/** The ids of the tips for a context. */
function tipIds(context: Partial<TipContext>): string[] {
  return tipsFor({ profile: EMPTY_PROFILE, tier: 'green', ...context }).map((tip) => tip.id);
}

describe('comfort tips (CLINICAL.md sections 4 and 7)', () => {
  it("Raynaud's → heat, never cold packs, and a warm-clothing reminder", () => {
    const tips = tipsFor({ profile: { ...EMPTY_PROFILE, raynauds: true }, tier: 'green' });
    expect(tips.map((t) => t.id)).toContain('raynauds-warmth');
    expect(tips.map((t) => t.id)).not.toContain('heat-or-cold');
    for (const tip of tips) expect(tip.text).not.toMatch(/cool pack|ice/i);
    expect(tips.find((t) => t.id === 'raynauds-warmth')?.text).toMatch(/gloves/);
  });

  it('photosensitivity → sun protection on outdoor walking only', () => {
    const profile = { ...EMPTY_PROFILE, photosensitivity: true };
    expect(tipIds({ profile, outdoorWalking: true })).toContain('sun-protection');
    expect(tipIds({ profile })).not.toContain('sun-protection');
    expect(tipIds({ outdoorWalking: true })).not.toContain('sun-protection');
  });

  it('morning routine → warmth first', () => {
    expect(tipIds({ timeOfDay: 'morning' })).toContain('morning-warmth');
    expect(tipIds({ timeOfDay: 'evening' })).not.toContain('morning-warmth');
  });

  it('amber and red days → pacing; red days → rest and contact the team if the flare lasts', () => {
    expect(tipIds({ tier: 'amber' })).toContain('pacing');
    expect(tipIds({ tier: 'red' })).toEqual(expect.arrayContaining(['pacing', 'flare-rest']));
    expect(tipIds({})).not.toContain('pacing');
  });

  it('posture and pain-settling tips always apply', () => {
    expect(tipIds({})).toEqual(expect.arrayContaining(['posture', 'pain-settles']));
  });

  it('never gives medication advice beyond "ask your doctor"', () => {
    for (const tip of COMFORT_TIPS) {
      expect(tip.text).not.toMatch(/ibuprofen|acetaminophen|paracetamol|nsaid|prednisone|dose|tablet|cream|injection/i);
      if (/medicine|pain relief/i.test(tip.text)) expect(tip.text).toMatch(/ask your doctor/i);
    }
  });
});
