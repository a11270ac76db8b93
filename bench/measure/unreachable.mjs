// A platform that does not load: from the browser reporting the failed load (webRequest's
// timeStamp, seen by a listener added to the worker) to the page shown in its place first painted
// (its first contentful paint, on the same clock). The contract allows 2 s. Real failures, no
// network: --host-resolver-rules give no DNS answer and a refused connection, and resolve no other
// name, so nothing else can leave the machine either.
import { extensionWorker, launchChromium } from '../../tools/browsers/chromium.mjs';
import { firstContentfulPaint, RUNS, stats } from '../stats.mjs';

// Its home is src/browser/pages.ts, which plain Node cannot import; pages.test.mjs ties the two.
export const UNREACHABLE_PAGE = 'src/unreachable/index.html';

const FAILING = [
  ['web.whatsapp.com', '~NOTFOUND'],
  ['t.me', '127.0.0.1:9'],
];

export async function unreachableTimes(extension) {
  const { context, close } = await launchChromium({
    extension,
    args: [`--host-resolver-rules=${FAILING.map(([host, to]) => `MAP ${host} ${to}`).join(', ')}, MAP * ~NOTFOUND`],
    passThrough: FAILING.map(([host]) => host),
  });
  const times = [];
  let first;
  try {
    const worker = await extensionWorker(context);
    await worker.evaluate(() => {
      globalThis.benchFailures = {};
      chrome.webRequest.onErrorOccurred.addListener((d) => (globalThis.benchFailures[d.url] = d.timeStamp), {
        urls: ['<all_urls>'],
        types: ['main_frame'],
      });
    });
    // One more than RUNS: the first, in a browser that has not yet opened an extension page, is apart.
    for (let i = 0; i <= RUNS; i++) {
      const [host] = FAILING[i % FAILING.length];
      const url = `https://${host}/?run=${i}`;
      const page = await context.newPage();
      await page.goto(url).catch(() => {
        // The failure being measured.
      });
      const deadline = Date.now() + 10_000;
      while (!page.url().includes(`/${UNREACHABLE_PAGE}`) && Date.now() < deadline) await page.waitForTimeout(10);
      const painted = await firstContentfulPaint(page, { selector: '[data-restriction-context]', absolute: true });
      const elapsed = painted - (await worker.evaluate((u) => globalThis.benchFailures[u], url));
      if (i === 0) first = elapsed;
      else times.push(elapsed);
      await page.close();
    }
  } finally {
    await close();
  }
  return { ...stats(times), firstInFreshBrowser: first };
}
