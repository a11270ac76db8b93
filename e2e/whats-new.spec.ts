// "What changed": an event the reader has not seen since the bundled data was updated is marked new
// in the popup and the panel until the reader has looked at it. Only the seen ids are stored.
import type { Worker } from '@playwright/test';
import { dataset, expect, test } from './harness';

const allIds = [...dataset.platforms.flatMap((p) => p.events.map((e) => e.id)), ...dataset.context.map((c) => c.id)];
const youtube = dataset.platforms.find((p) => p.id === 'youtube');
const added = youtube?.events[youtube.events.length - 1];

type Chrome = { storage: { local: { set(v: object): Promise<void>; get(k: string | null): Promise<Record<string, unknown>> } } };
/** The reader last looked before `added` was in the data. */
const seedSeenExcept = (worker: Worker, ids: string[]) =>
  worker.evaluate((seen) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ seenEvents: seen }), ids);
const stored = (worker: Worker) => worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null));

test('on a fresh install nothing is marked new; what is stored is the seen ids and nothing else', async ({
  openPage,
  openPopup,
  serviceWorker,
}) => {
  const popup = await openPopup(await openPage('https://example.org/'));
  await expect(popup.locator('ul.overview > li')).toHaveCount(dataset.platforms.length);
  await expect.poll(async () => Object.keys(await stored(serviceWorker))).toEqual(['seenEvents']);
  await expect(popup.locator('.new')).toHaveCount(0);
  expect(((await stored(serviceWorker)).seenEvents as string[]).length).toBe(allIds.length);
});

test('the popup marks an event added since the last look as new, until the reader has looked', async ({
  openPage,
  openPopup,
  serviceWorker,
}) => {
  if (!added) throw new Error('no YouTube event');
  await seedSeenExcept(
    serviceWorker,
    allIds.filter((id) => id !== added.id),
  );
  const overview = await openPopup(await openPage('https://example.org/'));
  await expect(overview.locator('li[data-platform="youtube"] .new')).toHaveText('New');
  await expect(overview.locator('ul.overview .new')).toHaveCount(1);
  await overview.close();

  const tab = await openPage('https://www.youtube.com/');
  let popup = await openPopup(tab);
  await expect(popup.locator(`#event-${added.id} .new`)).toHaveText('New');
  await expect(popup.locator('li.event .new')).toHaveCount(1);
  await popup.close();

  popup = await openPopup(tab);
  await expect(popup.locator('li.event')).toHaveCount(youtube?.events.length ?? 0);
  await expect(popup.locator('.new')).toHaveCount(0);
});

test('the panel marks it new too, and opening the panel counts as looking', async ({ openPage, serviceWorker }) => {
  if (!added) throw new Error('no YouTube event');
  await seedSeenExcept(
    serviceWorker,
    allIds.filter((id) => id !== added.id),
  );
  const page = await openPage('https://www.youtube.com/');
  const panel = page.getByRole('region', { name: /YouTube/ });
  await panel.getByRole('button', { expanded: false }).click();
  await expect(panel.locator(`li.event .new`)).toHaveCount(1);
  await expect(panel.locator('li.event').first().locator('.new')).toHaveText('New');

  await expect.poll(async () => ((await stored(serviceWorker)).seenEvents as string[]).includes(added.id)).toBe(true);
  await page.reload();
  await panel.getByRole('button', { expanded: false }).click();
  // The panel opens on the newest events; all of them, and none marked new.
  await panel.getByRole('button', { name: `Show all ${youtube?.events.length} events` }).click();
  await expect(panel.locator('li.event')).toHaveCount(youtube?.events.length ?? 0);
  await expect(panel.locator('.new')).toHaveCount(0);
});
