// The inline panel in real Firefox, in English: on every platform, not on lookalikes, expand and
// dismiss, and no errors from the add-on. (Popup and sources page: extension-pages.test.ts.)
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/ui/message-keys';
import {
  dataset,
  expandPanel,
  LOOKALIKES,
  message,
  panelButton,
  panelContent,
  panelHosts,
  platformById,
  useFirefox,
  waitForPanels,
} from './firefox';

const firefox = useFirefox('en');

describe('Firefox: the inline panel', () => {
  // First: the tests below visit every platform, after which each shows its mark.
  it('the first visit of the session shows the chip, saying "in Russia"; the next, the mark', async () => {
    // Whatever YouTube's status is in the data: its word, and "not officially confirmed" unless an official act stands behind it.
    const youtube = platformById('youtube');
    const word = message(keyOf('badgeStatus', youtube.status));
    const unconfirmed = youtube.statusBasis !== null && youtube.statusBasis !== 'official' ? ', not officially confirmed' : '';
    const first = await firefox().openPage('https://www.youtube.com/');
    await waitForPanels(first, 1);
    expect(await (await panelButton(first)).evaluate((b) => b.textContent?.replace(/\s+/g, ' '))).toMatch(
      new RegExp(`^In Russia: ${word} since \\d+ \\w+ \\d{4}${unconfirmed}$`),
    );
    const second = await firefox().openPage('https://www.youtube.com/feed');
    await waitForPanels(second, 1);
    const mark = await panelButton(second);
    expect(await mark.evaluate((b) => [b.textContent, b.getAttribute('aria-label')])).toEqual([
      '',
      expect.stringMatching(new RegExp(`^YouTube: ${word} in Russia since`)),
    ]);
    await Promise.all([first.close(), second.close()]);
  });

  // Before the tests below visit WhatsApp: its first visit of the session would show the chip.
  it('where the chip would cover the messages being read, the mark comes instead', async () => {
    const page = await firefox().openPage('https://web.whatsapp.com/#busy', 'layouts/whatsapp-web.html');
    await waitForPanels(page, 1);
    // Drawn as the chip, measured, then the mark (fails here if the chip stays).
    await page.waitForFunction(() => document.querySelector('[data-restriction-context]')?.shadowRoot?.querySelector('.chip--mark'), {
      timeout: 5000,
      polling: 50,
    });
    expect(await (await panelButton(page)).evaluate((b) => b.textContent)).toBe('');
    await page.close();
  });

  it.each(dataset.platforms.map((p) => [p.id, p.hosts[0], p.status] as const))(
    '%s: its main host %s shows it, %s',
    async (id, host, status) => {
      const page = await firefox().openPage(`https://${host}/`);
      await waitForPanels(page, 1);
      expect(await panelHosts(page)).toEqual([{ id, status }]);
      expect((await panelContent(page)).region).toContain(platformById(id).name);
      await page.close();
    },
  );

  it(`lookalikes get no panel (${LOOKALIKES.length} URLs)`, { timeout: 90_000 }, async () => {
    const pages = await Promise.all(LOOKALIKES.map((url) => firefox().openPage(url)));
    // The content script would have run by now: a platform page shows its panel well within this.
    const control = await firefox().openPage('https://web.whatsapp.com/');
    await waitForPanels(control, 1);
    for (const page of pages) expect(await panelHosts(page), page.url()).toEqual([]);
    await Promise.all([...pages, control].map((page) => page.close()));
  });

  it('expands to the dated history, and dismisses', async () => {
    const whatsapp = platformById('whatsapp');
    const page = await firefox().openPage('https://web.whatsapp.com/');
    await waitForPanels(page, 1);
    await expandPanel(page);
    const content = await panelContent(page);
    // The newest three, then every event on request.
    expect(content.events).toBe(3);
    expect(content.text).toContain('WhatsApp in Russia');
    expect(content.text).toContain(whatsapp.impact.en);
    await (await panelButton(page, `Show all ${whatsapp.events.length} events`)).click();
    await page.waitForFunction(
      (n) => document.querySelector('[data-restriction-context]')?.shadowRoot?.querySelectorAll('li.event').length === n,
      { timeout: 5000, polling: 50 },
      whatsapp.events.length,
    );

    await (await panelButton(page, 'Dismiss')).click();
    await waitForPanels(page, 0);
    await page.close();
  });

  it('nothing reached the network, and the add-on logged no errors', () => {
    for (const url of firefox().requests) expect(url).toMatch(/^https:\/\//);
    expect(firefox().errors).toEqual([]);
  });
});
