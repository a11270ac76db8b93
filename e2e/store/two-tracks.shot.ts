// The README's pictures for issue 25 (assets/screenshots/, committed): Telegram's panel, opened, with
// the status readers meet, the official one under it and the excerpts under their events; and the
// failed-load page of t.me; in English and Russian. Written by `npm run screenshots`; look at them
// before committing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, panelHost, ROOT } from '../harness';
import { loadFailing, pageShown, failureTest as test } from '../unreachable-support';

const OUT = resolve(ROOT, 'assets/screenshots');
const appPage = { body: readFileSync(resolve(import.meta.dirname, 'page.html'), 'utf8') };

for (const lang of ['en', 'ru'] as const)
  test.describe(lang, () => {
    test.use({ lang, colorScheme: 'light', failing: { 't.me': 'refused' } });

    test('Telegram: the panel and the failed-load page', async ({ openPage, context }) => {
      const page = await openPage('https://web.telegram.org/', appPage);
      await expect(panelHost(page)).toBeVisible();
      await page.getByRole('region').getByRole('button', { expanded: false }).click();
      // The card's head (the status and the official line) stays; its body scrolls to the first excerpt.
      const excerpt = page.getByRole('region').locator('figure.evidence').first();
      await excerpt.evaluate((figure) => figure.closest('li')?.scrollIntoView({ block: 'start' }));
      await expect(excerpt).toBeVisible();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.mouse.move(0, 0);
      await page.screenshot({ path: resolve(OUT, `telegram-panel-${lang}.png`) });

      const failed = await context.newPage();
      await failed.setViewportSize({ width: 1280, height: 1000 });
      await loadFailing(failed, 'https://t.me/durov');
      await pageShown(failed);
      await failed.screenshot({ path: resolve(OUT, `telegram-unreachable-${lang}.png`) });
    });
  });
