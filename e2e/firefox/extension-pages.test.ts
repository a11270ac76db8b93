// The extension's own pages in real Firefox: the sources page and the toolbar popup, opened the way a
// reader opens them, from the panel. WebDriver BiDi refuses to navigate a tab to moz-extension://, so
// each test follows the tab the extension itself opens (firefox.ts, tabOpenedBy); the real popup is
// read through extension.getViews() from inside an extension page, since BiDi does not see popups.
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { statusHistory } from '../../src/core/status-spans';
import { dataset, expandPanel, POPUP_PAGE, panelControl, popupPath, SOURCES_PAGE, tabOpenedBy, useFirefox, waitForPanels } from './firefox';

const firefox = useFirefox('en');

const whatsapp = dataset.platforms.find((p) => p.id === 'whatsapp');
const eventCount = dataset.platforms.reduce((n, p) => n + p.events.length, 0) + dataset.context.length;

/** What a popup document shows, read inside the extension (`which` picks the real popup or this tab). */
function popupShows(page: Page, which: 'real popup' | 'this tab') {
  return page.evaluate((which) => {
    type Views = { extension: { getViews(o: object): Window[] } };
    const doc =
      which === 'real popup'
        ? (globalThis as unknown as { browser: Views }).browser.extension.getViews({ type: 'popup' })[0]?.document
        : document;
    if (!doc?.querySelector('h1')) return null;
    const links = [...doc.querySelectorAll('a')];
    return {
      address: doc.location.pathname + doc.location.search,
      heading: doc.querySelector('h1')?.textContent,
      status: doc.querySelector('[data-testid="status"]')?.textContent,
      events: doc.querySelectorAll('li.event').length,
      // The citation links, not a blocked outlet's note linking the source that says so.
      sourceLinks: links.filter((a) => a.closest('li.event') && !a.closest('.blocked-note') && a.href.startsWith('https://')).length,
      allSources: links.find((a) => a.textContent === 'All sources')?.pathname,
      reviewed: doc.querySelector('.reviewed')?.textContent,
      overview: doc.querySelectorAll('ul.overview > li').length,
    };
  }, which);
}

async function expandedPanel(url: string) {
  const page = await firefox().openPage(url);
  await waitForPanels(page, 1);
  await expandPanel(page);
  return page;
}

describe('Firefox: the extension pages, opened from the panel', () => {
  it('"All sources" opens the sources page: every source as a link, with publisher, title and date', async () => {
    const page = await expandedPanel('https://web.whatsapp.com/');
    const sources = await tabOpenedBy(firefox().browser, async () => (await panelControl(page, 'All sources')).click());
    expect(await sources.evaluate(() => location.pathname)).toBe(`/${SOURCES_PAGE}`);
    expect(await sources.title()).toBe('Restricted in Russia: Sources');
    await sources.waitForFunction(
      (n) => document.querySelectorAll('ol.sources > li').length === n,
      { timeout: 5000 },
      dataset.sources.length,
    );
    const listed = await sources.evaluate(() => ({
      count: document.querySelector('[data-testid="count"]')?.textContent,
      entries: [...document.querySelectorAll('ol.sources > li')].map((li) => ({
        id: li.id,
        publisher: li.querySelector('.source__publisher')?.textContent,
        links: [...li.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent, rel: a.rel })),
        meta: li.querySelector('.source__meta')?.textContent ?? '',
      })),
    }));
    expect(listed.count).toBe(`${dataset.sources.length} sources for ${eventCount} events`);
    for (const source of dataset.sources) {
      const entry = listed.entries.find((e) => e.id === `source-${source.id}`);
      expect(entry?.publisher, source.id).toBe(source.publisher);
      expect(entry?.links, source.id).toContainEqual({ href: source.url, text: source.title, rel: 'noopener noreferrer' });
      if (source.published) expect(entry?.meta, source.id).toContain('Published');
    }
    await Promise.all([sources.close(), page.close()]);
  });

  it('"Details and settings" opens the real popup for the platform; the tab it falls back to shows the same', async () => {
    const page = await expandedPanel('https://web.whatsapp.com/');
    // An extension page to read the real popup from.
    const sources = await tabOpenedBy(firefox().browser, async () => (await panelControl(page, 'All sources')).click());
    await page.bringToFront();
    await new Promise((done) => setTimeout(done, 1100)); // the worker opens one page per tab a second
    await (await panelControl(page, 'Details and settings')).click();
    let popup: Awaited<ReturnType<typeof popupShows>> = null;
    // The popup draws a platform's newest events first and the rest of its history once idle: wait for all of it.
    for (let i = 0; i < 50 && (popup?.events ?? 0) < (whatsapp?.events.length ?? 1); i++) {
      popup = await popupShows(sources, 'real popup');
      await new Promise((done) => setTimeout(done, 100));
    }
    const expected = {
      address: `/${POPUP_PAGE}`,
      heading: 'WhatsApp in Russia',
      status: expect.stringContaining('Blocked'),
      events: whatsapp?.events.length,
      sourceLinks: whatsapp?.events.reduce((n, e) => n + e.sources.length, 0),
      allSources: `/${SOURCES_PAGE}`,
      reviewed: expect.stringContaining('The situation may have changed since'),
      overview: 0,
    };
    expect(popup).toEqual(expected);

    // With the popup still open the browser refuses a second one, and the worker opens it as a tab.
    await new Promise((done) => setTimeout(done, 1100));
    const tab = await tabOpenedBy(firefox().browser, async () => (await panelControl(page, 'Details and settings')).click());
    await tab.waitForFunction(() => document.querySelectorAll('li.event').length > 0 && !document.querySelector('.timeline[aria-busy]'), {
      timeout: 5000,
    });
    expect(await popupShows(tab, 'this tab')).toEqual({ ...expected, address: `/${popupPath('whatsapp')}` });

    // The popup tab's panel setting works like the popup's: "Don't show" takes the WhatsApp tab's panel away, and
    // "Calm" brings it back.
    const mode = 'select[aria-labelledby="panel-mode"]';
    await tab.waitForSelector(mode);
    await tab.select(mode, 'never');
    await waitForPanels(page, 0);
    await tab.select(mode, 'calm');
    await waitForPanels(page, 1);
    await Promise.all([tab.close(), sources.close(), page.close()]);
  });

  it('the sources page charts each platform’s statuses; a mark and Enter bring its event into view and focus', async () => {
    const page = await expandedPanel('https://web.whatsapp.com/');
    const sources = await tabOpenedBy(firefox().browser, async () => (await panelControl(page, 'All sources')).click());
    await sources.waitForSelector('[data-status-timeline] [data-platform]');
    const drawn = await sources.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('[data-status-timeline] > [data-platform]')].map((row) => [
          row.getAttribute('data-platform'),
          [...row.querySelectorAll('[data-status]')].map((span) => span.getAttribute('data-status')),
        ]),
      ),
    );
    expect(drawn).toEqual(Object.fromEntries(dataset.platforms.map((p) => [p.id, statusHistory(p.events).spans.map((s) => s.status)])));
    const fine = whatsapp?.events.find((e) => e.kind === 'fine' && !e.status);
    // An SVG link: puppeteer's focus() takes HTML elements only.
    await sources.evaluate(
      (id) => document.querySelector<SVGElement>(`[data-platform="whatsapp"] a.status-chart__mark[data-event="${id}"]`)?.focus(),
      fine?.id,
    );
    await sources.keyboard.press('Enter');
    await sources.waitForFunction((id) => document.activeElement?.id === `event-${id}`, { timeout: 5000 }, fine?.id);
    const box = await sources.evaluate((id) => {
      const rect = document.getElementById(`event-${id}`)?.getBoundingClientRect();
      return rect && rect.top >= 0 && rect.bottom <= innerHeight;
    }, fine?.id);
    expect(box).toBe(true);
    await Promise.all([sources.close(), page.close()]);
  });

  it('the add-on logged no errors', () => {
    expect(firefox().errors).toEqual([]);
  });
});
