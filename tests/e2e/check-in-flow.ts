/** Answers the daily check-in the way a person does, by role and label. */
import type { Page } from 'playwright-core';
import { EMPTY_PROFILE, type FlareState } from '../../src/engine/clinical/check-in-types';
import { questionsFor } from '../../src/engine/clinical/triage';
import { triageMessages } from '../../src/i18n/en/triage';

/** The safety questions asked with no precautions set, with their words. */
export const QUESTIONS = questionsFor(EMPTY_PROFILE).map((q) => ({ ...q, question: triageMessages[`triage.q.${q.id}`] }));

const FLARE_LABEL: Record<FlareState, RegExp> = { none: /^No flare/, mild: /^Mild flare/, moderate: /^Moderate flare/, severe: /^Severe flare/ };

/** Fills in the check-in: flare, pain and tiredness by taps on +, hot joint regions (none when empty), and every safety question. */
export async function answerCheckIn(
  page: Page, answers: { flare: FlareState; pain: number; fatigue: number; hot: readonly string[]; yes?: string },
  questions: readonly { question: string }[] = QUESTIONS,
) {
  await page.getByRole('heading', { level: 1, name: 'Today’s check-in' }).waitFor();
  await page.getByRole('radio', { name: FLARE_LABEL[answers.flare] }).check();
  for (let i = 0; i < answers.pain; i += 1) await page.getByRole('button', { name: 'More pain' }).click();
  for (let i = 0; i < answers.fatigue; i += 1) await page.getByRole('button', { name: 'More tiredness' }).click();
  const hot = page.getByRole('group', { name: /^Any hot or swollen joints today\?/ });
  for (const region of answers.hot.length === 0 ? ['None'] : answers.hot) await hot.getByRole('checkbox', { name: region, exact: true }).check();
  for (const question of questions) {
    const answer = question.question === answers.yes ? 'Yes' : 'No';
    await page.getByRole('group', { name: question.question }).getByRole('radio', { name: answer, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
}
