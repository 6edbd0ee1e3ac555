import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exercise, holds, reps } from './session-fixtures';
import type { SessionSection } from '../../src/engine/clinical/routine-plan';
import type { DueCue } from '../../src/engine/session/cues';
import type { Language } from '../../src/engine/records/settings';
import { planSession, type PlannedExercise } from '../../src/engine/session/session-plan';
import { cuesBetween } from '../../src/engine/session/session-cues';
import { hasTone, SPRITE } from '../../src/audio/sprite';
import { CLEAR_BEFORE_NEXT_MS, wordsAfter } from '../../src/audio/spoken-words';
import { makeUpcomingCues } from '../../src/audio/upcoming-cues';
import type { PlacedCues } from '../../src/audio/placed-cues';

// Nothing here is timed: every moment is a position in the session's plan (ms from the Start tap), and every phrase
// lasts what its rendered file says (src/audio/speech/speech-<lang>.json). A word "over" a tick is an overlap of
// those positions, the same on any machine.

const LANGUAGES = ['en', 'es-419'] as const;
const exerciseIds = readdirSync('exercises').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
const phraseMs = (language: string) => {
  const json = JSON.parse(readFileSync(`src/audio/speech/speech-${language}.json`, 'utf8')) as Record<string, [number, number]>;
  return (key: string) => (key.startsWith('_') ? undefined : json[key]?.[1]);
};

/** One spoken phrase or tone, where it sits in the plan. */
interface Sound { key: string; from: number; to: number; cue: DueCue }

/** Every cue of a plan, placed as the cue player places them: each with the room the upcoming cues give it. */
function heardIn(plan: ReturnType<typeof planSession>, language: Language): Sound[] {
  const lasts = phraseMs(language);
  const speech = { ready: () => true, durationMs: lasts };
  const prefs = { sound: true, voice: true, speakNames: true, volume: 1, vibration: false, language };
  const sounds: Sound[] = [];
  const placed = new Set<string>();
  const clock: PlacedCues = { place: () => true, take: () => undefined, cancelAll: () => undefined, has: (cue, at) => placed.has(`${cue}@${at}`) };
  const upcoming = makeUpcomingCues(clock, (due, roomMs) => {
    placed.add(`${due.cue}@${due.at}`);
    if (hasTone(due.cue)) sounds.push({ key: due.cue, from: due.at, to: due.at + (SPRITE[due.cue]?.[1] ?? 0), cue: due });
    for (const w of wordsAfter(due, prefs, speech, roomMs)) sounds.push({ key: w.key, from: w.atMs, to: w.atMs + (lasts(w.key) ?? 0), cue: due });
  }, () => -1);
  upcoming.add(cuesBetween(plan, 0, 0, -1, plan.totalMs));
  upcoming.fill(); // the last cue (the closing chime) waits for nothing after it
  return sounds;
}

/** Two of the same exercise, each opening a part: the first lead-in, a change of exercise, sides, rests and holds. */
function planFor(id: string, perSide: boolean): ReturnType<typeof planSession> {
  const inPart = (planned: PlannedExercise, section: SessionSection) => ({ ...planned, section });
  return planSession([inPart(exercise(id, reps(2, 3, perSide)), 'warm-up'), inPart(exercise(id, holds(1, 2, 10, perSide)), 'cool-down')]);
}

describe.each(LANGUAGES)('the words said in a session in %s', (language) => {
  it.each([false, true])('never run into the next cue, countdown ticks included, for every exercise (one-sided: %s)', (perSide) => {
    for (const id of exerciseIds) {
      const plan = planFor(id, perSide);
      const cues = cuesBetween(plan, 0, 0, -1, plan.totalMs);
      const sounds = heardIn(plan, language);
      for (const word of sounds.filter((s) => !hasTone(s.key as DueCue['cue']))) {
        const next = cues.find((c) => c.at > word.cue.at);
        if (next) expect(word.to, `${id}: ${word.key} runs into ${next.cue}`).toBeLessThanOrEqual(next.at - CLEAR_BEFORE_NEXT_MS);
      }
      // The ticks themselves, as a person hears them: no phrase sounds at the same time as one.
      for (const tick of sounds.filter((s) => s.key.startsWith('countdown-'))) {
        const over = sounds.filter((s) => s !== tick && s.from < tick.to && s.to > tick.from).map((s) => s.key);
        expect(over, `${id}: ${tick.key} at ${tick.from}`).toEqual([]);
      }
    }
  });

  it.each([false, true])('still say the exercise\'s name and the side to be worked, for every exercise (one-sided: %s)', (perSide) => {
    for (const id of exerciseIds) {
      const sounds = heardIn(planFor(id, perSide), language);
      const saidAfter = (cue: DueCue['cue']) => sounds.filter((s) => s.cue.cue === cue).map((s) => s.key);
      expect(saidAfter('get-ready'), id).toContain(`name-${id}`);
      expect(saidAfter('next-exercise'), id).toContain(`name-${id}`);
      if (!perSide) continue;
      expect(saidAfter('get-ready'), id).toContain('side-left');
      expect(saidAfter('next-exercise'), id).toContain('side-left');
      expect(saidAfter('switch-sides'), id).toContain('side-right');
    }
  });

  it('keep the prompts of the steps between, and say an introduction in its natural order', () => {
    const sounds = heardIn(planFor('bridge', true), language);
    const saidAfter = (cue: DueCue['cue']) => sounds.filter((s) => s.cue.cue === cue).map((s) => s.key);
    expect(saidAfter('exercise-done')).toEqual(['exercise-done', 'voice-exercise-done']);
    expect(saidAfter('rest')).toEqual(['rest', 'voice-rest']);
    expect(saidAfter('release')).toEqual(['release', 'voice-release', 'release', 'voice-release']);
    // Whatever had to be left out, what is said keeps its order: prompt, part, name, side.
    const order = ['voice-next-exercise', 'part-cool-down', 'name-bridge', 'side-left'];
    const said = saidAfter('next-exercise').filter((k) => k !== 'next-exercise');
    expect(said).toEqual(order.filter((k) => said.includes(k)));
  });
});
