import { describe, expect, it } from 'vitest';
import { parseRoute, shortcutPath } from '../../src/state/router';

describe('parseRoute', () => {
  it('reads the fixed screens, with or without a trailing slash', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/library/')).toEqual({ name: 'library' });
    expect(parseRoute('/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('/routines/new')).toEqual({ name: 'routine-new' });
  });

  it('reads the id of an exercise, a routine and a routine being edited', () => {
    expect(parseRoute('/exercise/knee-rocks')).toEqual({ name: 'exercise', id: 'knee-rocks' });
    expect(parseRoute('/routine/morning-stiffness')).toEqual({ name: 'routine', id: 'morning-stiffness' });
    expect(parseRoute('/routine/custom-lx2k9a')).toEqual({ name: 'routine', id: 'custom-lx2k9a' });
    expect(parseRoute('/routines/edit/custom-lx2k9a')).toEqual({ name: 'routine-edit', id: 'custom-lx2k9a' });
  });

  it('treats anything else, including odd ids, as not found', () => {
    expect(parseRoute('/exercise')).toEqual({ name: 'not-found', path: '/exercise' });
    expect(parseRoute('/exercise/Knee_Rocks')).toEqual({ name: 'not-found', path: '/exercise/Knee_Rocks' });
    expect(parseRoute('/routine/a/b')).toEqual({ name: 'not-found', path: '/routine/a/b' });
  });
});

describe('home-screen shortcuts', () => {
  it('opens the check-in for "Check in" and today\'s plan for "Start today\'s routine"', () => {
    expect(shortcutPath('?action=check-in')).toBe('/check-in');
    expect(shortcutPath('?action=today')).toBe('/today');
    expect(shortcutPath('')).toBeNull();
    expect(shortcutPath('?action=elsewhere')).toBeNull();
  });
});
