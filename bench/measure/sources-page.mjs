// Sources page, from navigation start: to its first paint, which holds the header, the status chart
// and the first sources (the rest of the list follows in idle time: src/sources/progressive.ts), and
// to every source and section drawn. The floor is a static one-line page in the reference extension,
// opened the same way: no page can paint sooner, so the budget holds what the sources page adds to it,
// as the popup's does. Each load starts a second after the page before it closed: extension pages
// share one renderer, and closing a page whose whole list is drawn (with 10x data, 80,000 DOM nodes)
// kept that renderer busy into the next load, which then painted some 150 ms later (26 Nov 2026,
// 40 loads in random order). That is the previous sample's cost, not this one's; it is printed beside the
// budget's figure, as "back to back".
import { extensionWorker, launchChromium } from '../../tools/browsers/chromium.mjs';
import { firstContentfulPaint, RUNS, stats } from '../stats.mjs';

// Its home is src/browser/pages.ts, which plain Node cannot import; pages.test.mjs ties the two.
export const SOURCES_PAGE = 'src/sources/index.html';
const STATIC_PAGE = 'page.html';
// The list is whole when it is no longer busy (src/sources/SourcesPage.tsx).
const WHOLE = 'ol.sources:not([aria-busy])';
const SETTLE_MS = 1000;

/** Until `selector` is in the document: milliseconds since navigation start. */
const drawnAt = (page, selector) =>
  page.evaluate(
    (selector) =>
      new Promise((done) => {
        const look = () => (document.querySelector(selector) ? done(performance.now()) : setTimeout(look, 5));
        look();
      }),
    selector,
  );

async function pageTimes(extension, path, whole, settle = SETTLE_MS) {
  const { context, close } = await launchChromium({ extension });
  const painted = [];
  const drawn = [];
  try {
    const id = new URL((await extensionWorker(context)).url()).host;
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      await page.waitForSelector('ol.sources > li');
      painted.push(await firstContentfulPaint(page));
      if (whole) drawn.push(await drawnAt(page, whole));
      await page.close();
      await new Promise((settled) => setTimeout(settled, settle));
    }
  } finally {
    await close();
  }
  return whole ? { painted: stats(painted), drawn: stats(drawn) } : stats(painted);
}

export const staticPageTimes = (reference) => pageTimes(reference, STATIC_PAGE, null);
export const sourcesTimes = (extension) => pageTimes(extension, SOURCES_PAGE, WHOLE);
/** Each load as soon as the one before it has drawn its whole list and closed. */
export const sourcesBackToBack = async (extension) => (await pageTimes(extension, SOURCES_PAGE, WHOLE, 0)).painted;
