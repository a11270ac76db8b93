import { dataset, expect, expectReadable, fixture, LOOKALIKES, panelHost, platformById, region, sourceById, test } from './harness';

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
  const pages = [];
  for (const url of LOOKALIKES) pages.push(await openPage(url));
  // The content script would have run by now: a platform page shows its panel well within this.
  const control = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(control)).toHaveCount(1);
  for (const page of pages) await expect(panelHost(page), page.url()).toHaveCount(0);
});

test('expand, collapse with Escape, links to sources, dismiss', async ({ openPage, consoleErrors }) => {
  const whatsapp = platformById('whatsapp');
  const page = await openPage('https://web.whatsapp.com/');
  const panel = region(page, /WhatsApp/);
  // Nothing is focused by us on load: the page keeps its focus.
  await expect(panel).toBeVisible();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');

  const chip = panel.getByRole('button', { expanded: false });
  await expect(chip).toContainText('WhatsApp');
  // Collapsed, the chip already offers all three: open, stop for good, dismiss.
  await expect(panel.getByRole('button', { name: "Don't show on WhatsApp" })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  await chip.click();
  await expect(panel.getByRole('heading', { name: 'WhatsApp in Russia' })).toBeFocused();
  await expect(panel.getByText(whatsapp.impact.en)).toBeVisible();
  // The dated history: one entry per event, each with its sources as links.
  await expect(panel.locator('li.event')).toHaveCount(whatsapp.events.length);
  const newest = whatsapp.events[whatsapp.events.length - 1];
  const firstSource = sourceById(newest.sources[0]);
  await expect(panel.locator('li.event').first().getByRole('link', { name: firstSource.publisher, exact: true })).toHaveAttribute(
    'href',
    firstSource.url,
  );
  for (const link of await panel.locator('a[target="_blank"]').all()) await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(panel.getByText(/The situation may have changed since/)).toBeVisible();
  await expect(panel.getByRole('button', { name: 'All sources' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Details in the toolbar popup' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(panel.getByRole('button', { expanded: false })).toBeFocused();
  await expect(panel.locator('li.event')).toHaveCount(0);

  // Keyboard: Enter opens it again.
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'WhatsApp in Russia' })).toBeVisible();

  await panel.getByRole('button', { name: 'Dismiss' }).click();
  await expect(panelHost(page)).toHaveCount(0);
  // Dismissed for this page only: a new page of the platform shows it again.
  const next = await openPage('https://web.whatsapp.com/');
  await expect(panelHost(next)).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

test('TikTok: not restricted by Russia, and the panel says what TikTok itself restricts', async ({ openPage }) => {
  const tiktok = platformById('tiktok');
  const page = await openPage('https://www.tiktok.com/');
  await expect(panelHost(page)).toHaveAttribute('data-status', 'not-restricted');
  const panel = region(page, /TikTok/);
  await expect(panel).toContainText('Not restricted');
  await panel.getByRole('button', { expanded: false }).click();
  if (tiktok.note) await expect(panel.getByText(tiktok.note.en)).toBeVisible();
});

test('the panel opens the sources page at the cited source', async ({ context, openPage }) => {
  const page = await openPage('https://www.youtube.com/');
  await region(page, /YouTube/)
    .getByRole('button', { expanded: false })
    .click();
  const about = region(page, /YouTube/)
    .getByRole('button', { name: /^About this source/ })
    .first();
  const [sources] = await Promise.all([context.waitForEvent('page'), about.click()]);
  await expect(sources).toHaveURL(/\/src\/sources\/index\.html#source-/);
  const anchor = new URL(sources.url()).hash.slice(1);
  await expect(sources.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('"don\'t show on WhatsApp" persists across reloads and the popup\'s switch undoes it', async ({ openPage, openPopup }) => {
  const page = await openPage('https://web.whatsapp.com/');
  // Straight from the collapsed chip (the expanded panel's own button is used in reliability.spec.ts).
  await region(page, /WhatsApp/)
    .getByRole('button', { name: "Don't show on WhatsApp" })
    .click();
  await expect(panelHost(page)).toHaveCount(0);
  await page.reload();
  await page.waitForTimeout(1000);
  await expect(panelHost(page)).toHaveCount(0);
  // Other platforms are unaffected.
  const youtube = await openPage('https://www.youtube.com/');
  await expect(panelHost(youtube)).toHaveCount(1);

  const popup = await openPopup(page);
  const toggle = popup.getByRole('checkbox', { name: 'Show the panel on WhatsApp pages' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  // The open page follows at once, without a reload.
  await expect(panelHost(page)).toHaveCount(1);
});

test.describe('in Russian', () => {
  test.use({ lang: 'ru' });
  test('the panel speaks Russian, with dates in Russian', async ({ openPage }) => {
    const whatsapp = platformById('whatsapp');
    const page = await openPage('https://web.whatsapp.com/');
    const panel = region(page, /WhatsApp в России/);
    await expect(panel.getByRole('button', { name: 'Скрыть' })).toBeVisible();
    await expect(panel).toContainText('Заблокирован');
    await panel.getByRole('button', { expanded: false }).click();
    await expect(panel.getByText(whatsapp.impact.ru)).toBeVisible();
    await expect(panel).toContainText('февр');
    await expect(panel.getByText(/С тех пор ситуация могла измениться/)).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Не показывать на сайте WhatsApp' })).toBeVisible();
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
