// A page of 200,000 nodes (e2e/fixtures/huge-dom.html, as a platform's): from its DOMContentLoaded
// to the panel's host joining the document, both on the page's own clock (the fixture records them).
// The contract allows 3 s. The worker has answered a page before, so what is measured is the page's
// size, not the browser's cold start.
import { readFileSync } from 'node:fs';
import { extensionWorker, launchChromium } from '../../tools/browsers/chromium.mjs';
import { RUNS, stats } from '../stats.mjs';

const HUGE = readFileSync(new URL('../../e2e/fixtures/huge-dom.html', import.meta.url), 'utf8');
const URL_ = 'https://www.facebook.com/';

export async function hugePageTimes(extension) {
  const { context, close } = await launchChromium({ extension });
  const times = [];
  try {
    await extensionWorker(context);
    const warm = await context.newPage();
    await warm.goto(URL_);
    await warm.waitForSelector('[data-restriction-context]', { state: 'attached' });
    await warm.close();
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.route(URL_, (route) => route.fulfill({ contentType: 'text/html', body: HUGE }));
      await page.goto(URL_);
      await page.waitForFunction(() => window.panelAt !== undefined && window.domContentLoadedAt !== undefined, null, { timeout: 30_000 });
      times.push(await page.evaluate(() => window.panelAt - window.domContentLoadedAt));
      await page.close();
    }
  } finally {
    await close();
  }
  return stats(times);
}
