import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PublishedPlatform } from '../src/data/schema';
import { dataset, expect, panelHost, region, SOURCES_PAGE, test } from './harness';

/**
 * The spans a reader should see, worked out here from dist/dataset.json on its own terms: the
 * status at the end of each day (the last event that day that sets one wins), from not restricted,
 * equal neighbours as one.
 */
function expectedSpans(platform: PublishedPlatform): string[] {
  const spans = ['not-restricted'];
  platform.events.forEach((event, i) => {
    const next = platform.events[i + 1];
    if (next && next.date === event.date) return;
    const sameDay = platform.events.filter((e) => e.date === event.date && e.status);
    const status = sameDay.at(-1)?.status;
    if (status && status !== spans.at(-1)) spans.push(status);
  });
  const firstSetsStatus = platform.events.filter((e) => e.date === platform.events[0]?.date).some((e) => e.status);
  return firstSetsStatus ? spans.slice(1) : spans;
}

const chart = (page: Page) => page.locator('[data-status-timeline]');

test('the sources page draws every platform’s spans as dist/dataset.json has them, in time order', async ({ openExtensionPage }) => {
  const page = await openExtensionPage(SOURCES_PAGE);
  await expect(chart(page)).toBeVisible();
  await expect(chart(page).locator(':scope > [data-platform]')).toHaveCount(dataset.platforms.length);
  for (const platform of dataset.platforms) {
    const spans = chart(page).locator(`[data-platform="${platform.id}"] [data-status]`);
    expect(await spans.evaluateAll((els) => els.map((el) => el.getAttribute('data-status'))), platform.id).toEqual(expectedSpans(platform));
    const lefts = await spans.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().left));
    expect(lefts, platform.id).toEqual([...lefts].sort((a, b) => a - b));
    // The last span is the status the chip shows.
    await expect(spans.last()).toHaveAttribute('data-status', platform.status);
  }
});

test('one tab stop reaches the chart, arrows move along a row, Enter scrolls the event into view', async ({ openExtensionPage }) => {
  const page = await openExtensionPage(SOURCES_PAGE);
  await expect(chart(page)).toBeVisible();
  await expect(chart(page).locator('a[tabindex="0"]')).toHaveCount(1);
  for (let i = 0; i < 20 && !(await page.evaluate(() => !!document.activeElement?.closest('[data-status-timeline]'))); i++)
    await page.keyboard.press('Tab');
  // Which span or mark has focus (two may stand for one event: a span and the mark of its first day).
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-item'));
  const first = await focused();
  expect(first).toBeTruthy();
  await page.keyboard.press('ArrowRight');
  expect(await focused()).not.toBe(first);
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-event'));
  await expect(page.locator('.status-chart__detail')).not.toHaveText(/^\s*$/);
  await page.keyboard.press('Enter');
  const row = page.locator(`[id="event-${second}"]`);
  await expect(row).toBeInViewport();
  await expect(row).toBeFocused();
});

test('a mark says its date and summary on focus, and Enter on it shows its event in the popup’s history', async ({
  openPage,
  openPopup,
}) => {
  const tab = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(tab)).toHaveCount(1);
  const popup = await openPopup(tab);
  const whatsapp = dataset.platforms.find((p) => p.id === 'whatsapp') as PublishedPlatform;
  const strip = popup.locator('.status-chart--strip');
  await expect(strip.locator('[data-status]')).toHaveCount(expectedSpans(whatsapp).length);
  const fine = whatsapp.events.find((e) => e.kind === 'fine' && !e.status);
  if (!fine) throw new Error('WhatsApp has no fine in the dataset');
  const mark = strip.locator(`a.status-chart__mark[data-event="${fine.id}"]`);
  await mark.focus();
  await expect(popup.locator('.status-chart__detail')).toContainText(fine.summary.en.slice(0, 40));
  await popup.locator(`[id="event-${fine.id}"]`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await popup.evaluate(() => window.scrollTo(0, 0));
  await expect(popup.locator(`[id="event-${fine.id}"]`)).not.toBeInViewport();
  await mark.focus();
  await popup.keyboard.press('Enter');
  await expect(popup.locator(`[id="event-${fine.id}"]`)).toBeInViewport();
  const { violations } = await new AxeBuilder({ page: popup }).setLegacyMode(true).include('.status-chart').analyze();
  expect(violations).toEqual([]);
});

test('the popup’s overview charts every platform; choosing a span opens that platform at its event', async ({ openPage, openPopup }) => {
  const popup = await openPopup(await openPage('https://example.org/'));
  await expect(chart(popup).locator(':scope > [data-platform]')).toHaveCount(dataset.platforms.length);
  const telegram = dataset.platforms.find((p) => p.id === 'telegram') as PublishedPlatform;
  const spans = chart(popup).locator('[data-platform="telegram"] [data-status]');
  expect(await spans.evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))).toEqual(expectedSpans(telegram));
  const { violations } = await new AxeBuilder({ page: popup }).setLegacyMode(true).include('.status-chart').analyze();
  expect(violations).toEqual([]);
  const lift = telegram.events.find((e) => e.status === 'not-restricted');
  if (!lift) throw new Error('Telegram has no lifted block in the dataset');
  await chart(popup).locator(`[data-platform="telegram"] a[data-event="${lift.id}"]`).click();
  await expect(popup.getByRole('heading', { level: 1 })).toContainText('Telegram');
  await expect(popup.locator(`[id="event-${lift.id}"]`)).toBeInViewport();
});

test('the expanded panel shows the platform’s strip, drawn by the worker, with its spans as in dist/dataset.json', async ({ openPage }) => {
  const page = await openPage('https://web.telegram.org/');
  await expect(panelHost(page)).toHaveCount(1);
  await region(page).getByRole('button', { expanded: false }).click();
  const telegram = dataset.platforms.find((p) => p.id === 'telegram') as PublishedPlatform;
  const strip = region(page).locator('.status-chart--strip');
  await expect(strip).toBeVisible();
  const spans = strip.locator('[data-status]');
  expect(await spans.evaluateAll((els) => els.map((el) => el.getAttribute('data-status')))).toEqual(expectedSpans(telegram));
  // Drawn: the spans have width, and each says its dates on hover.
  expect(await spans.first().evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(4);
  await expect(strip.getByRole('img')).toHaveAttribute('aria-label', /Blocked from .* to /);
  const lift = telegram.events.find((e) => e.status === 'not-restricted');
  await expect(strip.locator('title').filter({ hasText: lift?.summary.en.slice(0, 30) })).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screenshots/panel-strip.png' });
});
