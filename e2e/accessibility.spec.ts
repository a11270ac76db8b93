import AxeBuilder from '@axe-core/playwright';
import { expect, panelHost, region, SOURCES_PAGE, test } from './harness';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test('the sources page has no axe violations', async ({ openExtensionPage }) => {
      test.setTimeout(120_000);
      const page = await openExtensionPage(SOURCES_PAGE);
      // The whole page: the list after its first sources is drawn in idle time, and the sections after it.
      await expect(page.locator('ol.sources')).not.toHaveAttribute('aria-busy');
      // Every entry of the list is the same component: axe checks the first 20, not all of them, which
      // took over 50 s a run on a loaded 2-core machine (11 s now). The dataset's checks cover the data.
      const { violations } = await new AxeBuilder({ page }).exclude('ol.sources > li:nth-child(n+21)').withTags(TAGS).analyze();
      expect(violations).toEqual([]);
    });

    for (const url of ['https://web.whatsapp.com/', 'https://example.org/']) {
      test(`the popup has no axe violations on ${url}`, async ({ openPage, openPopup }) => {
        const tab = await openPage(url);
        const popup = await openPopup(tab);
        await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
        // Legacy mode runs axe inside the popup; the default opens a new tab to merge results, which closes the popup.
        const { violations } = await new AxeBuilder({ page: popup }).setLegacyMode(true).withTags(TAGS).analyze();
        expect(violations).toEqual([]);
      });
    }

    test('the expanded panel has no axe violations', async ({ openPage }) => {
      const page = await openPage('https://web.whatsapp.com/');
      await expect(panelHost(page)).toHaveCount(1);
      await region(page).getByRole('button', { expanded: false }).click();
      const { violations } = await new AxeBuilder({ page }).include('[data-restriction-context]').withTags(TAGS).analyze();
      expect(violations).toEqual([]);
    });
  });
}
