// Reading, writing and watching the items declared in core/stored-items.ts. Read failures give the
// item's reading of nothing; what each item needs besides (repair, a queue, a baseline) is in its
// own module: settings.ts, session.ts, seen.ts.
import type { Storage } from 'webextension-polyfill';
import type { StoredItem } from '../core/stored-items';
import { api } from './api';

/** The area, or undefined where the browser lacks it (`storage.session`: Chromium 102+, Firefox 115+). */
export const areaOf = <T>(item: StoredItem<T>): Storage.StorageArea | undefined =>
  (api.storage as unknown as Record<string, Storage.StorageArea | undefined>)[item.area];

/** What is stored, as it is: for the modules that must tell garbage from a valid value. */
export async function readRaw<T>(item: StoredItem<T>): Promise<unknown> {
  const area = areaOf(item);
  return area ? (await area.get(item.key))[item.key] : undefined;
}

export async function read<T>(item: StoredItem<T>): Promise<T> {
  try {
    return item.parse(await readRaw(item));
  } catch {
    return item.parse(undefined);
  }
}

export async function write<T>(item: StoredItem<T>, value: T): Promise<void> {
  await areaOf(item)?.set({ [item.key]: item.toStored ? item.toStored(value) : value });
}

/** Calls `listener` with the new and the old value whenever the item changes, from any context. */
export function watch<T>(item: StoredItem<T>, listener: (value: T, before: T) => void): void {
  api.storage.onChanged.addListener((changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === item.area && item.key in changes) listener(item.parse(changes[item.key].newValue), item.parse(changes[item.key].oldValue));
  });
}
