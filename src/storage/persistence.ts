/** The parts of navigator.storage the app uses; any of them may be missing (older Safari, some webviews). */
export interface StorageManagerLike {
  persist?(): Promise<boolean>;
  persisted?(): Promise<boolean>;
  estimate?(): Promise<{ usage?: number; quota?: number }>;
}

/** Whether the browser has promised to keep the data, and how much room it uses. */
export interface PersistenceState {
  /** The browser can be asked to keep the data. */
  supported: boolean;
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** Reads the current state; a browser that cannot tell reports not persisted and unknown sizes. */
export async function readPersistence(storage: StorageManagerLike | undefined): Promise<PersistenceState> {
  const supported = typeof storage?.persist === 'function';
  const [persisted, estimate] = await Promise.all([
    storage?.persisted?.().catch(() => false) ?? Promise.resolve(false),
    storage?.estimate?.().catch(() => ({})) ?? Promise.resolve({}),
  ]);
  const { usage, quota } = estimate as { usage?: number; quota?: number };
  return { supported, persisted, usageBytes: usage ?? null, quotaBytes: quota ?? null };
}

/** Asks the browser to keep the data (only when it has not already agreed); true when it is kept. */
export async function requestPersistence(storage: StorageManagerLike | undefined): Promise<boolean> {
  if (!storage?.persist) return false;
  try {
    if (await storage.persisted?.()) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
