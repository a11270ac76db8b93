// What the contract promises of the inline panel, as one assertion the hostile-page specs share.
import type { Locator, Page } from '@playwright/test';
import { expect, platformById } from './harness';

/** Our panel's host: the element with the contract's attribute whose shadow root holds the panel's region. */
export const ourHost = (page: Page) => page.locator('[data-restriction-context]').filter({ has: page.getByRole('region') });

/** The panel's region, found through its host's open shadow root. */
export const panelRegion = (page: Page) => ourHost(page).getByRole('region', { name: /in Russia/ });

/** The collapsed chip (or mark) that opens the panel. */
export const chipOf = (page: Page) => panelRegion(page).getByRole('button', { expanded: false });

/** Where the chip is drawn, in viewport pixels, and whether it is what the page shows at its centre. */
export function chipBox(chip: Locator) {
  return chip.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const host = (el.getRootNode() as ShadowRoot).host;
    const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return {
      width: box.width,
      height: box.height,
      left: box.left,
      top: box.top,
      right: box.right,
      bottom: box.bottom,
      onTop: atCentre === host,
    };
  });
}

/**
 * The contract's panel for `platformId`: one element with data-restriction-context (unless the page
 * added its own), our host with the platform's id and status, a region named for the platform, a
 * dismiss button, and a chip of at least 16x16 px inside the viewport that nothing of the page covers.
 */
export async function expectContractPanel(page: Page, platformId: string, { pageHasItsOwn = false } = {}) {
  const platform = platformById(platformId);
  if (!pageHasItsOwn) await expect(page.locator('[data-restriction-context]')).toHaveCount(1);
  await expect(ourHost(page)).toHaveCount(1);
  await expect(ourHost(page)).toHaveAttribute('data-restriction-context', platform.id);
  await expect(ourHost(page)).toHaveAttribute('data-status', platform.status);
  const region = panelRegion(page);
  await expect(region).toBeVisible();
  await expect(region).toHaveAccessibleName(new RegExp(`${platform.name.replace(/[()]/g, '.')} in Russia`));
  await expect(region.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  const chip = chipOf(page);
  await expect(chip).toBeVisible();
  const box = await chipBox(chip);
  const viewport = page.viewportSize() ?? { width: 0, height: 0 };
  expect(box.width).toBeGreaterThanOrEqual(16);
  expect(box.height).toBeGreaterThanOrEqual(16);
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(viewport.width);
  expect(box.bottom).toBeLessThanOrEqual(viewport.height);
  expect(box.onTop, 'nothing of the page covers the chip').toBe(true);
  return box;
}
