// Renders icon.svg to the PNG sizes browsers and stores need: `node assets/icons/render.mjs`.
// Run by hand after editing the SVG; the PNGs are committed so a build needs no browser.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../../tools/browsers/browsers.mjs';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${size}px;height:${size}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: new URL(`../public/icons/icon-${size}.png`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
