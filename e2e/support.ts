// What the Chromium suite (e2e/harness.ts) and the Firefox suite (e2e/firefox/firefox.ts) share,
// apart from how each drives its browser: where the build and the fixtures are, the published
// dataset, the words a reader sees (read from _locales, so a wording change is made once), and the
// URLs that must get no panel. Oracles the tests are not about come from src/core, not re-written.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '../src/build/manifest';
import type { Lang } from '../src/core/lang';
import { PUBLISHED_FILES } from '../src/data/open-data';
import type { Dataset, StatusId } from '../src/data/schema';
import { keyOf, type MessageKey } from '../src/ui/message-keys';

// The extension's page paths and open-data files, from their homes in src.
export { POPUP_PAGE, popupPath, SOURCES_PAGE, sourcesPath, UNREACHABLE_PAGE } from '../src/browser/pages';
export { PACKAGED_FILES } from '../src/data/open-data';

export const ROOT = resolve(import.meta.dirname, '..');

/**
 * An address of the extension page `path` (src/browser/pages.ts), whatever the extension's id: ending
 * there, or followed by `then` and preceded by `origin` (both regular expressions).
 */
export const pageAddress = (path: string, then = '$', origin = '') =>
  new RegExp(`${origin}/${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${then}`);

/** The built extension for `browser`; `npm run build` writes both. */
export function distDir(browser: Browser): string {
  const dir = resolve(ROOT, 'dist', browser);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} has no build: run \`npm run build\` first.`);
  return dir;
}

/** The manifest the build wrote for `browser`. */
export const builtManifest = (browser: Browser) => JSON.parse(readFileSync(resolve(distDir(browser), 'manifest.json'), 'utf8'));

/** A page from e2e/fixtures/. */
export const fixture = (name: string) => readFileSync(resolve(ROOT, 'e2e/fixtures', name), 'utf8');

/** The published dataset, as the contract promises it. */
export const dataset: Dataset = JSON.parse(readFileSync(resolve(ROOT, 'dist', PUBLISHED_FILES.json), 'utf8'));

export function platformById(id: string) {
  const found = dataset.platforms.find((p) => p.id === id);
  if (!found) throw new Error(`no platform ${id} in dist/dataset.json`);
  return found;
}

export function sourceById(id: string) {
  const found = dataset.sources.find((s) => s.id === id);
  if (!found) throw new Error(`no source ${id} in dist/dataset.json`);
  return found;
}

const locales = new Map<Lang, Record<string, { message: string }>>();

/** The string `_locales/<lang>` holds for `key` (one without placeholders). */
export function message(key: MessageKey, lang: Lang = 'en'): string {
  if (!locales.has(lang))
    locales.set(lang, JSON.parse(readFileSync(resolve(ROOT, `assets/public/_locales/${lang}/messages.json`), 'utf8')));
  const text = locales.get(lang)?.[key]?.message;
  if (text === undefined) throw new Error(`no message ${key} in _locales/${lang}`);
  return text;
}

/**
 * What a platform's status shown beside it says of its basis (src/ui/StatusLabel.tsx): who measured
 * it, "not officially confirmed" where it rests on reports, nothing where an act stands behind it.
 */
export function basisWords(platform: Dataset['platforms'][number]): string | null {
  const basis = platform.events.find((e) => e.id === platform.statusEventId)?.basis;
  if (!basis || basis.kind === 'official') return null;
  return basis.kind === 'measurement' ? `measured by ${basis.by}` : 'not officially confirmed';
}

/** How a status is named to the reader (panel, popup, legend). */
export const statusLabel = (status: StatusId, lang: Lang = 'en') => message(keyOf('status', status), lang);

/** The toolbar badge's text for a status: none where the platform is not restricted. */
export const badgeText = (status: StatusId) => (status === 'not-restricted' ? '' : message(keyOf('badge', status)));

/**
 * Pages that must get no panel: other sites that merely look like a platform or name one in the
 * path or query. (src/core/match.test.ts covers the matching rule itself; these check that the
 * manifest's patterns and the content script agree on real pages.)
 */
export const LOOKALIKES = [
  'https://notwhatsapp.com/',
  'https://whatsapp.com.example.org/',
  'https://example.org/web.whatsapp.com',
  'https://example.org/?q=youtube.com',
  'https://xn--whtsapp-3fg.com/', // whаtsapp.com with a Cyrillic а
  'https://web-whatsapp.com/',
  'https://youtube.co/',
  'https://myoutube.com/',
  'https://t.me.example.org/',
  'https://instagram.com.evil.example/',
  'https://www.apple.com/facetime/',
  'https://apple.com/',
  'https://x.com.evil.example/',
  'https://twitter.co/',
  'https://notdiscord.com/',
  'https://discord.gg.example.org/',
  'https://signal.org.example.com/',
  'https://roblox.co/',
  'https://mylinkedin.com/',
];

export interface TextSizes {
  /** The smallest font size, in px, of any text a reader can see. */
  min: number;
  /** The font size, in px, that carries most of the running text (text in the page's own text colour). */
  body: number;
  /** Characters of visible text by font size, for the report. */
  chars: Record<string, number>;
}

/**
 * Run in a page (Playwright's or puppeteer's evaluate): the computed font sizes of the text a reader
 * sees there. Visible means laid out with a size (not display: none, not a 1 px visually-hidden
 * label, not a closed disclosure). Self-contained: it is sent to the page as source.
 */
export function textSizes(): TextSizes {
  const chars: Record<string, number> = {};
  const running: Record<string, number> = {};
  const bodyColour = getComputedStyle(document.querySelector('.ui') ?? document.body).color;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(parent);
    if (style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
    const size = Math.round(Number.parseFloat(style.fontSize) * 100) / 100;
    chars[size] = (chars[size] ?? 0) + text.length;
    const runningText = style.color === bodyColour && Number(style.fontWeight) < 600 && !parent.closest('h1, h2, h3, svg, button, a');
    if (runningText) running[size] = (running[size] ?? 0) + text.length;
  }
  const sizes = Object.keys(chars).map(Number);
  const body = Object.entries(running).sort((a, b) => b[1] - a[1])[0]?.[0];
  return { min: Math.min(...sizes), body: Number(body ?? Number.NaN), chars };
}
