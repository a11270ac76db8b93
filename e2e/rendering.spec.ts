// How the panel draws: no square behind its rounded shapes, sizes from the reader's default font
// size (not the page's), status glyphs that survive forced colours, few tab stops.
import { expect, fixture, panelHost, test } from './harness';

const chipOf = (page: import('@playwright/test').Page) =>
  page.getByRole('region', { name: /in Russia/ }).getByRole('button', { expanded: false });

test('nothing square behind the rounded chip and card: the panel draws no background of its own', async ({ openPage }) => {
  const page = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(page)).toBeVisible();
  const look = () =>
    page.evaluate(() => {
      const root = document.querySelector('[data-restriction-context]')?.shadowRoot;
      const section = root?.querySelector('section') as Element;
      const shape = root?.querySelector('.chip, .card') as Element;
      return {
        host: getComputedStyle(root?.host as Element).backgroundColor,
        section: getComputedStyle(section).backgroundColor,
        shape: getComputedStyle(shape).borderRadius,
      };
    });
  expect(await look()).toEqual({ host: 'rgba(0, 0, 0, 0)', section: 'rgba(0, 0, 0, 0)', shape: expect.stringMatching(/^[1-9]/) });
  await chipOf(page).click();
  expect(await look()).toEqual({ host: 'rgba(0, 0, 0, 0)', section: 'rgba(0, 0, 0, 0)', shape: expect.stringMatching(/^[1-9]/) });
});

test('the expanded panel has few tab stops: one link per source, the newest events only', async ({ openPage }) => {
  // Before: every source had two links and every event was shown (audit: 104 stops before the footer on WhatsApp, 112 on Telegram).
  for (const host of ['web.whatsapp.com', 'web.telegram.org']) {
    const page = await openPage(`https://${host}/`);
    await chipOf(page).click();
    const stops = await page.evaluate(() => {
      const root = document.querySelector('[data-restriction-context]')?.shadowRoot;
      const all = [...(root?.querySelectorAll('a[href], button, [tabindex]:not([tabindex="-1"])') ?? [])];
      return { total: all.length, beforeFooter: all.filter((el) => !el.closest('.card__foot')).length };
    });
    console.log(`${host}: ${JSON.stringify(stops)}`);
    expect(stops.total).toBeLessThanOrEqual(20);
  }
});

test('a page that sets html { font-size: 2px } does not shrink the panel', async ({ openPage }) => {
  const page = await openPage('https://www.facebook.com/', { body: fixture('hostile-css.html') });
  await expect(chipOf(page)).toHaveCSS('font-size', '14px');
});

test.describe("the reader's default font size", () => {
  test.use({ defaultFontSize: 24 });
  test('at "very large" (24 px) the panel grows with it', async ({ openPage }) => {
    const page = await openPage('https://web.whatsapp.com/');
    await expect(chipOf(page)).toHaveCSS('font-size', '21px');
    await chipOf(page).click();
    await expect(page.getByRole('region').getByRole('heading', { level: 2 })).toHaveCSS('font-size', /^24\.\d+px$/);
  });
});

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active' });
  test('the status glyph and the mark keep their shapes', async ({ openPage }) => {
    const page = await openPage('https://web.whatsapp.com/');
    await expect(panelHost(page)).toBeVisible();
    const colours = await page.evaluate(() => {
      const root = document.querySelector('[data-restriction-context]')?.shadowRoot;
      const glyph = root?.querySelector('.status__glyph') as Element;
      const mark = root?.querySelector('.mark') as Element;
      return {
        glyph: getComputedStyle(glyph).backgroundColor,
        text: getComputedStyle(glyph).color,
        mark: getComputedStyle(mark).backgroundColor,
      };
    });
    expect(colours.glyph).not.toBe('rgba(0, 0, 0, 0)');
    expect(colours.glyph).toBe(colours.text);
    expect(colours.mark).toBe('rgb(179, 38, 30)');
  });
});
