// Popup: from chrome.action.openPopup() to the status painted (the popup's first contentful paint
// with the status or the overview in it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extensionWorker, findPopup, launchChromium } from '../../tools/browsers/chromium.mjs';
import { firstContentfulPaint, RUNS, stats } from '../stats.mjs';

// The tab settles before the first opening, and the browser between openings.
const TAB_SETTLE_MS = 500;
const BETWEEN_MS = 150;

export async function popupTimes(extension, url, selector = '[data-testid="status"], ul.overview') {
  const { context, cdpPort, close } = await launchChromium({ extension });
  const popupPath = JSON.parse(readFileSync(join(extension, 'manifest.json'), 'utf8')).action.default_popup;
  const times = [];
  try {
    const worker = await extensionWorker(context);
    const tab = await context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(TAB_SETTLE_MS);
    for (let i = 0; i < RUNS; i++) {
      await tab.bringToFront();
      const opened = await worker.evaluate(async () => {
        const start = Date.now() + (performance.now() % 1);
        await chrome.action.openPopup();
        return start;
      });
      const { page, connection } = await findPopup(cdpPort, popupPath);
      try {
        times.push((await firstContentfulPaint(page, { selector, absolute: true })) - opened);
        await page.close();
      } finally {
        await connection.close();
      }
      await tab.waitForTimeout(BETWEEN_MS);
    }
  } finally {
    await close();
  }
  return stats(times);
}
