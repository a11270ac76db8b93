import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { citationsBySource, eventCount, filterSources } from '../src/core/citations';
import { STATUS_IDS } from '../src/data/ids';
import { dataset, expect, platformById, sourceById, sourcesPath, statusLabel, test } from './harness';

const open = async (openExtensionPage: (path: string) => Promise<Page>, anchor?: string) => {
  const page = await openExtensionPage(sourcesPath(anchor));
  await expect(page.locator('ol.sources > li').first()).toBeVisible();
  return page;
};
const entries = (page: Page) => page.locator('ol.sources > li');
const events = eventCount(dataset);

test('lists every source in dist/dataset.json as a link, with publisher, title, date and the events it supports', async ({
  openExtensionPage,
}) => {
  const page = await open(openExtensionPage);
  await expect(page.getByTestId('count')).toHaveText(`${dataset.sources.length} sources for ${events} events`);
  await expect(entries(page)).toHaveCount(dataset.sources.length);
  // Drawn after the first paint, a few dozen at a time: whole now, and no longer marked busy.
  await expect(page.locator('ol.sources')).not.toHaveAttribute('aria-busy');
  // Every entry read in one pass (a check per entry took 30 s on the 2-core CI machine), then held
  // to the dataset: what the reader sees of each source.
  const shown = await entries(page).evaluateAll((items) =>
    items.map((li) => {
      const links = [...li.querySelectorAll('.source__title a')];
      return {
        id: li.id,
        publisher: li.querySelector('.source__publisher')?.textContent,
        links: links.map((a) => ({
          name: a.textContent,
          href: a.getAttribute('href'),
          target: a.getAttribute('target'),
          rel: a.getAttribute('rel'),
        })),
        published: li.querySelector('.source__meta')?.textContent?.includes('Published') ?? false,
        backlinks: li.querySelectorAll('.backlinks > li').length,
      };
    }),
  );
  const citing = (id: string) =>
    dataset.platforms.flatMap((p) => p.events).filter((e) => e.sources.includes(id)).length +
    dataset.context.filter((c) => c.sources.includes(id)).length;
  const expected = dataset.sources.map((source) => ({
    id: `source-${source.id}`,
    publisher: source.publisher,
    links: [{ name: source.title, href: source.url, target: '_blank', rel: 'noopener noreferrer' }],
    published: Boolean(source.published),
    backlinks: citing(source.id),
  }));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect(shown.sort(byId)).toEqual(expected.sort(byId));
});

test('before the whole dataset has loaded, the page shows its header, chart and first sources, and the filters wait', async ({
  context,
  openExtensionPage,
}) => {
  // The whole dataset loads when the browser is first idle: hold every idle callback until released.
  await context.addInitScript(() => {
    const idle = window.requestIdleCallback.bind(window);
    const held: IdleRequestCallback[] = [];
    let holding = true;
    window.requestIdleCallback = (callback, options) => (holding ? held.push(callback) : idle(callback, options));
    Object.assign(window, {
      releaseIdle: () => {
        holding = false;
        for (const callback of held.splice(0)) idle(callback);
      },
    });
  });
  const page = await open(openExtensionPage);
  const byDate = filterSources(dataset.sources, citationsBySource(dataset), { platformId: '', text: '', sort: 'date', lang: 'en' });
  const firstIds = (count: number) => byDate.slice(0, count).map((s) => `source-${s.id}`);
  const ids = () => entries(page).evaluateAll((items) => items.map((li) => li.id));

  await expect(page.getByTestId('count')).toHaveText(`${dataset.sources.length} sources for ${events} events`);
  await expect(page.locator('[data-status-timeline] > [data-platform]')).toHaveCount(dataset.platforms.length);
  await expect(page.locator('ol.sources')).toHaveAttribute('aria-busy', 'true');
  const first = await ids();
  expect(first).toEqual(firstIds(first.length));
  expect(first.length).toBeLessThan(dataset.sources.length);
  await expect(entries(page).first().locator('.backlinks > li').first()).toBeVisible();
  await expect(page.getByLabel('Platform', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Search publisher or title')).toBeDisabled();
  await expect(page.locator('#privacy')).toHaveCount(0);

  // A reader already on the first source's link stays there as the rest of the list comes.
  const link = entries(page).first().locator('.source__title a');
  await link.focus();
  await page.evaluate(() => (window as unknown as { releaseIdle(): void }).releaseIdle());
  await expect(page.locator('ol.sources')).not.toHaveAttribute('aria-busy');
  expect(await ids()).toEqual(firstIds(dataset.sources.length));
  await expect(link).toBeFocused();
  await expect(page.getByLabel('Platform', { exact: true })).toBeEnabled();
  await expect(page.getByLabel('Search publisher or title')).toBeEnabled();
  await expect(page.locator('#privacy')).toBeVisible();
});

test('filters by platform and by text, and sorts by date or publisher', async ({ openExtensionPage }) => {
  const page = await open(openExtensionPage);
  const whatsapp = new Set(platformById('whatsapp').events.flatMap((e) => e.sources));
  await page.getByLabel('Platform', { exact: true }).selectOption('whatsapp');
  await expect(entries(page)).toHaveCount(whatsapp.size);
  await expect(page.getByTestId('shown')).toHaveText(`Showing ${whatsapp.size} of ${dataset.sources.length}`);

  await page.getByLabel('Platform', { exact: true }).selectOption('');
  await page.getByLabel('Search publisher or title').fill('meduza');
  const meduza = dataset.sources.filter((s) => `${s.publisher} ${s.title}`.toLowerCase().includes('meduza'));
  await expect(entries(page)).toHaveCount(meduza.length);
  await page.getByLabel('Search publisher or title').fill('zzzz no such source');
  await expect(page.getByText('No source matches these filters.')).toBeVisible();
  await page.getByLabel('Search publisher or title').fill('');

  const dates = await entries(page).locator('.source__meta').allTextContents();
  expect(dates.length).toBe(dataset.sources.length);
  const byDate = [...dataset.sources].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''))[0];
  await expect(entries(page).first()).toHaveAttribute('id', `source-${byDate.id}`);
  await page.getByLabel('Sort by').selectOption('publisher');
  const publishers = await entries(page).locator('.source__publisher').allTextContents();
  expect(publishers).toEqual([...publishers].sort((a, b) => a.localeCompare(b)));
});

test('#source-<id> anchors land on the source', async ({ openExtensionPage }) => {
  const source = dataset.sources[Math.floor(dataset.sources.length / 2)];
  const page = await open(openExtensionPage, `source-${source.id}`);
  await expect(page.locator(`[id="source-${source.id}"]`)).toBeInViewport();
  await expect(page.locator(`[id="source-${source.id}"]`)).toBeFocused();
});

test('downloads give the dataset as JSON, its schema, and a CSV of events, all matching the dataset', async ({ openExtensionPage }) => {
  const page = await open(openExtensionPage);
  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
    return readFileSync((await file.path()) ?? '', 'utf8');
  };
  expect(JSON.parse(await download('Dataset (JSON)'))).toEqual(dataset);
  const schema = JSON.parse(await download('Its schema (JSON Schema)'));
  expect(schema.$schema).toMatch(/json-schema/);
  expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['reviewed', 'platforms', 'sources']));
  const csv = await download('Events with their sources (CSV)');
  const ids = dataset.platforms.flatMap((p) => p.events.map((e) => e.id));
  const lines = csv.trimEnd().split('\r\n');
  // The byte order mark first, so spreadsheet programs read it as UTF-8.
  expect(lines[0]).toMatch(/^\uFEFFplatform_id,platform_name,event_id,date,kind,status/);
  for (const id of ids) expect(csv).toContain(`,${id},`);
  expect(lines.filter((l) => /^[a-z]+,/.test(l)).length).toBeGreaterThanOrEqual(ids.length);
});

test('the rules that affect every platform are listed with their sources', async ({ openExtensionPage }) => {
  const page = await open(openExtensionPage);
  const section = page.getByRole('region', { name: 'Rules that affect every platform' });
  await expect(section.locator('li.event')).toHaveCount(dataset.context.length);
  for (const item of dataset.context) {
    await expect(section.getByText(item.title.en, { exact: true })).toBeVisible();
    await expect(section.locator(`a[href="${sourceById(item.sources[0]).url}"]`).first()).toBeVisible();
  }
  // One link per citation: its publisher, to the source's own page in a new tab.
  const [first] = dataset.context;
  const cite = section.locator(`a[href="${sourceById(first.sources[0]).url}"]`).first();
  await expect(cite).toHaveText(sourceById(first.sources[0]).publisher);
  await expect(cite).toHaveAttribute('target', '_blank');
  await expect(cite).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(section.getByRole('link', { name: /^About this source/ })).toHaveCount(0);
});

test('method, corrections and privacy are stated', async ({ openExtensionPage }) => {
  const page = await open(openExtensionPage);
  await expect(page.getByRole('heading', { name: 'Method' })).toBeVisible();
  // The four status ids of the contract, each explained.
  await expect(page.locator('.legend dt')).toHaveText(STATUS_IDS.map((id) => statusLabel(id)));
  await expect(page.locator('.legend dd').first()).toHaveText(/only through a VPN/);
  await expect(page.getByRole('link', { name: /github\.com\/.*\/issues/ })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.getByText(/collects no data and makes no network requests/)).toBeVisible();
});

test.describe('in Russian', () => {
  test.use({ lang: 'ru' });
  test('the sources page speaks Russian', async ({ openExtensionPage }) => {
    const page = await open(openExtensionPage);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Источники');
    await expect(page.getByTestId('count')).toHaveText(`Источников: ${dataset.sources.length}, событий: ${events}`);
    await expect(page.locator('.backlinks').first()).toContainText(/[а-я]/);
  });
});
