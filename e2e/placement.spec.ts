// Never in the way: on imitations of the platforms' real layouts (e2e/fixtures/layouts, after the UX
// audit of 2026-11), the panel in its default spot covers no control of the page by more than 10 %;
// on a 360 px phone the chip and its controls lie inside the viewport and leave the bottom bar alone.
import type { Page } from '@playwright/test';
import { expect, fixture, panelHost, test } from './harness';

const layout = (name: string) => ({ body: fixture(`layouts/${name}.html`) });

/**
 * Every control of the page the panel overlaps, with the share of it that the panel covers: of the
 * control's visible points (where it, not something over it, is the page's top element), those
 * under the panel.
 */
function covered(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-restriction-context]') as HTMLElement;
    const p = host.getBoundingClientRect();
    const controls = document.querySelectorAll(
      'a[href], button, input, select, textarea, summary, [role=button], [role=link], [role=textbox], [contenteditable=true], [tabindex]',
    );
    const found = [];
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.right <= p.left || p.right <= r.left || r.bottom <= p.top || p.bottom <= r.top) continue;
      let visible = 0;
      let under = 0;
      for (let x = r.left + 1; x < r.right; x += 3)
        for (let y = r.top + 1; y < r.bottom; y += 3) {
          const top = document.elementsFromPoint(x, y).find((e) => e !== host);
          if (!top || !el.contains(top)) continue;
          visible++;
          if (x >= p.left && x <= p.right && y >= p.top && y <= p.bottom) under++;
        }
      const name = el.getAttribute('aria-label') || el.textContent?.trim() || el.getAttribute('placeholder') || el.tagName;
      if (under) found.push({ name, share: Math.round((1000 * under) / visible) / 10 });
    }
    return found;
  });
}

/** The panel's box and its buttons' boxes, against the viewport. */
function boxes(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('[data-restriction-context]') as HTMLElement;
    const all = [host, ...(host.shadowRoot?.querySelectorAll('button') ?? [])];
    return {
      viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
      boxes: all.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    };
  });
}

/** The share of each piece of content being read (`selector`: messages, a player, posts) that the panel's box covers. */
function contentCovered(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const p = (document.querySelector('[data-restriction-context]') as HTMLElement).getBoundingClientRect();
    return [...document.querySelectorAll(selector)].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const w = Math.min(r.right, p.right) - Math.max(r.left, p.left);
      const h = Math.min(r.bottom, p.bottom) - Math.max(r.top, p.top);
      return w > 0 && h > 0 ? [{ what: el.className || el.tagName, share: Math.round((1000 * w * h) / (r.width * r.height)) / 10 }] : [];
    });
  }, selector);
}

const DESKTOP = [
  ['WhatsApp Web', 'https://web.whatsapp.com/', 'whatsapp-web', '.message'],
  ['WhatsApp Web with its cookie banner', 'https://web.whatsapp.com/#cookies', 'whatsapp-web', '.message'],
  ['YouTube watch page', 'https://www.youtube.com/watch?v=x', 'youtube-watch', '.player'],
  ['Facebook', 'https://www.facebook.com/', 'facebook', '.post'],
  ['TikTok', 'https://www.tiktok.com/foryou', 'tiktok', '.video'],
] as const;

for (const [what, url, name, content] of DESKTOP) {
  test(`${what}: the chip, then the mark, cover no control of the page by more than 10 %`, async ({ context, openPage }) => {
    await context.route(url.replace(/#.*/, ''), (route) => route.fulfill({ contentType: 'text/html', ...layout(name) }));
    for (const visit of ['first', 'second']) {
      const page = await openPage(url);
      await expect(panelHost(page)).toHaveCount(1);
      await expect(panelHost(page)).toBeVisible();
      const cover = await covered(page);
      const { left, top, width, height } = (await boxes(page)).boxes[0];
      const figures = JSON.stringify({
        box: [left, top, width, height].map(Math.round),
        cover,
        content: await contentCovered(page, content),
      });
      test.info().annotations.push({ type: `${visit} visit`, description: figures });
      console.log(`${what}, ${visit} visit: ${figures}`);
      await page.screenshot({ path: `test-results/screenshots/layout-${name}${url.includes('#') ? '-cookies' : ''}-${visit}.png` });
      expect(
        cover.filter((c) => c.share > 10),
        `${visit} visit`,
      ).toEqual([]);
      await page.close();
    }
  });
}

test.describe('on a 360 px phone', () => {
  test.use({ phone: true });
  for (const [what, url, name, bar] of [
    ['m.youtube', 'https://m.youtube.com/', 'm-youtube', 'nav.pivot'],
    ['m.facebook', 'https://m.facebook.com/', 'm-facebook', '.open-app'],
  ] as const) {
    for (const lang of ['en', 'ru'] as const)
      test.describe(lang, () => {
        test.use({ lang });
        test(`${what}: the chip and its controls lie inside the viewport and cover no bottom-bar control`, async ({ openPage }) => {
          const page = await openPage(url, layout(name));
          await expect(panelHost(page)).toBeVisible();
          const { viewport, boxes: found } = await boxes(page);
          expect(found.length).toBeGreaterThanOrEqual(2);
          for (const box of found) {
            expect(box.left).toBeGreaterThanOrEqual(0);
            expect(box.top).toBeGreaterThanOrEqual(0);
            expect(box.right).toBeLessThanOrEqual(viewport.width);
            expect(box.bottom).toBeLessThanOrEqual(viewport.height);
          }
          const barControls = await page
            .locator(`${bar} a, ${bar} button`)
            .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect));
          expect(barControls.length).toBeGreaterThan(0);
          const [panel] = found;
          const figures = JSON.stringify({ box: [panel.left, panel.top, panel.width, panel.height].map(Math.round) });
          test.info().annotations.push({ type: 'chip', description: figures });
          console.log(`${what} (${lang}), 360 px: ${figures}`);
          for (const c of barControls) {
            const overlaps = c.left < panel.right && panel.left < c.right && c.top < panel.bottom && panel.top < c.bottom;
            expect(overlaps, JSON.stringify({ control: c, panel })).toBe(false);
          }
          await page.screenshot({ path: `test-results/screenshots/phone-${name}-${lang}.png` });
        });
      });
  }
});
