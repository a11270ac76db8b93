// The failed-load page's first screen on a phone (360x740), in English and Russian: what a reader
// needs before scrolling. Who shows the page (the extension, not the provider or the site); a heading
// that does not claim certainty; the status with its one-line meaning, who acted and since when;
// "Try again"; and a self-check (other sites open: the connection works). The audit of Dec 2026
// found "Try again" at 800-1010 px and the heading stating the block as certain.
import type { Locator } from '@playwright/test';
import { keyOf, meaningKey } from '../src/ui/message-keys';
import { expect, message, platformById } from './harness';
import { loadFailing, pageShown, failureTest as test } from './unreachable-support';

const FIRST_SCREEN = { width: 360, height: 740 };

/** Wholly inside the first screen, with nothing scrolled. */
async function expectOnFirstScreen(what: string, locator: Locator) {
  await expect(locator, what).toBeVisible();
  const box = await locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
  expect(box.bottom, `${what}: bottom at ${Math.round(box.bottom)} px`).toBeLessThanOrEqual(FIRST_SCREEN.height);
}

const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((s, [key, value]) => s.replace(`$${key}$`, value), text);

for (const lang of ['en', 'ru'] as const) {
  test.describe(lang, () => {
    test.use({ lang, failing: { 'web.whatsapp.com': 'dns', 'www.youtube.com': 'refused' } });
    for (const [id, url] of [
      ['whatsapp', 'https://web.whatsapp.com/'],
      ['youtube', 'https://www.youtube.com/'],
    ]) {
      test(`${id}: the first screen at 360x740 says who shows it, hedges, gives the status and its meaning, Try again and a self-check`, async ({
        context,
      }) => {
        const platform = platformById(id);
        const page = await context.newPage();
        await page.setViewportSize(FIRST_SCREEN);
        await loadFailing(page, url);
        await pageShown(page);
        const values = { PLATFORM: platform.name, EXTENSION: message('extName', lang) };
        await expectOnFirstScreen('Try again', page.getByRole('link', { name: message('tryAgain', lang) }));
        const heading = page.getByRole('heading', { level: 1 });
        await expect(heading).toHaveText(fill(message(keyOf('unreachableTitle', platform.status), lang), values));
        await expectOnFirstScreen('heading', heading);
        await expectOnFirstScreen('who shows the page', page.getByText(fill(message('unreachableShownBy', lang), values)));
        await expectOnFirstScreen('status', page.locator('.unreachable__what .status'));
        await expectOnFirstScreen('its meaning', page.getByText(message(meaningKey(platform), lang)));
        await expectOnFirstScreen('the self-check', page.getByText(fill(message('unreachableSelfCheck', lang), values)));
        // The generic notice comes after the platform's own story.
        const order = await page.evaluate(() => {
          const at = (selector: string) => document.querySelector(selector)?.getBoundingClientRect().top ?? Number.NaN;
          return { history: at('ol.timeline'), notice: at('aside.notice') };
        });
        expect(order.notice).toBeGreaterThan(order.history);
        await page.screenshot({ path: `test-results/screenshots/unreachable-first-screen-${id}-${lang}.png` });
      });
    }
  });
}
