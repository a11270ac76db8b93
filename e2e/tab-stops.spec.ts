// The status chart is one tab stop wherever it is drawn: Tab enters it once, the next Tab leaves it,
// and arrows move inside it. Counted by pressing Tab through each surface as a keyboard reader does
// (the audit of Dec 2026 found one stop per span and mark: 97 on the sources page, 17 on the
// failed-load page, since Preact's `tabIndex` on SVG elements was written as an attribute SVG ignores).
import type { Page } from '@playwright/test';
import { expect, SOURCES_PAGE, test } from './harness';
import { failureTest, loadFailing, pageShown } from './unreachable-support';

interface Walk {
  /** Tab stops from the top of the page to its end (or to `limit`). */
  total: number;
  /** Of those, stops inside each chart, by chart. */
  inCharts: number[];
  /** What has focus after the Tab that follows the chart's stop. */
  afterChart: string | null;
}

/** Presses Tab from the top of `page` until focus leaves the document or comes round again, or `limit` times. */
async function walk(page: Page, limit = 400): Promise<Walk> {
  await page.evaluate(() => {
    (globalThis as unknown as { tabbed: Set<Element> }).tabbed = new Set();
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: { chart: number; name: string }[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const at = await page.evaluate(() => {
      const el = document.activeElement;
      const tabbed = (globalThis as unknown as { tabbed: Set<Element> }).tabbed;
      if (!el || el === document.body || tabbed.has(el)) return null;
      tabbed.add(el);
      const charts = [...document.querySelectorAll('.status-chart')];
      const chart = charts.findIndex((c) => c.contains(el));
      return { chart, name: `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}` };
    });
    if (!at) break;
    stops.push(at);
  }
  const charts = Math.max(0, ...stops.map((s) => s.chart + 1));
  const first = stops.findIndex((s) => s.chart >= 0);
  const after = stops.slice(first).find((s) => s.chart < 0);
  return {
    total: stops.length,
    inCharts: Array.from({ length: charts }, (_, c) => stops.filter((s) => s.chart === c).length),
    afterChart: first < 0 ? null : (after?.name ?? null),
  };
}

/** The chart is one stop; the Tab after it lands outside it; an arrow key moves focus inside it. */
async function expectOneStop(page: Page, where: string, limit?: number) {
  const found = await walk(page, limit);
  console.log(`${where}: ${JSON.stringify(found)}`);
  expect.soft(found.inCharts.length, `${where}: a chart`).toBeGreaterThan(0);
  expect.soft(found.inCharts, `${where}: stops in each chart`).toEqual(found.inCharts.map(() => 1));
  expect.soft(found.afterChart, `${where}: the Tab after the chart`).not.toBeNull();
  // Back into the chart, then arrows move inside it.
  await page.locator('.status-chart a[tabindex="0"]').first().focus();
  const before = await page.evaluate(() => document.activeElement?.getAttribute('data-item'));
  await page.keyboard.press('ArrowRight');
  const moved = await page.evaluate(() => document.activeElement?.getAttribute('data-item'));
  expect(moved, `${where}: ArrowRight`).not.toBe(before);
  expect(moved, `${where}: ArrowRight stays in the chart`).toMatch(/^\d+-\d+$/);
}

test('the sources page: the chart is one tab stop', async ({ openExtensionPage }) => {
  const page = await openExtensionPage(SOURCES_PAGE);
  await expect(page.locator('[data-status-timeline]')).toBeVisible();
  // The chart comes before the hundreds of source links: the walk stops well after it.
  await expectOneStop(page, 'sources page', 60);
});

test('the popup, on a platform’s tab and elsewhere: the chart is one tab stop', async ({ openPage, openPopup }) => {
  const popup = await openPopup(await openPage('https://web.whatsapp.com/'));
  await expect(popup.locator('.status-chart a').first()).toBeAttached();
  await expectOneStop(popup, 'popup on WhatsApp');
  await popup.close();
  const overview = await openPopup(await openPage('https://example.org/'));
  await expect(overview.locator('[data-status-timeline]')).toBeVisible();
  await expectOneStop(overview, 'popup overview');
});

failureTest.describe('the failed-load page', () => {
  failureTest.use({ failing: { 'web.whatsapp.com': 'dns' } });
  failureTest('the chart is one tab stop', async ({ context }) => {
    const page = await context.newPage();
    await loadFailing(page, 'https://web.whatsapp.com/');
    await pageShown(page);
    await expectOneStop(page, 'failed-load page');
  });
});
