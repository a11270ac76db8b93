import type { Page, Worker } from '@playwright/test';
import { formatDate } from '../src/core/dates';
import { badgeText, dataset, expect, inWorker, panelHost, platformById, sourceById, statusLabel, test } from './harness';

/** The badge and tooltip the toolbar icon shows on the active tab, read through the action API. */
async function badgeOf(worker: Worker, page: Page) {
  await page.bringToFront();
  return inWorker(worker, async (chrome) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return { text: await chrome.action.getBadgeText({ tabId: tab.id }), title: await chrome.action.getTitle({ tabId: tab.id }) };
  });
}

test('on each platform tab the popup shows that platform: status, date, history with sources; the badge shows the status', async ({
  openPage,
  openPopup,
  serviceWorker,
}) => {
  test.setTimeout(120_000);
  for (const platform of dataset.platforms) {
    const tab = await openPage(`https://${platform.hosts[0]}/`);
    await expect(panelHost(tab)).toHaveCount(1);
    const badge = await badgeOf(serviceWorker, tab);
    expect(badge.text, platform.id).toBe(badgeText(platform.status));
    expect(badge.title, platform.id).toContain(`${platform.name}: `);

    const popup = await openPopup(tab);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText(`${platform.name} in Russia`);
    const status = popup.getByTestId('status');
    await expect(status).toContainText(statusLabel(platform.status));
    if (platform.statusSince) await expect(status).toContainText(`since ${formatDate(platform.statusSince, 'en')}`);
    await expect(popup.locator('li.event')).toHaveCount(platform.events.length);
    // Newest first, each event with links to its sources.
    const newest = platform.events[platform.events.length - 1];
    await expect(popup.locator('li.event').first().locator('time')).toHaveAttribute('datetime', newest.date);
    for (const id of newest.sources) {
      await expect(
        popup
          .locator('li.event')
          .first()
          .locator(`a[href="${sourceById(id).url}"]`),
      ).toHaveAttribute('rel', 'noopener noreferrer');
    }
    await expect(popup.getByText(/^Checked .* against sources up to .*\. The situation may have changed since\.$/)).toBeVisible();
    await expect(popup.getByRole('link', { name: 'All sources' })).toBeVisible();
    await expect(popup.getByRole('link', { name: /Privacy/ })).toBeVisible();
    // Fits the popup without horizontal scrolling.
    expect(await popup.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await popup.close();
    await tab.close();
  }
});

test('every host of every platform opens the popup on that platform', async ({ openPage, openPopup }) => {
  test.setTimeout(180_000);
  for (const platform of dataset.platforms) {
    for (const host of platform.hosts) {
      const tab = await openPage(`https://${host}/`);
      const popup = await openPopup(tab);
      await expect(popup.getByRole('heading', { level: 1 }), host).toHaveText(`${platform.name} in Russia`);
      await popup.close();
      await tab.close();
    }
  }
});

test('on any other tab the popup lists every platform with its status, each opening its detail; no badge', async ({
  openPage,
  openPopup,
  serviceWorker,
}) => {
  const tab = await openPage('https://example.org/');
  expect(await badgeOf(serviceWorker, tab)).toEqual({ text: '', title: expect.any(String) });
  const popup = await openPopup(tab);
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('What Russia has done to these platforms');
  const rows = popup.locator('ul.overview > li');
  await expect(rows).toHaveCount(dataset.platforms.length);
  for (const platform of dataset.platforms) {
    await expect(popup.locator(`li[data-platform="${platform.id}"]`)).toContainText(statusLabel(platform.status));
  }
  await expect(popup.getByText(/^Checked .* against sources up to /)).toBeVisible();
  await expect(popup.getByRole('link', { name: 'All sources' })).toBeVisible();

  await popup.getByRole('button', { name: /^Telegram/ }).click();
  await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Telegram in Russia');
  await popup.getByRole('button', { name: /All platforms/ }).click();
  await expect(rows).toHaveCount(dataset.platforms.length);
  // Context: the rules that affect every platform, each with sources.
  await popup.getByText('Rules that affect every platform').click();
  await expect(popup.locator('details.context li.event')).toHaveCount(dataset.context.length);
});

test('the badge follows the tab: set on a platform, cleared after navigating away', async ({ openPage, serviceWorker }) => {
  const tab = await openPage('https://www.instagram.com/');
  await expect(panelHost(tab)).toHaveCount(1);
  const badge = await badgeOf(serviceWorker, tab);
  expect(badge.text).toBe(badgeText(platformById('instagram').status));
  expect(badge.title).toMatch(/^Instagram: blocked in Russia since \d+ \w+ \d{4}$/);
  await tab.goto('https://example.org/');
  await expect.poll(async () => (await badgeOf(serviceWorker, tab)).text).toBe('');
});

test("the popup's panel switch turns the panel off and on for that platform", async ({ openPage, openPopup }) => {
  const tab = await openPage('https://web.telegram.org/');
  await expect(panelHost(tab)).toHaveCount(1);
  let popup = await openPopup(tab);
  const toggle = popup.getByRole('checkbox', { name: 'Show the panel on Telegram pages' });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(panelHost(tab)).toHaveCount(0);
  await popup.close();
  await tab.reload();
  await tab.waitForTimeout(800);
  await expect(panelHost(tab)).toHaveCount(0);
  popup = await openPopup(tab);
  await popup.getByRole('checkbox', { name: 'Show the panel on Telegram pages' }).check();
  await expect(panelHost(tab)).toHaveCount(1);
});

test("the popup moves the panel to another corner, where a site's own controls sit under the default", async ({ openPage, openPopup }) => {
  const tab = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(tab)).toHaveAttribute('data-corner', 'bottom-left');
  const popup = await openPopup(tab);
  await popup.getByRole('combobox', { name: 'Panel position on WhatsApp pages' }).selectOption({ label: 'Top right' });
  // The open page follows at once, and so does the next one.
  await expect(panelHost(tab)).toHaveAttribute('data-corner', 'top-right');
  const panel = await tab.getByRole('region').boundingBox();
  const viewport = tab.viewportSize();
  expect(panel && viewport && panel.y <= 12 && panel.x + panel.width >= viewport.width - 12).toBe(true);
  const next = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(next)).toHaveAttribute('data-corner', 'top-right');
  // Other platforms keep theirs.
  const youtube = await openPage('https://www.youtube.com/');
  await expect(panelHost(youtube)).toHaveAttribute('data-corner', 'bottom-left');
});

test.describe('in Russian', () => {
  test.use({ lang: 'ru' });
  test('the popup speaks Russian on a platform tab and elsewhere', async ({ openPage, openPopup }) => {
    const tab = await openPage('https://www.youtube.com/');
    const popup = await openPopup(tab);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('YouTube в России');
    await expect(popup.getByText(/^Проверено .* по источникам до .*\. С тех пор ситуация могла измениться\.$/)).toBeVisible();
    await expect(popup.getByRole('link', { name: 'Все источники' })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ru');
  });
});
