// The status chart's pictures for the README (assets/screenshots/status-chart-*.png): the sources
// page's chart of every platform and the popup's strip for one, in English and Russian, light and
// dark, and the sources page's chart 360 px wide. `npm run screenshots` (build first) rewrites them.
import { resolve } from 'node:path';
import { expect, popupPath, ROOT, SOURCES_PAGE, test } from '../harness';

const shot = (name: string) => resolve(ROOT, `assets/screenshots/status-chart-${name}.png`);

for (const lang of ['en', 'ru'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${lang} ${colorScheme}`, () => {
      test.use({ lang, colorScheme });

      test('the sources page’s chart', async ({ openExtensionPage }) => {
        const page = await openExtensionPage(SOURCES_PAGE);
        await page.setViewportSize({ width: 1000, height: 800 });
        const chart = page.locator('.status-chart').first();
        await expect(chart).toBeVisible();
        await chart.screenshot({ path: shot(`sources-${lang}-${colorScheme}`) });
      });

      test('the popup’s strip', async ({ openExtensionPage }) => {
        const popup = await openExtensionPage(popupPath('telegram'));
        await popup.setViewportSize({ width: 400, height: 600 });
        const strip = popup.locator('.status-chart--strip');
        await expect(strip).toBeVisible();
        // A mark chosen, as a reader hovering or tabbing sees it.
        await strip.locator('a.status-chart__mark').nth(3).focus();
        await strip.screenshot({ path: shot(`popup-${lang}-${colorScheme}`) });
      });
    });
  }
  test.describe(`${lang} 360 px`, () => {
    test.use({ lang, colorScheme: 'light' });
    test('the sources page’s chart, on a phone-sized window', async ({ openExtensionPage }) => {
      const page = await openExtensionPage(SOURCES_PAGE);
      await page.setViewportSize({ width: 360, height: 740 });
      const chart = page.locator('.status-chart').first();
      await expect(chart).toBeVisible();
      await chart.screenshot({ path: shot(`sources-${lang}-360`) });
    });
  });
}
