import { describe, expect, it } from 'vitest';
import { demonstrationPhase } from '../../src/ui/components/demonstration-phase';

describe('how the demonstration moves during each step of a session', () => {
  it('cycles once per rep while reps are counted', () => {
    expect(demonstrationPhase({ kind: 'work', repMs: 4000 })).toBe('rep');
  });

  it('moves into the end pose and stays there during a hold, and goes back during the release', () => {
    expect(demonstrationPhase({ kind: 'work', hold: 2 })).toBe('hold');
    expect(demonstrationPhase({ kind: 'release', hold: 2 })).toBe('release');
  });

  it('waits in the start pose while getting ready, resting, switching sides or moving to the next exercise', () => {
    for (const kind of ['ready', 'rest', 'switch', 'transition'] as const) expect(demonstrationPhase({ kind })).toBe('rest');
  });
});
