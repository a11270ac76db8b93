import type { Page, Worker } from '@playwright/test';
import { formatDate } from '../src/core/dates';
import { keyOf } from '../src/ui/message-keys';
import { badgeText, dataset, expect, inWorker, message, panelHost, platformById, sourceById, statusLabel, test } from './harness';

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

// Every host is visible to the extension (its host permission) and read as its platform: the tab's
// toolbar button names the platform. The popup reads the active tab the same way (popup/active-tab.ts),
// and the test above opens it on each platform; opening it 32 times over took a minute.
test('every host of every platform is read as that platform: its toolbar button names it', async ({ openPage, serviceWorker }) => {
  test.setTimeout(120_000);
  for (const platform of dataset.platforms) {
    for (const host of platform.hosts) {
      const tab = await openPage(`https://${host}/`);
      await expect
        .poll(async () => (await badgeOf(serviceWorker, tab)).title.startsWith(`${platform.name}: `), { message: host })
        .toBe(true);
      await tab.close();
    }
  }
});

test('on any other tab the popup lists every platform with its status, the founding ones and the latest changes first; no badge', async ({
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
  const founding = ['whatsapp', 'telegram', 'youtube', 'facebook', 'instagram'];
  const latest = (id: string) => dataset.platforms.find((p) => p.id === id)?.events.at(-1)?.date ?? '';
  const order = await rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-platform') ?? ''));
  expect(order.slice(0, 5)).toEqual(founding);
  expect(order.slice(5)).toEqual([...order.slice(5)].sort((a, b) => latest(b).localeCompare(latest(a))));
  await expect(popup.getByText(/^Checked .* against sources up to /)).toBeVisible();
  await expect(popup.getByRole('link', { name: 'All sources' })).toBeVisible();
  // Context: the rules that affect every platform, each with sources.
  await popup.getByText('Rules that affect every platform').click();
  await expect(popup.locator('details.context li.event')).toHaveCount(dataset.context.length);
});

test('from the list, a platform opens at its top with focus on its heading; Back returns to its row', async ({ openPage, openPopup }) => {
  test.setTimeout(90_000);
  const popup = await openPopup(await openPage('https://example.org/'));
  const discord = popup.getByRole('button', { name: /^Discord/ });
  await discord.scrollIntoViewIfNeeded();
  await discord.click();
  const heading = popup.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Discord in Russia');
  await expect(heading).toBeFocused();
  expect(await popup.evaluate(() => scrollY)).toBe(0);
  await popup.getByRole('button', { name: /All platforms/ }).click();
  await expect(popup.getByRole('button', { name: /^Discord/ })).toBeFocused();
  // A long history too: Telegram's.
  await popup.getByRole('button', { name: /^Telegram/ }).click();
  await expect(heading).toHaveText('Telegram in Russia');
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  expect(await popup.evaluate(() => scrollY)).toBe(0);
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

test("the popup's panel setting: never, back to the calm default, always in full", async ({ openPage, openPopup }) => {
  test.setTimeout(90_000);
  const tab = await openPage('https://web.telegram.org/');
  await expect(panelHost(tab)).toHaveCount(1);
  let popup = await openPopup(tab);
  const mode = popup.getByRole('combobox', { name: 'The panel on Telegram pages' });
  await expect(mode).toHaveValue('calm');
  await mode.selectOption({ label: "Don't show" });
  await expect(panelHost(tab)).toHaveCount(0);
  await expect(popup.getByText('The panel is off on Telegram pages.')).toBeVisible();
  await popup.close();
  await tab.reload();
  await tab.waitForTimeout(800);
  await expect(panelHost(tab)).toHaveCount(0);
  popup = await openPopup(tab);
  await popup.getByRole('button', { name: 'Show it again' }).click();
  await expect(panelHost(tab)).toHaveCount(1);
  // Seen this session: the calm default shows the mark; "always" brings the chip back on every page.
  const calm = await openPage('https://web.telegram.org/');
  await expect(calm.getByRole('region').getByRole('button', { expanded: false })).toHaveText('');
  // (Opening a tab closed the popup, as it closes for a reader.)
  popup = await openPopup(calm);
  await popup.getByRole('combobox', { name: 'The panel on Telegram pages' }).selectOption({ label: 'Always in full' });
  const always = await openPage('https://web.telegram.org/');
  await expect(always.getByRole('region').getByRole('button', { expanded: false })).toHaveText(
    new RegExp(`^In Russia: ${message(keyOf('badgeStatus', platformById('telegram').status))} since`),
  );
});

test("the popup moves the panel to a corner of the reader's choosing, or back to the automatic spot", async ({ openPage, openPopup }) => {
  test.setTimeout(90_000);
  const tab = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(tab)).toHaveAttribute('data-corner', 'auto');
  const popup = await openPopup(tab);
  const position = popup.getByRole('combobox', { name: 'Position' });
  await position.selectOption({ label: 'Top right' });
  // The open page follows at once, and so does the next one.
  await expect(panelHost(tab)).toHaveAttribute('data-corner', 'top-right');
  await expect
    .poll(async () => {
      const box = await tab.getByRole('region').boundingBox();
      return box && box.y <= 12.5 && box.x + box.width >= 1280 - 12.5;
    })
    .toBe(true);
  const next = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(next)).toHaveAttribute('data-corner', 'top-right');
  // Other platforms keep theirs.
  const youtube = await openPage('https://www.youtube.com/');
  await expect(panelHost(youtube)).toHaveAttribute('data-corner', 'auto');
  // (Opening tabs closed the popup, as it closes for a reader.)
  const again = await openPopup(tab);
  await again.getByRole('combobox', { name: 'Position' }).selectOption({ label: "Automatic, clear of the site's controls" });
  await expect(panelHost(tab)).toHaveAttribute('data-corner', 'auto');
});

test('from a platform’s view the panel settings are one step away, above its whole history', async ({ openPage, openPopup }) => {
  const popup = await openPopup(await openPage('https://web.whatsapp.com/'));
  const mode = popup.locator('select[aria-labelledby="panel-mode"]');
  await expect(mode).not.toBeInViewport();
  await popup.getByRole('link', { name: 'Panel settings' }).click();
  await expect(mode).toBeInViewport();
});

test.describe('in Russian', () => {
  test.use({ lang: 'ru' });
  test('the popup speaks Russian on a platform tab and elsewhere', async ({ openPage, openPopup, serviceWorker }) => {
    // Facebook: blocked by Roskomnadzor's order, an official act.
    const tab = await openPage('https://www.facebook.com/');
    const popup = await openPopup(tab);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Facebook в России');
    await expect(
      // Each date held together by non-breaking spaces (\s).
      popup.getByText(
        /^Сверено \d+\s[а-я]+\s\d{4}\sг\. с публикациями до \d+\s[а-я]+\s\d{4}\sг\. — с тех пор ситуация могла измениться\.$/,
      ),
    ).toBeVisible();
    await expect(popup.getByRole('link', { name: 'Все источники' })).toBeVisible();
    await expect(popup.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(popup).toHaveTitle('Ограничено в России');
    await expect(popup.getByTestId('status')).toContainText(/с \d+ [а-я]+ \d{4} г\./);
    await expect(popup.getByTestId('status')).toContainText('— Роскомнадзор');
    await expect(popup.getByRole('combobox', { name: 'Панель на страницах Facebook' })).toBeVisible();
    expect((await badgeOf(serviceWorker, tab)).text).toBe('БЛОК');
  });
});
