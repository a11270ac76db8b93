// Hostile pages, bad data at rest, and faults: the panel stays readable and the extension keeps working.
import type { Page, Worker } from '@playwright/test';
import { chromium } from '@playwright/test';
import { matchUrl } from '../src/core/match';
import { GARBAGE_SETTINGS } from '../src/core/settings.garbage';
import { dataset, expect, expectReadable, fixture, inWorker, panelHost, platformById, region, test } from './harness';

test.describe('hostile pages', () => {
  test('a page of 50,000 DOM nodes', async ({ openPage, consoleErrors, serviceWorker }) => {
    const page = await openPage('https://www.facebook.com/', { body: fixture('big-dom.html') });
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(30_000);
    // Posts fill the window: the calm chip gives way to the mark (e2e/placement.spec.ts)...
    await expect(panelHost(page).locator('.chip--mark')).toBeVisible();
    // ...and the chip the reader asks for every time is as readable as anywhere.
    await inWorker(serviceWorker, (chrome) => chrome.storage.local.set({ settings: { hiddenPlatforms: [], alwaysFull: ['facebook'] } }));
    await expectReadable(await openPage('https://www.facebook.com/', { body: fixture('big-dom.html') }));
    expect(consoleErrors).toEqual([]);
  });

  test('a page that overrides attachShadow, Array.prototype.map, JSON.parse and more in its own world', async ({
    openPage,
    consoleErrors,
  }) => {
    const page = await openPage('https://www.instagram.com/', { body: fixture('clobbering.html') });
    await expectReadable(page);
    await region(page).getByRole('button', { expanded: false }).click();
    // The newest three events, then all of them on request.
    await expect(region(page).locator('li.event')).toHaveCount(3);
    await region(page)
      .getByRole('button', { name: /^Show all/ })
      .click();
    await expect(region(page).locator('li.event')).toHaveCount(platformById('instagram').events.length);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('bad data at rest', () => {
  for (const [what, value] of GARBAGE_SETTINGS) {
    test(`settings stored as ${what} fall back to the defaults and are repaired`, async ({
      serviceWorker,
      openPage,
      openPopup,
      consoleErrors,
    }) => {
      await inWorker(serviceWorker, (chrome, v) => chrome.storage.local.set({ settings: v, unrelated: 'kept' }), value);
      const page = await openPage('https://web.whatsapp.com/');
      await expect(panelHost(page)).toHaveCount(1);
      const popup = await openPopup(page);
      await expect(popup.getByRole('combobox', { name: 'The panel on WhatsApp pages' })).toHaveValue('calm');
      await expect
        .poll(() => inWorker(serviceWorker, (chrome) => chrome.storage.local.get('settings')))
        .toEqual({ settings: { hiddenPlatforms: [] } });
      expect(consoleErrors).toEqual([]);
    });
  }

  test('valid ids survive the repair of a partly bad value', async ({ serviceWorker, openPage }) => {
    await inWorker(serviceWorker, (chrome) => chrome.storage.local.set({ settings: { hiddenPlatforms: ['whatsapp', 7], extra: true } }));
    const page = await openPage('https://web.whatsapp.com/');
    // A platform page opened after it has its panel: by then this one would have had it too.
    await expect(panelHost(await openPage('https://web.telegram.org/'))).toHaveCount(1);
    await expect(panelHost(page)).toHaveCount(0);
    await expect
      .poll(() => inWorker(serviceWorker, (chrome) => chrome.storage.local.get('settings')))
      .toEqual({ settings: { hiddenPlatforms: ['whatsapp'] } });
  });
});

test.describe('faults', () => {
  test('the background worker killed mid-session: badge and settings survive, panels still come', async ({
    context,
    cdpPort,
    serviceWorker,
    openPage,
  }) => {
    const youtube = await openPage('https://www.youtube.com/');
    await expect(panelHost(youtube)).toHaveCount(1);
    const tiktok = await openPage('https://www.tiktok.com/');
    await expect(panelHost(tiktok)).toHaveCount(1);
    await region(tiktok).getByRole('button', { expanded: false }).click();
    await region(tiktok).getByRole('button', { name: "Don't show on TikTok" }).click();
    const [{ id: tabId }] = await inWorker(serviceWorker, (chrome) => chrome.tabs.query({ url: 'https://www.youtube.com/*' }));
    const badgeBefore = await inWorker(serviceWorker, (chrome, id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badgeBefore).not.toBe('');

    // Stop the worker the way the browser does when it is idle.
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
    const session = await cdp.newBrowserCDPSession();
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(serviceWorker.url().split('/').slice(0, 3).join('/')),
    );
    expect(target).toBeDefined();
    await session.send('Target.closeTarget', { targetId: target?.targetId ?? '' });
    await cdp.close();

    // A new page wakes it again; the badge on the old tab and the stored switch were not lost.
    const whatsapp = await openPage('https://web.whatsapp.com/');
    await expect(panelHost(whatsapp)).toHaveCount(1);
    const worker = context.serviceWorkers().at(-1) as Worker;
    expect(await inWorker(worker, (chrome, id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(badgeBefore);
    const again = await openPage('https://www.tiktok.com/');
    // A platform page opened after it has its panel: by then this one would have had it too.
    await expect(panelHost(await openPage('https://web.telegram.org/'))).toHaveCount(1);
    await expect(panelHost(again)).toHaveCount(0);
  });

  test('the popup opened before the content script has run shows the platform', async ({ context, openPopup }) => {
    const tab = await context.newPage();
    await tab.route('https://web.whatsapp.com/', (route) => route.fulfill({ contentType: 'text/html', body: fixture('slow-boot.html') }));
    await tab.goto('https://web.whatsapp.com/', { waitUntil: 'commit' });
    const popup = await openPopup(tab);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('WhatsApp in Russia');
    await expect(panelHost(tab)).toHaveCount(1, { timeout: 10_000 });
  });

  test('two windows and many tabs: one panel per platform tab, the right badge on each', async ({ context, serviceWorker, openPage }) => {
    test.setTimeout(90_000);
    const pages: Page[] = [];
    for (const platform of dataset.platforms.slice(0, 8)) pages.push(await openPage(`https://${platform.hosts[0]}/`));
    pages.push(await openPage('https://example.org/'), await openPage('https://example.com/news'));
    // The second window opens blank and then navigates: a window that opens straight onto a URL can start loading
    // before the test's routes attach to it, and would then reach the (absent) network.
    const [second] = await Promise.all([
      context.waitForEvent('page'),
      inWorker(serviceWorker, (chrome) => chrome.windows.create({ url: 'about:blank' })),
    ]);
    await second.goto('https://web.telegram.org/');
    await expect(panelHost(second)).toHaveAttribute('data-restriction-context', 'telegram');
    for (const page of pages) await expect(panelHost(page)).toHaveCount(matchUrl(page.url(), dataset.platforms) ? 1 : 0);
    const tabs = await inWorker(serviceWorker, (chrome) => chrome.tabs.query({}));
    const windows = new Set(tabs.map((t) => t.windowId));
    expect(windows.size).toBeGreaterThanOrEqual(2);
    for (const tab of tabs) {
      const platform = matchUrl(tab.url, dataset.platforms);
      const text = await inWorker(serviceWorker, (chrome, id) => chrome.action.getBadgeText({ tabId: id }), tab.id);
      expect(text === '', `tab ${tab.url ?? '(not a platform)'}`).toBe(!platform || platform.status === 'not-restricted');
    }
  });
});
