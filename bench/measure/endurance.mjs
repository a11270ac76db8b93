// Endurance: many history-API navigations on a single-page app: still one panel, and the heap
// (after garbage collection) and DOM do not grow with them.
import { readFileSync } from 'node:fs';
import { extensionWorker, launchChromium } from '../../tools/browsers/chromium.mjs';

const SPA = readFileSync(new URL('../../e2e/fixtures/spa.html', import.meta.url), 'utf8');
export const NAVIGATIONS = 500;
const SETTLE_MS = 500;

export async function endurance(extension) {
  const { context, close } = await launchChromium({ extension });
  try {
    await extensionWorker(context);
    const page = await context.newPage();
    await page.route('https://web.whatsapp.com/**', (route) => route.fulfill({ contentType: 'text/html', body: SPA }));
    await page.goto('https://web.whatsapp.com/');
    await page.waitForSelector('[data-restriction-context]', { state: 'attached' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name).value;
      return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), panels: await page.locator('[data-restriction-context]').count() };
    };
    const before = await measure();
    for (let i = 0; i < NAVIGATIONS; i++) await page.evaluate((n) => window.navigateTo(`/chat/${n}`), i);
    await page.waitForTimeout(SETTLE_MS);
    const after = await measure();
    return { before, after, heapGrowth: after.heap - before.heap };
  } finally {
    await close();
  }
}
