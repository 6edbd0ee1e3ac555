import { openFlarewiseDB, readStored } from './db';

/** Reads one row of the settings store; an object is merged over its defaults so new fields get them. */
export async function readSetting<T>(key: string, fallback: T): Promise<T> {
  const row = await readStored((db) => db.get('settings', key), undefined);
  if (row === undefined) return fallback;
  const isRecord = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isRecord(fallback) && isRecord(row.value) ? { ...fallback, ...row.value } : (row.value as T);
}

/** Writes one row of the settings store. */
export async function writeSetting(key: string, value: unknown): Promise<void> {
  const db = await openFlarewiseDB();
  await db.put('settings', { key, value });
}
