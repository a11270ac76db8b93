// How sure a status is, where a reader sees it: a status not officially confirmed says so (or, on the
// chip, who measured it) on the chip, in the popup and in the badge's tooltip; the review date comes with the newest source's
// date; each platform's detail links to OONI Explorer's live measurements from Russia.
import type { Page, Worker } from '@playwright/test';
import { basisWords, dataset, expect, panelHost, SOURCES_PAGE, test } from './harness';

const measured = dataset.platforms.find((p) => p.statusBasis === 'measurement');
const reported = dataset.platforms.find((p) => p.statusBasis === 'reports');
const official = dataset.platforms.find((p) => p.statusBasis === 'official');
const hostOf = (p: { hosts: string[] }) => `https://${p.hosts[0]}/`;

/** The toolbar icon's tooltip on the active tab. */
async function tooltipOf(worker: Worker, page: Page) {
  await page.bringToFront();
  return worker.evaluate(async () => {
    type Chrome = { tabs: { query(q: object): Promise<{ id: number }[]> }; action: { getTitle(d: { tabId: number }): Promise<string> } };
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return chrome.action.getTitle({ tabId: tab.id });
  });
}

const day = (d: Date) => d.toISOString().slice(0, 10);

test('the data has a status that is not officially confirmed, and one that is', () => {
  expect(measured, 'a platform whose status rests on measurements').toBeDefined();
  expect(reported, 'a platform whose status rests on reports').toBeDefined();
  expect(official, 'a platform whose status rests on an official act').toBeDefined();
});

for (const [basis, unconfirmed] of [
  ['measurements', measured],
  ['reports', reported],
] as const)
  test(`chip, mark, popup and badge tooltip of a platform whose status rests on ${basis} say so`, async ({
    openPage,
    openPopup,
    serviceWorker,
  }) => {
    if (!unconfirmed) throw new Error(`no platform whose status rests on ${basis}`);
    const tab = await openPage(hostOf(unconfirmed));
    await expect(panelHost(tab)).toHaveAttribute('data-status', unconfirmed.status);
    const chip = tab.getByRole('region', { name: new RegExp(unconfirmed.name) }).getByRole('button', { expanded: false });
    // The chip says the basis in a few words: who measured the status, or that no act confirms it.
    const words = basisWords(unconfirmed) ?? '';
    expect(words).toEqual(basis === 'measurements' ? expect.stringMatching(/^measured by \S/) : 'not officially confirmed');
    await expect(chip).toContainText(words);
    // The toolbar icon's tooltip and the chip's (the mark's, which has no words of its own) say the same sentence.
    const sentence = new RegExp(`^${unconfirmed.name}: .* in Russia since .*, ${words}$`);
    await expect.poll(() => tooltipOf(serviceWorker, tab)).toMatch(sentence);
    const title = (await chip.getAttribute('title')) ?? '';
    expect(title.replace(/\. [^.]*$/, '')).toBe(await tooltipOf(serviceWorker, tab));

    const popup = await openPopup(tab);
    await expect(popup.getByTestId('status')).toContainText(words);
    await expect(
      popup.getByText(
        /^Not officially confirmed: the status rests on \d+ independent reports\.$|^Not officially confirmed: the status rests on network measurements/,
      ),
    ).toBeVisible();
  });

test('an officially confirmed status names its act and carries no such caveat', async ({ openPage, openPopup, serviceWorker }) => {
  if (!official) throw new Error('no platform with an official status');
  const tab = await openPage(hostOf(official));
  const chip = tab.getByRole('region', { name: new RegExp(official.name) }).getByRole('button', { expanded: false });
  await expect(chip).toBeVisible();
  await expect(chip).not.toContainText('not officially confirmed');
  expect(await tooltipOf(serviceWorker, tab)).not.toContain('not officially confirmed');
  const popup = await openPopup(tab);
  const setter = official.events.findLast((e) => e.status);
  const act = setter?.basis?.kind === 'official' ? setter.basis.act.en : '';
  await expect(popup.getByText(`Officially confirmed: ${act}.`)).toBeVisible();
  await expect(popup.getByTestId('status')).not.toContainText('not officially confirmed');
});

test("the popup's OONI link carries the platform's domain, Russia and the last 30 days", async ({ openPage, openPopup }) => {
  const youtube = dataset.platforms.find((p) => p.id === 'youtube');
  if (!youtube) throw new Error('no youtube');
  const popup = await openPopup(await openPage('https://www.youtube.com/'));
  const link = popup.getByRole('link', { name: 'Check it now on OONI Explorer' });
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  const url = new URL((await link.getAttribute('href')) ?? '');
  expect(`${url.origin}${url.pathname}`).toBe('https://explorer.ooni.org/chart/mat');
  expect(url.searchParams.get('probe_cc')).toBe('RU');
  expect(url.searchParams.get('domain')?.split(',')).toContain('www.youtube.com');
  const now = await popup.evaluate(() => Date.now());
  expect(url.searchParams.get('until')).toBe(day(new Date(now)));
  expect(url.searchParams.get('since')).toBe(day(new Date(now - 30 * 86_400_000)));
});

test('the sources page gives every platform its status, basis and OONI link', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${SOURCES_PAGE}`);
  const section = page.getByRole('region', { name: "Each platform's status and what it rests on" });
  for (const p of dataset.platforms) {
    const row = section.locator(`li[data-platform="${p.id}"]`);
    await expect(row).toContainText(p.name);
    if (p.statusBasis === 'official') await expect(row).toContainText('Officially confirmed:');
    else if (p.statusBasis) await expect(row).toContainText(basisWords(p) ?? '');
    const link = row.getByRole('link', { name: 'Check it now on OONI Explorer' });
    if (!p.ooni) {
      await expect(link).toHaveCount(0);
      continue;
    }
    const url = new URL((await link.getAttribute('href')) ?? '');
    expect(url.searchParams.get('probe_cc'), p.id).toBe('RU');
    if ('test' in p.ooni) expect(url.searchParams.get('test_name'), p.id).toBe(p.ooni.test);
    else expect(url.searchParams.get('domain'), p.id).toBe(p.ooni.domains.join(','));
  }
});

test('the review date comes with the date of the newest source, and the whitelist notice stands on its own in the overview', async ({
  openPage,
  openPopup,
}) => {
  const popup = await openPopup(await openPage('https://example.org/'));
  const fmt = (iso: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
  await expect(popup.locator('.reviewed')).toHaveText(
    `Checked ${fmt(dataset.reviewed)} against sources up to ${fmt(dataset.latestSource)}. The situation may have changed since.`,
  );
  const notices = dataset.context.filter((c) => c.notice);
  expect(notices.length).toBeGreaterThan(0);
  const notice = popup.getByRole('complementary', { name: 'Affects every platform' });
  for (const item of notices) await expect(notice).toContainText(item.title.en);
  // On its own, right after the list of platforms, not folded away with the other rules.
  await expect(notice).toBeVisible();
  await expect(popup.locator('details.context')).not.toHaveAttribute('open');
});
