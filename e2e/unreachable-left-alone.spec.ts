// What keeps the browser's own error page: a site that is not a platform's, the offline browser, a
// platform the reader switched this off for (in the popup, or on the page), frames and subresources,
// and a load the reader aborted. Each test ends with a control: a platform failure in the same
// browser that does show the page, so "nothing happened" is not just a dead worker.
import type { Page } from '@playwright/test';
import { expect } from './harness';
import {
  addressAfter,
  followLink,
  loadFailing,
  PAGE,
  pageShown,
  recordFailures,
  START,
  failureTest as test,
  webRequests,
} from './unreachable-support';

test.use({
  failing: {
    'example.org': 'dns',
    'web.whatsapp.com': 'dns',
    't.me': 'refused',
    'www.youtube.com': 'reset',
    'music.youtube.com': 'hang',
  },
});

/** The worker would have acted well within this (the contract allows it 2 s). */
const SETTLE_MS = 2500;

/** The control: a platform failure that does show the page (timing is checked elsewhere). */
async function expectPageFor(page: Page, url: string): Promise<void> {
  await loadFailing(page, url);
  await pageShown(page);
}

test('a site that is not a platform keeps the browser error page', async ({ context, serviceWorker, requests }) => {
  const failures = await recordFailures(serviceWorker);
  const page = await context.newPage();
  expect(await loadFailing(page, 'https://example.org/')).toBe('net::ERR_NAME_NOT_RESOLVED');
  expect(await addressAfter(page, SETTLE_MS)).not.toMatch(PAGE);
  // The worker does not even see it: its webRequest events cover the platforms' hosts only.
  expect(await failures()).toEqual([]);
  await expectPageFor(await context.newPage(), 'https://web.whatsapp.com/');
  expect(new Set(webRequests(requests))).toEqual(new Set(['https://example.org/', 'https://web.whatsapp.com/']));
});

test('the offline browser keeps the browser error page', async ({ context }) => {
  const page = await context.newPage();
  await context.setOffline(true);
  expect(await loadFailing(page, 'https://t.me/durov')).toBe('net::ERR_INTERNET_DISCONNECTED');
  expect(await addressAfter(page, SETTLE_MS)).not.toMatch(PAGE);
  await context.setOffline(false);
  await expectPageFor(page, 'https://t.me/durov');
});

test('a platform switched off in the popup keeps the browser error page; others do not', async ({ context, openPage, openPopup }) => {
  // wa.me is served from the fixtures: a WhatsApp page that loads, for the popup to be about WhatsApp.
  const popup = await openPopup(await openPage('https://wa.me/'));
  const toggle = popup.getByRole('checkbox', { name: 'Show this context when WhatsApp does not load' });
  await toggle.uncheck();
  await expect(toggle).not.toBeChecked();
  // The panel's setting is a separate one.
  await expect(popup.getByRole('combobox', { name: 'The panel on WhatsApp pages' })).toHaveValue('calm');
  await popup.close();
  const page = await context.newPage();
  expect(await loadFailing(page, 'https://web.whatsapp.com/')).toBe('net::ERR_NAME_NOT_RESOLVED');
  expect(await addressAfter(page, SETTLE_MS)).not.toMatch(PAGE);
  await expectPageFor(await context.newPage(), 'https://t.me/durov');
});

test('a platform switched off on the page itself keeps the browser error page from then on', async ({ context }) => {
  const page = await context.newPage();
  await expectPageFor(page, 'https://t.me/durov');
  await page.getByRole('button', { name: "Don't show this page for Telegram" }).click();
  await expect(page.getByRole('status')).toContainText('when Telegram does not load, the browser will show its own error page');
  const next = await context.newPage();
  expect(await loadFailing(next, 'https://t.me/durov')).toBe('net::ERR_CONNECTION_REFUSED');
  expect(await addressAfter(next, SETTLE_MS)).not.toMatch(PAGE);
  await expectPageFor(await context.newPage(), 'https://www.youtube.com/');
});

test('frames and subresources that fail leave their page alone', async ({ serviceWorker, openPage }) => {
  const failures = await recordFailures(serviceWorker);
  // A platform page that loads (wa.me, from the fixtures), embedding a frame and an image that fail.
  const page = await openPage('https://wa.me/');
  await page.evaluate(() => {
    const frame = Object.assign(document.createElement('iframe'), { src: 'https://web.whatsapp.com/', title: 'embed' });
    const image = Object.assign(document.createElement('img'), { src: 'https://t.me/i/logo.png', alt: '' });
    document.body.append(frame, image);
  });
  // Both did fail, and the worker saw them fail.
  await expect
    .poll(async () =>
      (await failures())
        .filter((f) => !f.url.startsWith('https://wa.me/'))
        .map((f) => `${f.type} ${f.url}`)
        .sort(),
    )
    .toEqual(['image https://t.me/i/logo.png', 'sub_frame https://web.whatsapp.com/']);
  expect(await addressAfter(page, SETTLE_MS)).toBe('https://wa.me/');
  expect(
    page
      .context()
      .pages()
      .filter((p) => PAGE.test(p.url())),
  ).toEqual([]);
  await followLink(page, 'https://web.whatsapp.com/');
  await pageShown(page);
});

test('a load the reader stops keeps what the tab shows', async ({ context, serviceWorker }) => {
  const failures = await recordFailures(serviceWorker);
  const page = await context.newPage();
  await page.goto(START);
  // music.youtube.com accepts the connection and never answers; the reader goes elsewhere meanwhile.
  const hanging = page.goto('https://music.youtube.com/').catch((error: Error) => error.message);
  await page.waitForTimeout(500);
  await page.goto(`${START}?elsewhere`);
  expect(await hanging).toMatch(/net::ERR_ABORTED/);
  expect(await addressAfter(page, SETTLE_MS)).toBe(`${START}?elsewhere`);
  expect((await failures()).map((f) => f.error)).toEqual(['net::ERR_ABORTED']);
  await expectPageFor(page, 'https://www.youtube.com/');
});
