// The pictures of the inline panel for the README and docs/ (assets/screenshots/, committed): the chip, the mark and
// the expanded panel, in English and Russian, light and dark, on a desktop and on a 360 px phone, and
// the chip in forced colours. Written by `npm run screenshots` with the store screenshots; look at
// them before committing. The page behind is a generic stand-in (page.html, phone-page.html) at a platform's URL.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, panelHost, ROOT, test } from '../harness';

const OUT = resolve(ROOT, 'assets/screenshots');
const appPage = { body: readFileSync(resolve(import.meta.dirname, 'page.html'), 'utf8') };
const phonePage = { body: readFileSync(resolve(import.meta.dirname, 'phone-page.html'), 'utf8') };
const URL_ = 'https://web.whatsapp.com/';

/** The panel with a margin of the page around it. */
async function shootPanel(page: Page, name: string) {
  const box = await panelHost(page).boundingBox();
  if (!box) throw new Error('no panel');
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const x = Math.max(0, box.x - 24);
  const y = Math.max(0, box.y - 24);
  await page.screenshot({
    path: resolve(OUT, name),
    clip: { x, y, width: Math.min(viewport.width - x, box.width + 48), height: Math.min(viewport.height - y, box.height + 48) },
  });
}

async function open(openPage: (url: string, served?: { body: string }) => Promise<Page>, served = appPage, url = URL_, form = 'chip') {
  const page = await openPage(url, served);
  // The form asked for: a chip that gave way to the mark (over the page's content) would be a wrong picture.
  await expect(panelHost(page).locator(`.chip--${form}`)).toBeVisible();
  return page;
}

const expand = async (page: Page) => {
  await page.getByRole('region').getByRole('button', { expanded: false }).click();
  await expect(page.getByRole('region').locator('li.event').first()).toBeVisible();
  // The heading takes focus on expanding, and the pointer rests over the panel: neither focus ring
  // nor hover is part of the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.mouse.move(0, 0);
};

for (const lang of ['en', 'ru'] as const)
  for (const colorScheme of ['light', 'dark'] as const)
    test.describe(`${lang} ${colorScheme}`, () => {
      test.use({ lang, colorScheme });

      test('chip, mark, panel', async ({ openPage }) => {
        const first = await open(openPage);
        await shootPanel(first, `chip-${lang}-${colorScheme}.png`);
        const second = await open(openPage, appPage, URL_, 'mark');
        await shootPanel(second, `mark-${lang}-${colorScheme}.png`);
        await expand(second);
        await second.screenshot({ path: resolve(OUT, `panel-${lang}-${colorScheme}.png`) });
        // A status no official act stands behind says so, in the chip itself (YouTube: throttled, on reports).
        await shootPanel(await open(openPage, appPage, 'https://www.youtube.com/'), `chip-unconfirmed-${lang}-${colorScheme}.png`);
      });
    });

for (const [lang, colorScheme] of [
  ['en', 'light'],
  ['ru', 'light'],
  ['en', 'dark'],
] as const)
  test.describe(`phone ${lang} ${colorScheme}`, () => {
    test.use({ lang, colorScheme, phone: true });

    test('chip and panel on a 360 px phone', async ({ openPage }) => {
      const page = await open(openPage, phonePage);
      await page.screenshot({ path: resolve(OUT, `phone-chip-${lang}-${colorScheme}.png`) });
      await expand(page);
      await page.screenshot({ path: resolve(OUT, `phone-panel-${lang}-${colorScheme}.png`) });
    });
  });

// The page shown when a platform does not load, its first screen on a phone (360x740) and on a
// desktop: a real failure with no network (Chromium is told web.whatsapp.com has no DNS answer).
for (const lang of ['en', 'ru'] as const)
  for (const phone of [true, false])
    test.describe(`${lang}, the failed-load page${phone ? ' on a phone' : ''}`, () => {
      test.use({
        lang,
        colorScheme: 'light',
        phone,
        browserArgs: ['--host-resolver-rules=MAP web.whatsapp.com ~NOTFOUND'],
        unroutedHosts: ['web.whatsapp.com'],
      });
      test('its first screen', async ({ context }) => {
        const page = await context.newPage();
        await page.goto(URL_).catch(() => {
          // The load fails; the extension's page takes its place.
        });
        await expect.poll(() => page.url()).toContain('/src/unreachable/');
        await expect(page.locator('[data-restriction-context]')).toHaveCount(1);
        await page.screenshot({ path: resolve(OUT, `unreachable-${phone ? 'phone-' : ''}${lang}.png`) });
      });
    });

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active', colorScheme: 'dark' });
  test('the chip keeps its mark and status glyph', async ({ openPage }) => {
    await shootPanel(await open(openPage), 'chip-en-forced.png');
  });
});
