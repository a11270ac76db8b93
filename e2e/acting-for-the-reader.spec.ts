// Only the reader acts for the reader: a page's script cannot press the panel's controls, the worker
// opens one extension page per real click, and no link in the panel leads where the page says.
import { chromium, type Page, type Worker } from '@playwright/test';
import { dataset, expect, fixture, inWorker, pageAddress, SOURCES_PAGE, test } from './harness';
import { chipOf, expectContractPanel, panelRegion } from './panel-contract';

const settingsOf = (worker: Worker) => inWorker(worker, (chrome) => chrome.storage.local.get('settings'));

/** Extension pages open in any tab or popup, listed over a fresh CDP connection (it sees every target). */
async function extensionPages(cdpPort: number, extensionId: string): Promise<string[]> {
  const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${cdpPort}`);
  const session = await cdp.newBrowserCDPSession();
  const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
  await cdp.close();
  return targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${extensionId}/`)).map((t) => t.url);
}

/**
 * `.click()` from the page's own script (an untrusted event) on the panel's control whose accessible
 * name starts with `name`, `times` times; returns how many controls it clicked (0: none found).
 */
function scriptClick(page: Page, name: string, times = 1): Promise<number> {
  return page.evaluate(
    ({ name, times }) => {
      const root = document.querySelector('html > [data-restriction-context]')?.shadowRoot;
      const control = [...(root?.querySelectorAll('button, a') ?? [])].find((el) =>
        (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().startsWith(name),
      ) as HTMLElement | undefined;
      if (!control) return 0;
      for (let i = 0; i < times; i++) control.click();
      return times;
    },
    { name, times },
  );
}

test("a page's script clicks every control: nothing happens that only the reader may do", async ({
  cdpPort,
  extensionId,
  openPage,
  serviceWorker,
  consoleErrors,
}) => {
  const page = await openPage('https://web.whatsapp.com/');
  await expectContractPanel(page, 'whatsapp');
  const settingsBefore = await settingsOf(serviceWorker);

  // Collapsed: open, dismiss ("don't show" is in the opened panel).
  expect(await scriptClick(page, 'In Russia')).toBe(1);
  expect(await scriptClick(page, 'Dismiss')).toBe(1);
  await page.waitForTimeout(500);
  await expectContractPanel(page, 'whatsapp');
  await expect(panelRegion(page).locator('li.event')).toHaveCount(0);

  // Expanded by the reader; then the page tries every control, and the Escape key.
  await chipOf(page).click();
  await expect(panelRegion(page).locator('li.event').first()).toBeVisible();
  expect(await scriptClick(page, 'All sources', 8)).toBe(8);
  expect(await scriptClick(page, 'Details and settings')).toBe(1);
  expect(await scriptClick(page, "Don't show on WhatsApp")).toBe(1);
  expect(await scriptClick(page, 'Collapse')).toBe(1);
  await page.evaluate(() => {
    const heading = document.querySelector('html > [data-restriction-context]')?.shadowRoot?.querySelector('h2');
    heading?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  });
  expect(await scriptClick(page, 'Dismiss')).toBe(1);
  await page.waitForTimeout(1000);

  expect(await extensionPages(cdpPort, extensionId)).toEqual([]);
  await expect(panelRegion(page).locator('li.event').first()).toBeVisible();
  expect(await settingsOf(serviceWorker)).toEqual(settingsBefore);
  // The next WhatsApp tab still shows the panel: the reader never chose otherwise.
  await expectContractPanel(await openPage('https://web.whatsapp.com/'), 'whatsapp');
  expect(consoleErrors).toEqual([]);
});

test('a real double click on "All sources" opens one sources page', async ({ cdpPort, extensionId, openPage }) => {
  const page = await openPage('https://www.youtube.com/');
  await chipOf(page).click();
  const allSources = panelRegion(page).getByText('All sources', { exact: true });
  await allSources.dblclick();
  await expect.poll(() => extensionPages(cdpPort, extensionId)).toHaveLength(1);
  await page.waitForTimeout(1000);
  const opened = await extensionPages(cdpPort, extensionId);
  expect(opened).toHaveLength(1);
  expect(opened[0]).toMatch(pageAddress(SOURCES_PAGE));
});

test('with <base href> pointing elsewhere, no link in the panel leads off to the page-chosen site', async ({
  context,
  openPage,
  consoleErrors,
}) => {
  const page = await openPage('https://web.whatsapp.com/', { body: fixture('base-href.html') });
  await expectContractPanel(page, 'whatsapp');
  await chipOf(page).click();
  await expect(panelRegion(page).locator('li.event').first()).toBeVisible();
  // Where each link leads, as the browser resolves it (middle-click, "Open in new tab", "Copy link").
  const targets = await page.evaluate(() =>
    [...(document.querySelector('html > [data-restriction-context]')?.shadowRoot?.querySelectorAll('a[href]') ?? [])].map(
      (a) => (a as HTMLAnchorElement).href,
    ),
  );
  const sourceUrls = new Set(dataset.sources.map((s) => s.url));
  expect(targets.length).toBeGreaterThan(0);
  expect(targets.filter((url) => !sourceUrls.has(url))).toEqual([]);
  // The sources page still opens from the panel (a button: no #anchor for <base> to redirect).
  const all = panelRegion(page).getByRole('button', { name: 'All sources' });
  const [sources] = await Promise.all([context.waitForEvent('page'), all.click()]);
  await expect(sources).toHaveURL(pageAddress(SOURCES_PAGE));
  expect(consoleErrors).toEqual([]);
});
