// When a platform's page does not load, the tab shows that platform's context in place of the
// browser's error page: the contract, what the reader reads, Try again, Back, the popup and the
// badge there, a crafted address, and axe. (What is left alone: unreachable-left-alone.spec.ts.)
import AxeBuilder from '@axe-core/playwright';
import type { StatusId } from '../src/data/schema';
import { keyOf, meaningKey } from '../src/ui/message-keys';
import { basisWords, dataset, expect, message, panelHost, platformById, UNREACHABLE_PAGE } from './harness';
import {
  contractElement,
  followLink,
  type Kind,
  loadFailing,
  pageShown,
  paintedAt,
  recordFailures,
  START,
  failureTest as test,
  webRequests,
} from './unreachable-support';

// The five first platforms, with three failure kinds between them.
const FAILURES: { id: string; url: string; kind: Kind; error: string; words: string }[] = [
  { id: 'whatsapp', url: 'https://web.whatsapp.com/', kind: 'dns', error: 'net::ERR_NAME_NOT_RESOLVED', words: 'did not resolve' },
  { id: 'telegram', url: 'https://t.me/durov', kind: 'refused', error: 'net::ERR_CONNECTION_REFUSED', words: 'was refused' },
  { id: 'youtube', url: 'https://www.youtube.com/watch?v=abc&t=10', kind: 'reset', error: 'net::ERR_CONNECTION_RESET', words: 'was reset' },
  {
    id: 'facebook',
    url: 'https://www.facebook.com/groups/123/',
    kind: 'dns',
    error: 'net::ERR_NAME_NOT_RESOLVED',
    words: 'did not resolve',
  },
  { id: 'instagram', url: 'https://www.instagram.com/p/xyz/', kind: 'refused', error: 'net::ERR_CONNECTION_REFUSED', words: 'was refused' },
];
const hostOf = (url: string) => new URL(url).hostname;
test.use({ failing: Object.fromEntries(FAILURES.map((f) => [hostOf(f.url), f.kind])) });

/** The page's heading: what did not load and, hedged, why, by the platform's status (the data may change it). */
const title = (status: StatusId, name: string, lang: 'en' | 'ru' = 'en') =>
  message(keyOf('unreachableTitle', status), lang).replace('$PLATFORM$', name);

test.describe('a platform that does not load shows its context in that tab', () => {
  for (const failure of FAILURES) {
    test(`${failure.id}: ${failure.kind} (${failure.error})`, async ({ context, serviceWorker, requests, consoleErrors }) => {
      const failures = await recordFailures(serviceWorker);
      const page = await context.newPage();
      expect(await loadFailing(page, failure.url)).toBe(failure.error);
      // No click: the page comes by itself (how fast is `npm run bench`'s job: its budget is 2 s).
      await pageShown(page);
      const { name, status, events } = platformById(failure.id);

      // The contract: exactly one element naming the platform with its status, and the Try-again link.
      await expect(page.locator(`[data-restriction-context="${failure.id}"][data-status="${status}"]`)).toContainText(name);
      await expect(page.locator(`a[href="${failure.url}"]`)).toHaveText('Try again');
      // What did not load, in plain words, and what it means.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(status, name));
      await expect(page.getByText(`${hostOf(failure.url)} ${failure.words}`, { exact: false })).toBeVisible();
      // The full address only on request, as what the browser tried.
      await expect(page.getByText(failure.url, { exact: true })).toBeHidden();
      await page.getByText('The full address the browser tried').click();
      await expect(page.getByText(failure.url, { exact: true })).toBeVisible();
      await expect(page.getByText(`Browser error: ${failure.error}`)).toBeVisible();
      await expect(page.getByText(message(meaningKey(platformById(failure.id))))).toBeVisible();
      await expect(page.getByText('The same error can have other causes', { exact: false })).toBeVisible();
      // The platform's history (the rules that affect every platform follow, in a disclosure of their own).
      await expect(page.locator('main > .timeline > li.event')).toHaveCount(events.length);
      await expect(page.locator('details.context')).not.toHaveAttribute('open');
      await expect(page.getByText(/^Checked .* against sources up to /)).toBeVisible();
      // How sure the status is, what might be behind the failure for every platform, and where to check now.
      const { ooni } = platformById(failure.id);
      const basis = basisWords(platformById(failure.id));
      if (basis) await expect(page.locator('.unreachable__status')).toContainText(basis);
      else await expect(page.locator('.unreachable__status')).not.toContainText(/not officially confirmed|measured by/);
      // Who acted: named outright only on an official act; otherwise as the reports name it.
      const setter = events.find((e) => e.id === platformById(failure.id).statusEventId);
      const who = setter?.authority ? dataset.authorities[setter.authority].en : null;
      const by = message(setter?.basis?.kind === 'official' ? 'byAuthority' : 'byAuthorityReported');
      if (who) await expect(page.locator('.unreachable__status')).toContainText(by.replace('$WHO$', who));
      await expect(page.getByRole('complementary', { name: 'Affects every platform' })).toContainText('whitelist');
      if (ooni) {
        const href = await page.getByRole('link', { name: 'Check it now on OONI Explorer' }).getAttribute('href');
        expect(new URL(href ?? '').searchParams.get('probe_cc')).toBe('RU');
      }

      const [failed] = (await failures()).filter((f) => f.url === failure.url);
      const elapsed = (await paintedAt(page)) - failed.at;
      test.info().annotations.push({ type: 'failure to page painted', description: `${elapsed.toFixed(0)} ms` });
      expect(elapsed).toBeGreaterThan(0);
      // The one request was the page load that failed; nothing else went out.
      expect(webRequests(requests)).toEqual([failure.url]);
      expect(consoleErrors).toEqual([]);
    });
  }
});

test.describe('Try again and Back', () => {
  const failure = FAILURES[0];

  test('Try again goes to exactly the failed URL, and the platform loads once it can', async ({ context, requests }) => {
    const page = await context.newPage();
    await loadFailing(page, failure.url);
    await pageShown(page);
    // The reader turns on another route to the site: from now on the URL loads (a fixture page).
    await page.route(failure.url, (route) => route.fulfill({ contentType: 'text/html', body: '<title>WhatsApp</title><p>Loaded' }));
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect.poll(() => page.url()).toBe(failure.url);
    await expect(page.getByText('Loaded')).toBeVisible();
    await expect(panelHost(page)).toHaveCount(1);
    // The failed load, then Try again: every request the tab made was for exactly that URL. (On a loaded machine
    // Chromium has been seen to try the failed load twice before the page replaced its error page.)
    const made = webRequests(requests);
    expect(made.length).toBeGreaterThanOrEqual(2);
    expect(new Set(made)).toEqual(new Set([failure.url]));
  });

  test('Back leads to where the reader came from, not into a loop', async ({ context }) => {
    const page = await context.newPage();
    await page.goto(START);
    await followLink(page, failure.url);
    await pageShown(page);
    await page.goBack().catch(() => {
      // Playwright reports the failed entry Back passes over.
    });
    await expect.poll(() => page.url()).toBe(START);
    // And it stays there: nothing brings the page back.
    await page.waitForTimeout(2000);
    expect(page.url()).toBe(START);
  });

  test('a Try again that fails again returns to the page, and Back still leads out', async ({ context, requests }) => {
    const page = await context.newPage();
    await page.goto(START);
    await followLink(page, failure.url);
    await pageShown(page);
    const shownAt = page.url();
    await page.getByRole('link', { name: 'Try again' }).click();
    await expect.poll(() => webRequests(requests).filter((url) => url === failure.url).length).toBe(2);
    await expect.poll(() => page.url()).toBe(shownAt);
    await expect(contractElement(page)).toHaveCount(1);
    await page.goBack().catch(() => {});
    await expect.poll(() => page.url()).toBe(START);
    await page.waitForTimeout(2000);
    expect(page.url()).toBe(START);
  });
});

test.describe('on the page', () => {
  const failure = FAILURES[0];

  test('the popup shows that platform, with the switch for this page; the badge shows its status', async ({
    context,
    serviceWorker,
    openPopup,
  }) => {
    const page = await context.newPage();
    await loadFailing(page, failure.url);
    await pageShown(page);
    const badge = await serviceWorker.evaluate(async () => {
      type Chrome = {
        tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
        action: { getBadgeText(d: { tabId: number }): Promise<string> };
      };
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      const [tab] = (await chrome.tabs.query({})).filter((t) => t.url?.includes('/src/unreachable/'));
      return chrome.action.getBadgeText({ tabId: tab.id });
    });
    expect(badge).toBe('BLK');
    const popup = await openPopup(page);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('WhatsApp in Russia');
    await expect(popup.getByRole('checkbox', { name: 'Show this context when WhatsApp does not load' })).toBeChecked();
  });

  test('an address made up by hand names no link off the platforms, and no URL', async ({ context, extensionId, consoleErrors }) => {
    const page = await context.newPage();
    const base = `chrome-extension://${extensionId}/${UNREACHABLE_PAGE}`;
    // The old form of the address, a platform that is not one, none at all: nothing to show.
    for (const query of [
      `?${new URLSearchParams({ url: 'https://t.me/x', error: 'net::ERR_NAME_NOT_RESOLVED' })}`,
      '?platform=evil&load=0123456789abcdef',
      '',
    ]) {
      await page.goto(base + query);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nothing to show here');
      await expect(page.locator('[data-restriction-context]')).toHaveCount(0);
      expect(await page.locator('a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).protocol))).toEqual([
        'chrome-extension:',
      ]);
    }
    // A platform with a token the worker never gave: its context, but no address and no Try again.
    await page.goto(`${base}?platform=telegram&load=0123456789abcdef`);
    await expect(page.locator('[data-restriction-context="telegram"]')).toHaveCount(1);
    await expect(page.getByText('Which address failed is no longer known here', { exact: false })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Try again' })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('in Russian', () => {
  test.use({ lang: 'ru' });

  test('the page speaks Russian', async ({ context }) => {
    const page = await context.newPage();
    await loadFailing(page, FAILURES[1].url);
    await pageShown(page);
    const telegram = platformById('telegram');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title(telegram.status, 'Telegram', 'ru'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Не удалось открыть Telegram');
    await expect(page.getByText('Сервер t.me отказал в соединении.')).toBeVisible();
    await expect(page.getByText(message(meaningKey(telegram), 'ru'))).toBeVisible();
    await expect(page.locator('a[href="https://t.me/durov"]')).toHaveText('Попробовать снова');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  });
});

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
for (const lang of ['en', 'ru'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${lang}, ${colorScheme}`, () => {
      test.use({ lang, colorScheme });
      test('the page has no axe violations', async ({ context }) => {
        const page = await context.newPage();
        await loadFailing(page, FAILURES[2].url);
        await pageShown(page);
        const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(violations).toEqual([]);
      });
    });
  }
}
