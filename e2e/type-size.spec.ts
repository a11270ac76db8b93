// Type on the extension's own pages, measured as a reader's browser draws it: the computed size of
// every visible run of text on the popup (on a platform's tab and elsewhere), the sources page and
// the failed-load page, at the default font size and at a larger one. Chromium gives extension
// pages `body { font-size: 75% }` of its own; the audit of Dec 2026 found 9.8 and 10.5 px text there.
import type { Page } from '@playwright/test';
import { expect, SOURCES_PAGE, type TextSizes, textSizes } from './harness';
import { loadFailing, pageShown, failureTest as test } from './unreachable-support';

/** Body text at least 14 px (13 in the popup) and nothing under 11 px at the default 16 px, in proportion at others. */
function expectReadable(sizes: TextSizes, where: string, defaultSize: number, body = 14) {
  console.log(
    `${where} at ${defaultSize} px: body ${sizes.body} px, smallest ${sizes.min} px; characters by size ${JSON.stringify(sizes.chars)}`,
  );
  const scale = defaultSize / 16;
  expect(sizes.body, `${where}: running text`).toBeGreaterThanOrEqual(body * scale - 0.05);
  expect(sizes.min, `${where}: the smallest text`).toBeGreaterThanOrEqual(11 * scale - 0.05);
}

const measure = (page: Page) => page.evaluate(textSizes);

for (const defaultSize of [16, 20]) {
  test.describe(`at a ${defaultSize} px default font size`, () => {
    test.use({ defaultFontSize: defaultSize === 16 ? null : defaultSize, failing: { 'web.whatsapp.com': 'dns' } });

    test('the popup, on a platform’s tab and elsewhere', async ({ openPage, openPopup }) => {
      const tab = await openPage('https://www.youtube.com/');
      const popup = await openPopup(tab);
      await expect(popup.locator('li.event').first()).toBeVisible();
      expectReadable(await measure(popup), 'popup on YouTube', defaultSize, 13);
      await popup.close();
      const elsewhere = await openPage('https://example.net/');
      const overview = await openPopup(elsewhere);
      await expect(overview.locator('ul.overview > li').first()).toBeVisible();
      expectReadable(await measure(overview), 'popup elsewhere', defaultSize, 13);
    });

    test('the sources page', async ({ openExtensionPage }) => {
      const page = await openExtensionPage(SOURCES_PAGE);
      await expect(page.locator('ol.sources')).not.toHaveAttribute('aria-busy');
      expectReadable(await measure(page), 'sources page', defaultSize);
    });

    test('the failed-load page', async ({ context }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 360, height: 740 });
      await loadFailing(page, 'https://web.whatsapp.com/');
      await pageShown(page);
      expectReadable(await measure(page), 'failed-load page', defaultSize);
    });
  });
}
