// The inline panel in real Firefox, in English: on every platform, not on lookalikes, expand and
// dismiss, and no errors from the add-on. (Popup and sources page: extension-pages.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  dataset,
  expandPanel,
  LOOKALIKES,
  panelButton,
  panelContent,
  panelHosts,
  platformById,
  useFirefox,
  waitForPanels,
} from './firefox';

const firefox = useFirefox('en');

describe('Firefox: the inline panel', () => {
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
    expect(content.events).toBe(whatsapp.events.length);
    expect(content.text).toContain('WhatsApp in Russia');
    expect(content.text).toContain(whatsapp.impact.en);

    await (await panelButton(page, 'Dismiss')).click();
    await waitForPanels(page, 0);
    await page.close();
  });

  it('nothing reached the network, and the add-on logged no errors', () => {
    for (const url of firefox().requests) expect(url).toMatch(/^https:\/\//);
    expect(firefox().errors).toEqual([]);
  });
});
