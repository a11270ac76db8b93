import { chromiumPreferences } from '../src/build/start-plan';
import { extensionWorker, launchChromium } from '../tools/browsers/chromium.mjs';
import { DIST, dataset, expect, inWorker, panelHost, platformById, SOURCES_PAGE, test } from './harness';

test('the extension loads: its service worker runs and its manifest asks only for storage, webRequest and the platforms', async ({
  serviceWorker,
}) => {
  const manifest = await inWorker(serviceWorker, (chrome) => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  // The exact list, with each permission's reason, is pinned in privacy.spec.ts.
  expect(manifest.permissions).toEqual(['storage', 'webRequest']);
  expect(manifest.host_permissions?.length).toBeGreaterThan(0);
  for (const pattern of manifest.host_permissions ?? []) expect(pattern).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
});

test('the content script runs on web.whatsapp.com and shows the panel; nothing logs an error', async ({ openPage, consoleErrors }) => {
  const page = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(page)).toHaveAttribute('data-restriction-context', 'whatsapp');
  await expect(panelHost(page)).toHaveAttribute('data-status', platformById('whatsapp').status);
  await expect(page.getByRole('region', { name: /WhatsApp/ })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the content script does not run on example.org', async ({ openPage }) => {
  const page = await openPage('https://example.org/');
  // A platform page opened after it has its panel: by then this one would have had it too.
  await expect(panelHost(await openPage('https://web.whatsapp.com/'))).toHaveCount(1);
  await expect(panelHost(page)).toHaveCount(0);
});

test('the real toolbar popup opens on a tab and renders', async ({ openPage, openPopup }) => {
  const tab = await openPage('https://example.org/');
  const popup = await openPopup(tab);
  await expect(popup.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(popup.getByRole('link', { name: /All sources/ })).toBeVisible();
});

test('the sources page renders', async ({ openExtensionPage }) => {
  const page = await openExtensionPage(SOURCES_PAGE);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  await expect(page.locator('ol.sources > li')).toHaveCount(dataset.sources.length);
});

test("npm start's profile pins the extension's button to the toolbar, where its badge shows", async () => {
  const { context, close } = await launchChromium({ extension: DIST, preferences: chromiumPreferences(DIST) });
  try {
    const worker = await extensionWorker(context);
    expect(
      await worker.evaluate(() =>
        (globalThis as unknown as { chrome: { action: { getUserSettings(): Promise<unknown> } } }).chrome.action.getUserSettings(),
      ),
    ).toEqual({
      isOnToolbar: true,
    });
  } finally {
    await close();
  }
});
