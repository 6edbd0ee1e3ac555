import { describe, expect, it } from 'vitest';
import { COMFORT_TIPS, TIP_TOPICS } from '../../src/engine/clinical/rules-comfort';
import { EMPTY_PROFILE } from '../../src/engine/clinical/check-in-types';
import { tipsFor, type TipContext } from '../../src/engine/clinical/comfort-tips';
import { clinicalMessages } from '../../src/i18n/en/clinical';
import { readFileSync, readdirSync } from 'node:fs';

/** The ids of the tips for a context. */
function tipIds(context: Partial<TipContext>): string[] {
  return tipsFor({ profile: EMPTY_PROFILE, tier: 'green', ...context }).map((tip) => tip.id);
}

/** The words of a tip. */
const words = (id: string): string => clinicalMessages[`tip.${id}` as keyof typeof clinicalMessages];

/** A moment in the app where each topic fits, and the tip it should show there. */
const MOMENTS: Record<(typeof TIP_TOPICS)[number], { context: Partial<TipContext>; tip: string }> = {
  'heat-cold': { context: { timeOfDay: 'morning' }, tip: 'morning-warmth' },
  posture: { context: {}, tip: 'posture' },
  pacing: { context: { tier: 'amber' }, tip: 'pacing' },
  weight: { context: { routineId: 'cardio-bone-health' }, tip: 'weight' },
  stress: { context: { routineId: 'back-spasm-relief' }, tip: 'stress' },
  smoking: { context: { routineId: 'bone-health', profile: { ...EMPTY_PROFILE, steroidsLongTerm: true } }, tip: 'smoking' },
  braces: { context: { hotJoints: ['hands-wrists'] }, tip: 'braces' },
  massage: { context: { routineId: 'back-spasm-relief' }, tip: 'massage' },
  'pain-relief': { context: { pain: 5, tier: 'amber' }, tip: 'pain-relief' },
  'injections-surgery': { context: { triage: 'see-doctor', tier: 'red' }, tip: 'injections-surgery' },
  sun: { context: { outdoorWalking: true, profile: { ...EMPTY_PROFILE, photosensitivity: true } }, tip: 'sun-protection' },
};

describe('comfort tips (README "Comfort tips")', () => {
  it('every topic of the care list has a tip, shown at a moment where it fits', () => {
    for (const topic of TIP_TOPICS) {
      const { context, tip } = MOMENTS[topic];
      expect(COMFORT_TIPS.find((t) => t.id === tip)?.topic, topic).toBe(topic);
      expect(tipIds(context), topic).toContain(tip);
      expect(words(tip), tip).toMatch(/\w/);
    }
  });

  it('never suggests heat on a day with a hot or swollen joint: rest, support and a cool cloth-wrapped compress instead', () => {
    const hot = tipIds({ hotJoints: ['knees'], timeOfDay: 'morning' });
    expect(hot).not.toEqual(expect.arrayContaining(['heat-or-cold']));
    expect(hot).not.toContain('morning-warmth');
    expect(hot).toContain('hot-joint-cool');
    expect(words('hot-joint-cool')).toMatch(/cool \(never icy\) compress wrapped in a cloth/);
    expect(words('hot-joint-cool')).toMatch(/No heat/);
  });

  it("with Raynaud's on a hot-joint day: rest and support, no heat on the joint and no cold pack", () => {
    const tips = tipIds({ hotJoints: ['hips'], profile: { ...EMPTY_PROFILE, raynauds: true } });
    expect(tips).toContain('hot-joint-raynauds');
    expect(tips).not.toContain('hot-joint-cool');
    expect(tips).not.toContain('raynauds-warmth');
  });

  it("Raynaud's → heat, never cold packs, and a warm-clothing reminder", () => {
    const tips = tipIds({ profile: { ...EMPTY_PROFILE, raynauds: true } });
    expect(tips).toContain('raynauds-warmth');
    expect(tips).not.toContain('heat-or-cold');
    for (const id of tips) expect(words(id)).not.toMatch(/cool pack|ice/i);
    expect(words('raynauds-warmth')).toMatch(/gloves/);
  });

  it('photosensitivity → sun protection on outdoor walking only', () => {
    const profile = { ...EMPTY_PROFILE, photosensitivity: true };
    expect(tipIds({ profile, outdoorWalking: true })).toContain('sun-protection');
    expect(tipIds({ profile })).not.toContain('sun-protection');
    expect(tipIds({ outdoorWalking: true })).not.toContain('sun-protection');
  });

  it('amber and red days → pacing; red days → rest and contact the team if the flare lasts', () => {
    expect(tipIds({ tier: 'amber' })).toContain('pacing');
    expect(tipIds({ tier: 'red' })).toEqual(expect.arrayContaining(['pacing', 'flare-rest']));
    expect(tipIds({})).not.toContain('pacing');
  });

  it('never gives medication advice beyond "ask your doctor"', () => {
    for (const tip of COMFORT_TIPS) {
      const text = words(tip.id);
      expect(text).not.toMatch(/ibuprofen|acetaminophen|paracetamol|nsaid|prednisone|\bdose\b|naproxen/i);
      if (/medicine|pain relief|tablet/i.test(text)) expect(text).toMatch(/ask your doctor/i);
    }
  });
});

describe('no heat in fixed words (CLINICAL.md section 7: never heat on a joint reported hot or swollen today)', () => {
  it('no exercise or routine text suggests heat or warmth, which would show on a hot-joint day too; the tips decide when', () => {
    const folders = ['exercises/', 'exercises/routines/', 'exercises/es/', 'exercises/es/routines/'];
    const heat = /\b(heat|warmth|warm (pack|shower|bath|compress|towel))\b|\b(calor|baño caliente|ducha caliente)\b/i;
    const found = folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.json'))
      .filter((f) => heat.test(readFileSync(`${folder}${f}`, 'utf8'))).map((f) => `${folder}${f}`));
    expect(found).toEqual([]);
  });
});
