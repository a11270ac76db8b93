// Privacy and least privilege: no request but the visited pages, nothing a page can probe to
// detect the extension, and manifests that ask for no more than the journeys need.
import { matchPatterns } from '../src/core/match';
import {
  builtManifest,
  dataset,
  expect,
  message,
  PACKAGED_FILES,
  POPUP_PAGE,
  panelHost,
  region,
  SOURCES_PAGE,
  test,
  UNREACHABLE_PAGE,
} from './harness';

test.describe('privacy', () => {
  test('all three journeys make no request but the visited pages themselves', async ({
    context,
    openExtensionPage,
    openPage,
    openPopup,
  }) => {
    test.setTimeout(90_000);
    const requested: string[] = [];
    await context.route(/^(https?|wss?):\/\//, (route) => {
      requested.push(route.request().url());
      return route.fallback();
    });
    const visited: string[] = [];
    // The panel on every platform's main host, expanded.
    for (const platform of dataset.platforms) {
      const url = `https://${platform.hosts[0]}/`;
      visited.push(url);
      const page = await openPage(url);
      await region(page).getByRole('button', { expanded: false }).click();
      await expect(region(page).locator('li.event').first()).toBeVisible();
      await page.close();
    }
    // The popup on a platform tab and on a neutral tab.
    visited.push('https://web.whatsapp.com/', 'https://example.org/');
    const tab = await openPage('https://web.whatsapp.com/');
    await expect(panelHost(tab)).toHaveCount(1);
    let popup = await openPopup(tab);
    await expect(popup.locator('li.event').first()).toBeVisible();
    await popup.close();
    popup = await openPopup(await openPage('https://example.org/'));
    await expect(popup.locator('ul.overview')).toBeVisible();
    await popup.close();
    // The sources page and its downloads.
    const sources = await openExtensionPage(SOURCES_PAGE);
    for (const name of [message('downloadJson'), message('downloadSchema'), message('downloadCsv')]) {
      await Promise.all([sources.waitForEvent('download'), sources.getByRole('link', { name }).click()]);
    }
    // Each visit is one request for the page itself; nothing else went out.
    expect(requested.sort()).toEqual(visited.sort());
  });
});

test.describe('fingerprinting', () => {
  test('a page cannot load any of the extension files to detect it', async ({ openPage, extensionId }) => {
    const page = await openPage('https://web.whatsapp.com/');
    await expect(panelHost(page)).toHaveCount(1);
    const manifest = builtManifest('chrome');
    const files = [
      'manifest.json',
      ...manifest.content_scripts[0].js,
      'icons/icon-16.png',
      POPUP_PAGE,
      UNREACHABLE_PAGE,
      PACKAGED_FILES.json,
    ];
    const reachable = await page.evaluate(
      async ({ id, files }) => {
        const results: string[] = [];
        for (const file of files) {
          const url = `chrome-extension://${id}/${file}`;
          const loaded = await Promise.race([
            fetch(url).then(
              () => true,
              () => false,
            ),
            new Promise<boolean>((done) => {
              const img = document.createElement('img');
              img.onload = () => done(true);
              img.onerror = () => done(false);
              img.src = url;
            }),
          ]);
          if (loaded) results.push(file);
        }
        return results;
      },
      { id: extensionId, files },
    );
    expect(reachable).toEqual([]);
  });
});

test.describe('no extension URL in the page', () => {
  test("the panel's DOM, expanded, names no extension URL a page could read an id from", async ({ openPage }) => {
    const page = await openPage('https://web.whatsapp.com/');
    await region(page).getByRole('button', { expanded: false }).click();
    await expect(region(page).locator('li.event').first()).toBeVisible();
    const markup = await page.evaluate(() => {
      const root = document.querySelector('[data-restriction-context]')?.shadowRoot;
      return [...(root?.querySelectorAll('*') ?? [])].map((el) => [...el.attributes].map((a) => a.value).join(' ')).join(' ');
    });
    expect(markup).toContain('https://');
    expect(markup).not.toMatch(/chrome-extension:|moz-extension:/);
  });
});

test.describe('least privilege, pinned', () => {
  // Every pattern the manifests may hold: one per host the dataset lists, hosts under another listed
  // host covered by it (the rule of matchPatterns, pinned by src/core/match.test.ts). Widening this
  // is a decision for review, not a side effect.
  const expectedPatterns = () => matchPatterns(dataset.platforms.flatMap((p) => p.hosts));

  for (const browser of ['chrome', 'firefox'] as const) {
    test(`dist/${browser}/manifest.json asks for storage, webRequest and the platforms' hosts only`, () => {
      const manifest = builtManifest(browser);
      // webRequest (no install warning in either browser) sees only the hosts below; webNavigation
      // or tabs would add "Read your browsing history" (Chrome) or another line (Firefox): README, "Privacy and permissions".
      expect(manifest.permissions).toEqual(['storage', 'webRequest']);
      expect(manifest.optional_permissions).toBeUndefined();
      expect(manifest.optional_host_permissions).toBeUndefined();
      expect(manifest.host_permissions).toEqual(expectedPatterns());
      expect(manifest.content_scripts).toHaveLength(1);
      expect(manifest.content_scripts[0].matches).toEqual(expectedPatterns());
      expect(manifest.content_scripts[0].all_frames).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.content_security_policy).toEqual({
        extension_pages:
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
      });
      for (const pattern of manifest.host_permissions) expect(pattern).not.toMatch(/<all_urls>|^\*:|\/\/\*\/|\*\.\*|\*\.[a-z]+\/\*$/);
    });
  }
});
