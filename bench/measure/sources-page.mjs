// Sources page: from navigation start to the whole list painted (it renders in one pass, so the
// first contentful paint is the full list).
import { extensionWorker, launchChromium } from '../../e2e/chromium.mjs';
import { firstContentfulPaint, RUNS, stats } from '../stats.mjs';

// Its home is src/browser/pages.ts, which plain Node cannot import; pages.test.mjs ties the two.
export const SOURCES_PAGE = 'src/sources/index.html';

export async function sourcesTimes(extension) {
  const { context, close } = await launchChromium({ extension });
  const times = [];
  try {
    const id = new URL((await extensionWorker(context)).url()).host;
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${SOURCES_PAGE}`);
      await page.waitForSelector('ol.sources > li');
      times.push(await firstContentfulPaint(page));
      await page.close();
    }
  } finally {
    await close();
  }
  return stats(times);
}
