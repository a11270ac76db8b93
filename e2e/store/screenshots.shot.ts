// Store screenshots, 1280x800, in English and Russian, of the four journeys: the inline panel
// expanded on a platform page, the page shown when a platform does not load, the toolbar popup on a
// platform tab, and the sources page. Written to
// dist/screenshots/ by `npm run screenshots` (playwright.screenshots.config.ts); not committed.
// Same harness as the e2e tests: the built dist/chrome in Chromium, pages served locally, no network.
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST, expect, panelHost, popupPath, ROOT, SOURCES_PAGE, test } from '../harness';

const OUT = resolve(ROOT, 'dist/screenshots');
const shot = (name: string, lang: string) => resolve(OUT, `${name}-${lang}.png`);
/** The README shows two of these (the popup in Russian, the sources page in English): copied, so they never go stale. */
const README_COPIES = ['popup-ru', 'sources-en'];
const readmeCopy = (name: string, lang: string) => {
  if (README_COPIES.includes(`${name}-${lang}`)) copyFileSync(shot(name, lang), resolve(ROOT, `assets/screenshots/${name}-${lang}.png`));
};
/** A generic, unbranded app page stands in for the platform's own page (served at its real URL). */
const appPage = { body: readFileSync(resolve(import.meta.dirname, 'page.html'), 'utf8') };
const URL_ = 'https://web.whatsapp.com/';

const SIZE = { width: 1280, height: 800 };
/** Chrome sizes a toolbar popup to its content, at most 800x600; this one is 360-420 px wide. */
const POPUP = { width: 400, height: 600 };
const TOOLBAR = 48;

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/**
 * The popup as a user sees it: hanging from the extension's toolbar button, over the platform tab.
 * A plain toolbar strip (address and the extension's icon) is drawn above the tab's screenshot.
 */
function popupScene(tab: Buffer, popup: Buffer, host: string): string {
  const icon = dataUrl(readFileSync(resolve(DIST, 'icons/icon-48.png')));
  return `<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: ${SIZE.width}px; height: ${SIZE.height}px; overflow: hidden; position: relative; font: 14px system-ui, sans-serif; background: #fff; }
    .toolbar { position: absolute; inset: 0 0 auto 0; height: ${TOOLBAR}px; display: flex; align-items: center; gap: 12px; padding: 0 16px;
      background: #f1f3f4; border-bottom: 1px solid #d3d6da; box-sizing: border-box; }
    .address { flex: 1; height: 32px; border-radius: 16px; background: #fff; border: 1px solid #dadce0; display: flex; align-items: center; padding: 0 16px; color: #3c4043; }
    .button { width: 32px; height: 32px; border-radius: 50%; display: grid; place-items: center; background: #dfe3e7; }
    .button img { width: 22px; height: 22px; }
    .tab { position: absolute; top: ${TOOLBAR}px; left: 0; width: ${SIZE.width}px; height: ${SIZE.height - TOOLBAR}px; object-fit: cover; object-position: top left; }
    .popup { position: absolute; top: ${TOOLBAR - 4}px; right: 12px; width: ${POPUP.width}px; height: ${POPUP.height}px; border-radius: 8px; overflow: hidden;
      box-shadow: 0 10px 36px rgb(0 0 0 / 0.28), 0 0 0 1px rgb(0 0 0 / 0.14); background: #fff; }
  </style>
  <div class="toolbar"><div class="address">${host}</div><div class="button"><img src="${icon}" alt=""></div></div>
  <img class="tab" src="${dataUrl(tab)}" alt="">
  <img class="popup" src="${dataUrl(popup)}" alt="">`;
}

for (const lang of ['en', 'ru'] as const) {
  test.describe(lang, () => {
    test.use({ lang, colorScheme: 'light', viewport: SIZE });

    test('the inline panel, expanded, on a platform page', async ({ openPage }) => {
      const page = await openPage(URL_, appPage);
      await expect(panelHost(page)).toHaveCount(1);
      await page.getByRole('region').getByRole('button', { expanded: false }).click();
      await expect(page.getByRole('region').locator('li.event').first()).toBeVisible();
      // The heading takes focus on expanding; its focus ring is not part of the picture.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.screenshot({ path: shot('panel', lang) });
    });

    test('the toolbar popup on a platform tab', async ({ context, openExtensionPage, openPage }) => {
      const tab = await openPage(URL_, appPage);
      // The tab's area is what the drawn toolbar leaves, so the panel's chip shows at its bottom.
      await tab.setViewportSize({ width: SIZE.width, height: SIZE.height - TOOLBAR });
      await expect(panelHost(tab)).toHaveCount(1);
      const tabPng = await tab.screenshot();
      // The popup page, at a popup's size, for the tab's platform (popupPath, as the worker opens it).
      const popup = await openExtensionPage(popupPath('whatsapp'));
      await popup.setViewportSize(POPUP);
      await popup.waitForSelector('ol.timeline:not([aria-busy]) li.event'); // the whole history, drawn after the first paint
      const popupPng = await popup.screenshot();
      const scene = await context.newPage();
      await scene.setViewportSize(SIZE);
      await scene.setContent(popupScene(tabPng, popupPng, new URL(URL_).host));
      await scene.screenshot({ path: shot('popup', lang) });
      readmeCopy('popup', lang);
    });

    test('the sources page', async ({ openExtensionPage }) => {
      const page = await openExtensionPage(SOURCES_PAGE);
      await expect(page.locator('ol.sources')).not.toHaveAttribute('aria-busy');
      await page.screenshot({ path: shot('sources', lang) });
      readmeCopy('sources', lang);
    });
  });
}

for (const lang of ['en', 'ru'] as const) {
  test.describe(`${lang}, a platform that does not load`, () => {
    // A real failure, no network: Chromium is told web.whatsapp.com has no DNS answer.
    test.use({
      lang,
      colorScheme: 'light',
      viewport: SIZE,
      browserArgs: ['--host-resolver-rules=MAP web.whatsapp.com ~NOTFOUND'],
      unroutedHosts: ['web.whatsapp.com'],
    });

    test('the page shown in place of the browser error page', async ({ context }) => {
      const page = await context.newPage();
      await page.goto(URL_).catch(() => {
        // The load fails; the extension's page takes its place.
      });
      await expect.poll(() => page.url()).toContain('/src/unreachable/');
      await expect(page.locator('[data-restriction-context]')).toHaveCount(1);
      await page.screenshot({ path: shot('unreachable', lang) });
    });
  });
}
