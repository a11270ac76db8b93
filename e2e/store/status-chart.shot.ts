// The status chart's pictures for docs/architecture.md, "The status chart" (assets/screenshots/status-chart-*.png): the sources
// page's chart of every platform, the popup's overview and its strip for one platform, the strip in
// the panel's expanded card and on the page shown when a platform does not load, in English and
// Russian, light and dark, and the sources page's chart 360 px wide. `npm run screenshots` (build
// first) rewrites them.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, panelHost, popupPath, ROOT, SOURCES_PAGE, test } from '../harness';

const shot = (name: string) => resolve(ROOT, `assets/screenshots/status-chart-${name}.png`);
const appPage = { body: readFileSync(resolve(import.meta.dirname, 'page.html'), 'utf8') };

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

      test('the popup’s overview', async ({ openExtensionPage }) => {
        const popup = await openExtensionPage(popupPath());
        await popup.setViewportSize({ width: 400, height: 600 });
        const chart = popup.locator('.status-chart');
        await expect(chart).toBeVisible();
        await chart.screenshot({ path: shot(`overview-${lang}-${colorScheme}`) });
      });

      test('the strip in the expanded panel', async ({ openPage }) => {
        const page = await openPage('https://web.telegram.org/', appPage);
        await expect(panelHost(page)).toBeVisible();
        await page.getByRole('region').getByRole('button', { expanded: false }).click();
        const strip = page.getByRole('region').locator('.status-chart--strip');
        await expect(strip).toBeVisible();
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.mouse.move(0, 0);
        await strip.screenshot({ path: shot(`panel-${lang}-${colorScheme}`) });
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

for (const lang of ['en', 'ru'] as const) {
  test.describe(`${lang}, a platform that does not load`, () => {
    // A real failure, no network: Chromium is told web.telegram.org has no DNS answer.
    test.use({
      lang,
      colorScheme: lang === 'en' ? 'light' : 'dark',
      browserArgs: ['--host-resolver-rules=MAP web.telegram.org ~NOTFOUND'],
      unroutedHosts: ['web.telegram.org'],
    });
    test('the strip on the page shown in its place', async ({ context }) => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 800, height: 900 });
      await page.goto('https://web.telegram.org/').catch(() => {
        // The load fails; the extension's page takes its place.
      });
      await expect.poll(() => page.url()).toContain('/src/unreachable/');
      const strip = page.locator('.status-chart--strip');
      await expect(strip).toBeVisible();
      await strip.screenshot({ path: shot(`unreachable-${lang}-${lang === 'en' ? 'light' : 'dark'}`) });
    });
  });
}
