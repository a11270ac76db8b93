// The inline panel in real Firefox, in English: on every platform, not on lookalikes, expand and
// dismiss, and no errors from the add-on. (Popup and sources page: Chromium only, see firefox.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, type Firefox, launchFirefox, panelButton, panelContent, panelHosts, waitForPanels } from './firefox';

let firefox: Firefox;
beforeAll(async () => {
  firefox = await launchFirefox('en');
});
afterAll(async () => {
  await firefox?.close();
});

const platform = (id: string) => {
  const found = dataset.platforms.find((p) => p.id === id);
  if (!found) throw new Error(`no platform ${id} in dist/dataset.json`);
  return found;
};

describe('Firefox: the inline panel', () => {
  it.each(dataset.platforms.map((p) => [p.id, p.hosts[0], p.status] as const))(
    '%s: its main host %s shows it, %s',
    async (id, host, status) => {
      const page = await firefox.openPage(`https://${host}/`);
      await waitForPanels(page, 1);
      expect(await panelHosts(page)).toEqual([{ id, status }]);
      expect((await panelContent(page)).region).toContain(platform(id).name);
      await page.close();
    },
  );

  it('lookalikes get no panel', async () => {
    const lookalikes = [
      'https://notwhatsapp.com/',
      'https://whatsapp.com.example.org/',
      'https://example.org/?q=youtube.com',
      'https://xn--whtsapp-3fg.com/', // whаtsapp.com with a Cyrillic а
      'https://t.me.example.org/',
    ];
    const pages = await Promise.all(lookalikes.map((url) => firefox.openPage(url)));
    // The content script would have run by now: a platform page shows its panel well within this.
    const control = await firefox.openPage('https://web.whatsapp.com/');
    await waitForPanels(control, 1);
    for (const page of pages) expect(await panelHosts(page), page.url()).toEqual([]);
    await Promise.all([...pages, control].map((page) => page.close()));
  });

  it('expands to the dated history, and dismisses', async () => {
    const whatsapp = platform('whatsapp');
    const page = await firefox.openPage('https://web.whatsapp.com/');
    await waitForPanels(page, 1);
    await (await panelButton(page)).click();
    await page.waitForFunction(
      () => (document.querySelector('[data-restriction-context]')?.shadowRoot?.querySelectorAll('li.event').length ?? 0) > 0,
      { timeout: 5000, polling: 50 },
    );
    const content = await panelContent(page);
    expect(content.events).toBe(whatsapp.events.length);
    expect(content.text).toContain('WhatsApp in Russia');
    expect(content.text).toContain(whatsapp.impact.en);

    await (await panelButton(page, 'Dismiss')).click();
    await waitForPanels(page, 0);
    await page.close();
  });

  it('nothing reached the network, and the add-on logged no errors', () => {
    for (const url of firefox.requests) expect(url).toMatch(/^https:\/\//);
    expect(firefox.errors).toEqual([]);
  });
});
