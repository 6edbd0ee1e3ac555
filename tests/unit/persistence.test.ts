import { describe, expect, it, vi } from 'vitest';
import { readPersistence, requestPersistence } from '../../src/storage/persistence';

/** A navigator.storage stand-in: persisted until told otherwise, granting persist() when `grants`. */
function fakeStorage(options: { persisted: boolean; grants: boolean }) {
  let persisted = options.persisted;
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => { persisted = options.grants; return options.grants; }),
    estimate: async () => ({ usage: 1_200_000, quota: 2_000_000_000 }),
  };
}

describe('keeping the data on the device', () => {
  it('reports persisted or not, with usage and quota', async () => {
    expect(await readPersistence(fakeStorage({ persisted: false, grants: true }))).toEqual({
      supported: true, persisted: false, usageBytes: 1_200_000, quotaBytes: 2_000_000_000,
    });
  });

  it('asks only when not already kept, and reports what the browser decided', async () => {
    const kept = fakeStorage({ persisted: true, grants: true });
    expect(await requestPersistence(kept)).toBe(true);
    expect(kept.persist).not.toHaveBeenCalled();
    const grants = fakeStorage({ persisted: false, grants: true });
    expect(await requestPersistence(grants)).toBe(true);
    expect((await readPersistence(grants)).persisted).toBe(true);
    expect(await requestPersistence(fakeStorage({ persisted: false, grants: false }))).toBe(false);
  });

  it('copes with a browser that has no storage manager or throws', async () => {
    expect(await readPersistence(undefined)).toEqual({ supported: false, persisted: false, usageBytes: null, quotaBytes: null });
    expect(await requestPersistence(undefined)).toBe(false);
    const broken = { persist: () => Promise.reject(new Error('no')), persisted: () => Promise.reject(new Error('no')), estimate: () => Promise.reject(new Error('no')) };
    expect(await readPersistence(broken)).toMatchObject({ supported: true, persisted: false, usageBytes: null });
    expect(await requestPersistence(broken)).toBe(false);
  });
});
