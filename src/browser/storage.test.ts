// The one layer between the stored items (core/stored-items.ts) and the browser's storage, against a
// stand-in for the extension API: what a read gives when storage holds garbage or fails, what a
// write stores, and which changes a watcher hears.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { StoredItem } from '../core/stored-items';

type Listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, area: string) => void;
const stored: Record<string, Record<string, unknown>> = { local: {}, session: {} };
const listeners: Listener[] = [];
const area = (name: string) => ({
  get: vi.fn(async (key: string) => (key in stored[name] ? { [key]: stored[name][key] } : {})),
  set: vi.fn(async (items: Record<string, unknown>) => void Object.assign(stored[name], items)),
});
const fake = {
  storage: { local: area('local'), session: area('session'), onChanged: { addListener: (l: Listener) => listeners.push(l) } },
};

let storage: typeof import('./storage');
beforeAll(async () => {
  (globalThis as { browser?: unknown }).browser = fake;
  storage = await import('./storage');
});

const COUNT: StoredItem<number> = { area: 'local', key: 'count', parse: (raw) => (typeof raw === 'number' ? raw : 0) };
const TABS: StoredItem<Map<number, string>> = {
  area: 'session',
  key: 'tabs',
  parse: (raw) => new Map(Object.entries((raw as Record<string, string>) ?? {}).map(([k, v]) => [Number(k), v])),
  toStored: (map) => Object.fromEntries(map),
};

describe('browser/storage', () => {
  it('reads what is stored through the item’s parse, and its reading of nothing when storage fails', async () => {
    stored.local.count = 'garbage';
    expect(await storage.read(COUNT)).toBe(0);
    stored.local.count = 3;
    expect(await storage.read(COUNT)).toBe(3);
    fake.storage.local.get.mockRejectedValueOnce(new Error('storage is gone'));
    expect(await storage.read(COUNT)).toBe(0);
  });

  it('writes the stored form where the item has one, in the item’s area', async () => {
    await storage.write(TABS, new Map([[7, 'https://t.me/x']]));
    expect(stored.session.tabs).toEqual({ 7: 'https://t.me/x' });
    expect(await storage.read(TABS)).toEqual(new Map([[7, 'https://t.me/x']]));
  });

  it('tells a watcher of its own item in its own area, parsed, and nothing else', () => {
    const heard: [number, number][] = [];
    storage.watch(COUNT, (value, before) => heard.push([value, before]));
    for (const listener of listeners) {
      listener({ count: { newValue: 5, oldValue: 3 } }, 'local');
      listener({ count: { newValue: 6 } }, 'session');
      listener({ other: { newValue: 1 } }, 'local');
    }
    expect(heard).toEqual([[5, 3]]);
  });
});
