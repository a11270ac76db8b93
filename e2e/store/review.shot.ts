// Screenshots for developers to look at (not compared), into test-results/screenshots/, with
// `npm run screenshots`. Not in `npm test`: six browser launches that assert nothing the journeys
// do not already check.
import { expect, panelHost, test } from '../harness';

for (const lang of ['en', 'ru'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${lang} ${colorScheme}`, () => {
      test.use({ lang, colorScheme });
      test('panel collapsed and expanded', async ({ openPage }) => {
        const page = await openPage('https://web.whatsapp.com/');
        await expect(panelHost(page)).toHaveCount(1);
        await page.screenshot({ path: `test-results/screenshots/panel-collapsed-${lang}-${colorScheme}.png` });
        await page.getByRole('region').getByRole('button', { expanded: false }).click();
        await page.screenshot({ path: `test-results/screenshots/panel-expanded-${lang}-${colorScheme}.png` });
      });
    });
  }
}

for (const lang of ['en', 'ru'] as const) {
  test.describe(`popup ${lang}`, () => {
    test.use({ lang });
    test('popup on a platform tab and on a neutral tab', async ({ openPage, openPopup }) => {
      const tab = await openPage('https://web.whatsapp.com/');
      await expect(panelHost(tab)).toHaveCount(1);
      let popup = await openPopup(tab);
      await popup.waitForSelector('ol.timeline:not([aria-busy]) li.event'); // the whole history, drawn after the first paint
      await popup.screenshot({ path: `test-results/screenshots/popup-platform-${lang}.png`, fullPage: true });
      await popup.close();
      const neutral = await openPage('https://example.org/');
      popup = await openPopup(neutral);
      await popup.waitForSelector('ul.overview');
      await popup.screenshot({ path: `test-results/screenshots/popup-overview-${lang}.png`, fullPage: true });
    });
  });
}
