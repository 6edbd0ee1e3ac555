/** Answers the daily check-in the way a person does, by role and label: one tap for each answer. */
import type { Page } from 'playwright-core';
import { EMPTY_PROFILE, type FlareState } from '../../src/engine/clinical/check-in-types';
import { questionsFor } from '../../src/engine/clinical/triage';
import { triageMessages } from '../../src/i18n/en/triage';

/** The safety questions asked with no precautions set. */
// The fever question's threshold as an en-US browser writes it (src/ui/components/triage-words.ts).
const THRESHOLDS: Record<string, string> = { celsius: '38.3°C', fahrenheit: '101°F' };
export const QUESTIONS = questionsFor(EMPTY_PROFILE).map((q) => ({
  ...q, question: triageMessages[`triage.q.${q.id}`].replace(/\{(\w+)\}/g, (_, name: string) => THRESHOLDS[name] ?? name),
}));

const FLARE_LABEL: Record<FlareState, RegExp> = { none: /^No flare/, mild: /^Mild flare/, moderate: /^Moderate flare/, severe: /^Severe flare/ };

/** The 0–10 grid for pain or tiredness, as a person finds it. */
export const scoreGroup = (page: Page, score: 'pain' | 'fatigue') =>
  page.getByRole('group', { name: score === 'pain' ? 'Back or hip pain right now' : 'Tiredness right now' });

/**
 * Fills in the check-in: flare, pain and tiredness by one tap on the grid, hot joint regions (None when
 * empty), the safety list ("None of these", or the one question `yes` names), then Continue.
 */
export async function answerCheckIn(page: Page, answers: { flare: FlareState; pain: number; fatigue: number; hot: readonly string[]; yes?: string }) {
  await page.getByRole('heading', { level: 1, name: 'Today’s check-in' }).waitFor();
  await page.getByRole('radio', { name: FLARE_LABEL[answers.flare] }).check();
  await scoreGroup(page, 'pain').getByRole('radio', { name: String(answers.pain), exact: true }).check();
  await scoreGroup(page, 'fatigue').getByRole('radio', { name: String(answers.fatigue), exact: true }).check();
  const hot = page.getByRole('group', { name: /^Any hot or swollen joints today\?/ });
  for (const region of answers.hot.length === 0 ? ['None'] : answers.hot) await hot.getByRole('checkbox', { name: region, exact: true }).check();
  const safety = page.getByRole('group', { name: 'Safety questions' });
  const yes = answers.yes ?? '';
  await safety.getByRole('checkbox', yes === '' ? { name: 'None of these', exact: true } : { name: yes, exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
}
