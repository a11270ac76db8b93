// The inline panel in real Firefox with a Russian UI: the add-on's _locales switch to Russian, and
// the dataset's texts follow.
import { expect, it } from 'vitest';
import { expandPanel, panelButton, panelContent, platformById, useFirefox, waitForPanels } from './firefox';

const firefox = useFirefox('ru');

it('Firefox in Russian: the panel speaks Russian', async () => {
  const page = await firefox().openPage('https://web.whatsapp.com/');
  await waitForPanels(page, 1);
  const collapsed = await panelContent(page);
  if (!collapsed.region?.includes('в России'))
    throw new Error(
      `The panel is not in Russian (${collapsed.region}): Firefox did not switch its UI to Russian. It needs its Russian language pack (Debian: apt-get install firefox-esr-l10n-ru).`,
    );
  expect(collapsed.region).toContain('WhatsApp в России');
  expect(collapsed.text.replace(/\u00a0/g, ' ')).toContain('В России: заблокирован с 11 февраля 2026 г.');
  await expandPanel(page);
  const expanded = await panelContent(page);
  expect(expanded.text).toContain(platformById('whatsapp').impact.ru);
  expect(expanded.text).toMatch(/с тех пор ситуация могла измениться/);
  await (await panelButton(page, 'Скрыть')).click();
  await waitForPanels(page, 0);
  expect(firefox().errors).toEqual([]);
});
