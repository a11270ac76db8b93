import { keyOf } from '../src/ui/message-keys';
import {
  dataset,
  expect,
  expectReadable,
  fixture,
  LOOKALIKES,
  message,
  pageAddress,
  panelHost,
  platformById,
  region,
  SOURCES_PAGE,
  sourceById,
  test,
} from './harness';

test('every host of every platform shows that platform and its status', async ({ openPage }) => {
  test.setTimeout(120_000);
  for (const p of dataset.platforms) {
    for (const host of p.hosts) {
      const page = await openPage(`https://${host}/`);
      await expect(panelHost(page), host).toHaveAttribute('data-restriction-context', p.id);
      await expect(panelHost(page), host).toHaveAttribute('data-status', p.status);
      await expect(region(page, `${p.name} in Russia`), host).toBeVisible();
      await page.close();
    }
  }
});

test(`no lookalike gets a panel (${LOOKALIKES.length} URLs)`, async ({ openPage }) => {
  test.setTimeout(90_000);
  const pages = [];
  for (const url of LOOKALIKES) pages.push(await openPage(url));
  // The content script would have run by now: a platform page shows its panel well within this.
  const control = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(control)).toHaveCount(1);
  for (const page of pages) await expect(panelHost(page), page.url()).toHaveCount(0);
});
test('the chip says where and who; expand, collapse with Escape, sources, dismiss for the session', async ({ openPage, consoleErrors }) => {
  test.setTimeout(90_000);
  const whatsapp = platformById('whatsapp');
  const page = await openPage('https://web.whatsapp.com/');
  const panel = region(page, /WhatsApp/);
  // Nothing is focused by us on load: the page keeps its focus.
  await expect(panel).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

  // The first visit of the session: the chip, in words, saying it is Russia's status.
  const chip = panel.getByRole('button', { expanded: false });
  await expect(chip).toHaveText('In Russia: blocked since 11 Feb 2026');
  await expect(panel.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  // "Don't show" is not an icon beside dismiss: it is a labelled button in the expanded panel.
  await expect(panel.getByRole('button', { name: "Don't show on WhatsApp" })).toHaveCount(0);
  await chip.click();
  await expect(panel.getByRole('heading', { name: 'WhatsApp in Russia' })).toBeFocused();
  await expect(panel.getByText(whatsapp.impact.en)).toBeVisible();
  // The newest events first, the rest on request; one link per source (the publisher, to the page itself).
  const shown = whatsapp.events.slice(-3).reverse();
  await expect(panel.locator('li.event')).toHaveCount(3);
  await expect(panel.locator('li.event time').first()).toHaveAttribute('datetime', shown[0].date);
  // (A link's own note that its outlet is blocked in Russia may carry a link of its own.)
  await expect(panel.locator('li.event .cites > span > a')).toHaveCount(shown.reduce((n, e) => n + e.sources.length, 0));
  const firstSource = sourceById(shown[0].sources[0]);
  await expect(panel.locator('li.event').first().getByRole('link', { name: firstSource.publisher, exact: true })).toHaveAttribute(
    'href',
    firstSource.url,
  );
  await panel.getByRole('button', { name: `Show all ${whatsapp.events.length} events` }).click();
  await expect(panel.locator('li.event')).toHaveCount(whatsapp.events.length);
  await expect(panel.locator('li.event').nth(3)).toBeFocused();
  for (const link of await panel.locator('a[target="_blank"]').all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(panel.getByText(/The situation may have changed since/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'All sources' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Details and settings' })).toBeVisible();
  await expect(panel.getByRole('button', { name: "Don't show on WhatsApp" })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(panel.getByRole('button', { expanded: false })).toBeFocused();
  await expect(panel.locator('li.event')).toHaveCount(0);

  // Keyboard: Enter opens it again; a click outside closes it.
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'WhatsApp in Russia' })).toBeVisible();
  await page.mouse.click(640, 200);
  await expect(panel.locator('li.event')).toHaveCount(0);

  await panel.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panelHost(page)).toHaveCount(0);
  // Dismissed for the session: the platform's next page shows nothing; another platform is unaffected.
  const next = await openPage('https://web.whatsapp.com/');
  // A platform page opened after it has its panel: by then this one would have had it too.
  await expect(panelHost(await openPage('https://www.youtube.com/'))).toHaveCount(1);
  await expect(panelHost(next)).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('calm by default: the chip on the first visit of the session, then the mark, which opens the same panel', async ({ openPage }) => {
  test.setTimeout(90_000);
  // Whatever YouTube's status is in the data: its word, and "not officially confirmed" unless an official act stands behind it.
  const youtube = platformById('youtube');
  const word = message(keyOf('badgeStatus', youtube.status));
  const unconfirmed = youtube.statusBasis !== null && youtube.statusBasis !== 'official' ? ', not officially confirmed' : '';
  const first = await openPage('https://www.youtube.com/');
  await expect(region(first, /YouTube/).getByRole('button', { expanded: false })).toHaveText(
    new RegExp(`^In Russia: ${word} since\\s\\d+\\s\\w+\\s\\d{4}${unconfirmed}$`),
  );
  const second = await openPage('https://www.youtube.com/watch?v=1');
  const mark = region(second, /YouTube/).getByRole('button', { expanded: false });
  await expect(mark).toHaveAccessibleName(new RegExp(`^YouTube: ${word} in Russia since \\d+ \\w+ \\d{4}${unconfirmed}$`));
  await expect(mark).toHaveText('');
  const box = await mark.boundingBox();
  expect(box && box.width >= 16 && box.height >= 16).toBe(true);
  await expect(region(second, /YouTube/).getByRole('button', { name: 'Dismiss' })).toBeInViewport();
  await mark.click();
  await expect(region(second, /YouTube/).getByRole('heading', { name: 'YouTube in Russia' })).toBeFocused();
  // A platform Russia does not restrict gets only the mark, even on the first visit.
  const tiktok = await openPage('https://www.tiktok.com/');
  await expect(region(tiktok, /TikTok/).getByRole('button', { expanded: false })).toHaveAccessibleName('TikTok: not restricted in Russia');
});

test("don't show: a labelled button in the panel, with an undo in place; the popup names what is hidden", async ({
  openPage,
  openPopup,
}) => {
  test.setTimeout(90_000);
  const page = await openPage('https://web.telegram.org/');
  const panel = region(page, /Telegram/);
  await panel.getByRole('button', { expanded: false }).click();
  await panel.getByRole('button', { name: "Don't show on Telegram" }).click();
  await expect(panel.getByRole('status')).toContainText('The panel will not show on Telegram again');
  await expect(panel.getByRole('button', { name: 'Undo' })).toBeFocused();
  // Undo: the panel is back, and so it is on the platform's next page.
  await panel.getByRole('button', { name: 'Undo' }).click();
  await expect(panel.getByRole('button', { expanded: false })).toBeFocused();
  await expect(panelHost(await openPage('https://t.me/durov'))).toHaveCount(1);

  // Without undo, it goes after a few seconds, and stays gone on the platform's pages.
  await panel.getByRole('button', { expanded: false }).click();
  await panel.getByRole('button', { name: "Don't show on Telegram" }).click();
  await expect(panelHost(page)).toHaveCount(0, { timeout: 15_000 });
  const again = await openPage('https://web.telegram.org/');
  // A platform page opened after it has its panel: by then this one would have had it too.
  await expect(panelHost(await openPage('https://www.youtube.com/'))).toHaveCount(1);
  await expect(panelHost(again)).toHaveCount(0);
  const popup = await openPopup(await openPage('https://example.org/'));
  await expect(popup.getByText('The panel is off on: Telegram')).toBeVisible();
});

test('TikTok: not restricted by Russia, and the panel says what TikTok itself restricts', async ({ openPage }) => {
  const tiktok = platformById('tiktok');
  const page = await openPage('https://www.tiktok.com/');
  await expect(panelHost(page)).toHaveAttribute('data-status', 'not-restricted');
  const panel = region(page, /TikTok/);
  await panel.getByRole('button', { expanded: false }).click();
  await expect(panel).toContainText('Not restricted');
  if (tiktok.note) await expect(panel.getByText(tiktok.note.en)).toBeVisible();
});

test('the panel opens the sources page', async ({ context, openPage }) => {
  const page = await openPage('https://www.youtube.com/');
  const panel = region(page, /YouTube/);
  await panel.getByRole('button', { expanded: false }).click();
  const [sources] = await Promise.all([context.waitForEvent('page'), panel.getByRole('button', { name: 'All sources' }).click()]);
  await expect(sources).toHaveURL(pageAddress(SOURCES_PAGE));
  await expect(sources.getByRole('heading', { level: 1 })).toHaveText('Sources');
});

test('dragged to another corner, the panel stays there for that platform', async ({ openPage }) => {
  test.setTimeout(90_000);
  const page = await openPage('https://web.whatsapp.com/');
  const chip = region(page, /WhatsApp/).getByRole('button', { expanded: false });
  const box = await chip.boundingBox();
  if (!box) throw new Error('no chip');
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(200, 60, { steps: 8 });
  await page.mouse.up();
  await expect(panelHost(page)).toHaveAttribute('data-corner', 'top-left');
  // A drag is not a click: the panel did not open.
  await expect(region(page, /WhatsApp/).locator('li.event')).toHaveCount(0);
  const next = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(next)).toHaveAttribute('data-corner', 'top-left');
  await expect.poll(async () => (await panelHost(next).boundingBox())?.y).toBeLessThanOrEqual(12.5);
  const youtube = await openPage('https://www.youtube.com/');
  await expect(panelHost(youtube)).toHaveAttribute('data-corner', 'auto');
});

test.describe('in Russian', () => {
  test.use({ lang: 'ru' });
  test('the panel speaks Russian as a Russian editor writes it', async ({ openPage }) => {
    const whatsapp = platformById('whatsapp');
    const page = await openPage('https://web.whatsapp.com/');
    const panel = region(page, /WhatsApp в России/);
    await expect(panel.getByRole('button', { name: 'Скрыть' })).toBeVisible();
    await expect(panel.getByRole('button', { expanded: false })).toHaveText('В России: заблокирован с 11 февраля 2026 г.');
    await panel.getByRole('button', { expanded: false }).click();
    await expect(panel.getByText(whatsapp.impact.ru)).toBeVisible();
    await expect(panel.getByText(/с тех пор ситуация могла измениться/)).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Не показывать на сайте WhatsApp' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Подробности и настройки' })).toBeVisible();
    await panel.getByRole('button', { name: /^Показать все события/ }).click();
    const text = (await panel.textContent()) ?? '';
    expect(text).not.toMatch(/Кто:|февр\.|мар\.|citing|Опубликовано [а-я]+ \d/);
    expect(text).toContain('— Роскомнадзор');
    expect(text).toContain('ТАСС');
  });
});

test.describe('hostile pages', () => {
  test('a strict CSP (default-src none)', async ({ openPage, consoleErrors }) => {
    const page = await openPage('https://web.whatsapp.com/', {
      body: fixture('platform.html'),
      headers: { 'Content-Security-Policy': "default-src 'none'; style-src 'none'; script-src 'none'" },
    });
    await expectReadable(page);
    expect(consoleErrors).toEqual([]);
  });

  test("Trusted Types enforced (require-trusted-types-for 'script')", async ({ openPage, consoleErrors }) => {
    const page = await openPage('https://www.youtube.com/', {
      body: fixture('platform.html'),
      headers: { 'Content-Security-Policy': "require-trusted-types-for 'script'; trusted-types 'none'" },
    });
    await expectReadable(page);
    await region(page).getByRole('button', { expanded: false }).click();
    await expect(region(page).locator('li.event').first()).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('global CSS that shrinks, hides and recolours everything', async ({ openPage, consoleErrors }) => {
    const page = await openPage('https://www.facebook.com/', { body: fixture('hostile-css.html') });
    await expectReadable(page);
    expect(consoleErrors).toEqual([]);
  });

  test('an app that replaces <body> after boot keeps the panel', async ({ openPage }) => {
    const page = await openPage('https://web.telegram.org/', { body: fixture('replaces-body.html') });
    await expect(panelHost(page)).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'App booted' })).toBeVisible();
    await expect(panelHost(page)).toHaveCount(1);
    await expectReadable(page);
  });

  test('twenty pushState navigations leave exactly one panel', async ({ openPage }) => {
    const page = await openPage('https://web.whatsapp.com/', { body: fixture('spa.html') });
    await expect(panelHost(page)).toHaveCount(1);
    for (let i = 0; i < 20; i++)
      await page.evaluate((n) => (window as unknown as { navigateTo(p: string): void }).navigateTo(`/chat/${n}`), i);
    await page.goBack();
    await expect(page).toHaveURL(/\/chat\/18$/);
    await page.waitForTimeout(500);
    await expect(panelHost(page)).toHaveCount(1);
  });

  test('a page that removes the panel gets it back once per address, then is respected', async ({ openPage }) => {
    const page = await openPage('https://web.whatsapp.com/', { body: fixture('spa.html') });
    await expect(panelHost(page)).toHaveCount(1);
    const remove = () => page.evaluate(() => document.querySelector('[data-restriction-context]')?.remove());
    await remove();
    await expect(panelHost(page)).toHaveCount(1);
    await remove();
    await page.waitForTimeout(300);
    await expect(panelHost(page)).toHaveCount(0);
  });
});
