// Type on the extension's own pages in real Firefox, as e2e/type-size.spec.ts measures it in
// Chromium: body text at least 14 px (13 in the popup) and nothing under 11 px at the default size,
// in proportion at a larger default (Firefox's `font.size.variable.x-western`).
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { expandPanel, panelControl, popupPath, type TextSizes, tabOpenedBy, textSizes, useFirefox, waitForPanels } from './firefox';

const FAILING = 'web.whatsapp.com';

function expectReadable(sizes: TextSizes, where: string, defaultSize: number, body = 14) {
  console.log(
    `Firefox ${where} at ${defaultSize} px: body ${sizes.body} px, smallest ${sizes.min} px; characters by size ${JSON.stringify(sizes.chars)}`,
  );
  const scale = defaultSize / 16;
  expect(sizes.body, `${where}: running text`).toBeGreaterThanOrEqual(body * scale - 0.05);
  expect(sizes.min, `${where}: the smallest text`).toBeGreaterThanOrEqual(11 * scale - 0.05);
}

const measure = (page: Page) => page.evaluate(textSizes);

for (const defaultSize of [16, 20]) {
  describe(`Firefox at a ${defaultSize} px default font size`, () => {
    const firefox = useFirefox('en', {
      prefs: {
        ...(defaultSize === 16 ? {} : { 'font.size.variable.x-western': defaultSize }),
        // The failed-load page: no name resolves inside Firefox, and this host skips the dead proxy.
        'network.dns.disabled': true,
        'network.proxy.no_proxies_on': FAILING,
      },
      passThrough: [FAILING],
    });

    it('the sources page, and the popup as a page', async () => {
      const page = await firefox().openPage('https://www.youtube.com/');
      await waitForPanels(page, 1);
      await expandPanel(page);
      const sources = await tabOpenedBy(firefox().browser, async () => (await panelControl(page, 'All sources')).click());
      await sources.waitForFunction(() => document.querySelector('ol.sources:not([aria-busy])'), { timeout: 10_000 });
      expectReadable(await measure(sources), 'sources page', defaultSize);
      // The popup's own document, opened from inside the extension (BiDi will not navigate there itself).
      await sources.evaluate((path) => location.assign(`/${path}`), popupPath('youtube'));
      await sources.waitForFunction(() => document.querySelectorAll('li.event').length > 0, { timeout: 10_000 });
      expectReadable(await measure(sources), 'popup on YouTube', defaultSize, 13);
      await Promise.all([sources.close(), page.close()]);
    });

    it('the failed-load page', async () => {
      const tab = await firefox().openPage('https://example.net/start');
      await tab.setViewport({ width: 360, height: 740 });
      void tab.goto(`https://${FAILING}/`, { timeout: 10_000 }).catch(() => {});
      await new Promise((done) => setTimeout(done, 500));
      await tab.waitForFunction(() => document.querySelector('[data-restriction-context]') && location.protocol === 'moz-extension:', {
        timeout: 10_000,
        polling: 100,
      });
      expectReadable(await measure(tab), 'failed-load page', defaultSize);
      await tab.close();
    });
  });
}
