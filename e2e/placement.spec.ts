// Never in the way: on imitations of the platforms' real layouts (e2e/fixtures/layouts, after the UX
// audits of 2026-11 and 2026-12), the panel in its default spot covers no control of the page by more
// than 10 % and nothing of what the reader is reading or watching (messages, a post, a player): where
// the chip finds no such spot, it gives way to the mark, unless the reader asked for it every time.
// On a 360 px phone the chip and its controls lie inside the viewport and leave the bottom bar alone.
import type { Page } from '@playwright/test';
import { expect, fixture, inWorker, panelHost, test } from './harness';

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
  ['WhatsApp Web with a long conversation', 'https://web.whatsapp.com/#busy', 'whatsapp-web', '.message'],
  ['YouTube watch page', 'https://www.youtube.com/watch?v=x', 'youtube-watch', '.player, .description p, .comments p'],
  ['Facebook', 'https://www.facebook.com/', 'facebook', '.post'],
  ['TikTok', 'https://www.tiktok.com/foryou', 'tiktok', '.video'],
] as const;

/** The panel's form (chip or mark), its box and what it covers: controls, with their shares, and content. */
async function figures(page: Page, content: string) {
  const { left, top, width, height } = (await boxes(page)).boxes[0];
  const form = (await panelHost(page).locator('.chip').getAttribute('class'))?.replace('chip chip--', '');
  return {
    form,
    box: [left, top, width, height].map(Math.round),
    cover: await covered(page),
    content: await contentCovered(page, content),
  };
}

for (const [what, url, name, content] of DESKTOP) {
  test(`${what}: the chip, then the mark, cover nothing being read and no control by more than 10 %`, async ({ context, openPage }) => {
    await context.route(url.replace(/#.*/, ''), (route) => route.fulfill({ contentType: 'text/html', ...layout(name) }));
    for (const visit of ['first', 'second']) {
      const page = await openPage(url);
      await expect(panelHost(page)).toHaveCount(1);
      await expect(panelHost(page)).toBeVisible();
      const found = await figures(page, content);
      test.info().annotations.push({ type: `${visit} visit`, description: JSON.stringify(found) });
      console.log(`${what}, ${visit} visit: ${JSON.stringify(found)}`);
      await page.screenshot({
        path: `test-results/screenshots/layout-${name}${url.replace(/[^#]*#?/, '-').replace(/-$/, '')}-${visit}.png`,
      });
      expect(found.content, `${visit} visit: what the reader reads`).toEqual([]);
      expect(
        found.cover.filter((c) => c.share > 10),
        `${visit} visit: the page's controls`,
      ).toEqual([]);
      await page.close();
    }
  });
}

test('a reader who asks for the full chip every time gets it, even where it must cover messages', async ({
  context,
  openPage,
  serviceWorker,
}) => {
  await context.route('https://web.whatsapp.com/', (route) => route.fulfill({ contentType: 'text/html', ...layout('whatsapp-web') }));
  const open = await openPage('https://web.whatsapp.com/#busy');
  await expect(panelHost(open).locator('.chip--mark'), 'the calm default: the chip gave way').toBeVisible();
  // Asked for in the popup (stored): the open tab follows at once, and every later page too.
  await inWorker(serviceWorker, (chrome) => chrome.storage.local.set({ settings: { hiddenPlatforms: [], alwaysFull: ['whatsapp'] } }));
  await expect(panelHost(open).locator('.chip--chip')).toBeVisible();
  for (const visit of ['first', 'second']) {
    const page = await openPage('https://web.whatsapp.com/#busy');
    await expect(panelHost(page)).toBeVisible();
    const found = await figures(page, '.message');
    console.log(`WhatsApp Web with a long conversation, always in full, ${visit} visit: ${JSON.stringify(found)}`);
    expect(found.form, `${visit} visit`).toBe('chip');
    expect(found.cover.filter((c) => c.share > 10)).toEqual([]);
    await page.close();
  }
});

test.describe('on a 360 px phone', () => {
  test.use({ phone: true });
  for (const [what, url, name, bar, content] of [
    ['m.youtube', 'https://m.youtube.com/', 'm-youtube', 'nav.pivot', '.card p'],
    ['m.facebook', 'https://m.facebook.com/', 'm-facebook', '.open-app', '.post'],
  ] as const) {
    for (const lang of ['en', 'ru'] as const)
      test.describe(lang, () => {
        test.use({ lang });
        test(`${what}: the panel, calm or in full, lies inside the viewport with its controls and covers no bottom-bar control`, async ({
          openPage,
          serviceWorker,
        }) => {
          // Calm (the default): the chip would cover the feed wherever it went, so the mark comes
          // instead. Always in full: the chip, where it does least harm.
          for (const full of [false, true]) {
            if (full)
              await inWorker(
                serviceWorker,
                (chrome, id) => chrome.storage.local.set({ settings: { hiddenPlatforms: [], alwaysFull: [id] } }),
                name.slice(2),
              );
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
            const measured = await figures(page, content);
            const mode = full ? 'always in full' : 'calm';
            test.info().annotations.push({ type: mode, description: JSON.stringify(measured) });
            console.log(`${what} (${lang}), 360 px, ${mode}: ${JSON.stringify(measured)}`);
            const [panel] = found;
            for (const c of barControls) {
              const overlaps = c.left < panel.right && panel.left < c.right && c.top < panel.bottom && panel.top < c.bottom;
              expect(overlaps, JSON.stringify({ control: c, panel })).toBe(false);
            }
            // A feed fills a phone's screen: the calm mark rests over no more than a sliver of a post or a card.
            expect(measured.form).toBe(full ? 'chip' : 'mark');
            if (!full) expect([...measured.content, ...measured.cover].filter((c) => c.share > 10)).toEqual([]);
            await page.screenshot({ path: `test-results/screenshots/phone-${name}-${lang}${full ? '-full' : ''}.png` });
            await page.close();
          }
        });
      });
  }
});
