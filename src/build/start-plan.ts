// What `npm start` does, decided before anything launches: which browser, with which flags and
// profile, on which pages, and what it tells the reader. Pure, so a unit test covers it without a window.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { POPUP_PAGE } from '../browser/pages';

export type StartBrowser = 'chromium' | 'firefox';

export interface StartOptions {
  browser: StartBrowser;
  /** Passed to the browser as they are (after a second `--`), e.g. `--lang=ru`. */
  browserArgs: string[];
}

export const USAGE = 'Usage: npm start [-- --firefox] [-- <browser arguments>]';

const NAME: Record<StartBrowser, string> = { chromium: 'Chromium', firefox: 'Firefox' };

/** `npm start -- --firefox -- --lang=ru` reaches the script as `--firefox -- --lang=ru`. */
export function parseStartArgs(args: readonly string[]): StartOptions | { error: string } {
  const split = args.indexOf('--');
  const own = split < 0 ? args : args.slice(0, split);
  const options: StartOptions = { browser: 'chromium', browserArgs: split < 0 ? [] : args.slice(split + 1) };
  for (const arg of own) {
    if (arg === '--firefox' || arg === '--chromium') options.browser = arg === '--firefox' ? 'firefox' : 'chromium';
    else return { error: `Unknown option ${arg}. ${USAGE}` };
  }
  return options;
}

/** Why no browser window can open here, or null. Linux and the BSDs draw through X11 or Wayland. */
export function noDisplay(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string | null {
  if (!['linux', 'freebsd', 'openbsd', 'netbsd'].includes(platform) || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return 'No display to open a browser on (DISPLAY and WAYLAND_DISPLAY are not set): run it under a virtual one, `xvfb-run -a npm start`, or `npm run build` and load dist/chrome or dist/firefox in a browser elsewhere (CONTRIBUTING.md, "Set up").';
}

/** The build the browser loads: `vite build` writes dist/chrome, `vite build --mode firefox` dist/firefox. */
export function buildFor(browser: StartBrowser, root: string): { mode: string; dist: string } {
  return browser === 'firefox'
    ? { mode: 'firefox', dist: join(root, 'dist/firefox') }
    : { mode: 'production', dist: join(root, 'dist/chrome') };
}

/** A fresh profile every time, in the system's temporary directory, deleted when the browser stops. */
export function profilePrefix(browser: StartBrowser, tmpDir: string): string {
  return join(tmpDir, `restricted-in-russia-${browser}-`);
}

/** Chromium's flags: only our extension, no first-run screens. */
export function chromiumArgs(dist: string, uid: number | undefined, browserArgs: readonly string[]): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--no-default-browser-check',
    // Chromium refuses to start as root with its sandbox (containers, CI machines).
    ...(uid === 0 ? ['--no-sandbox'] : []),
    ...browserArgs,
  ];
}

/**
 * The id Chromium gives an extension loaded unpacked from `dir` (an absolute path): the first 128
 * bits of the path's SHA-256, each hex digit written as a letter from a to p.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/**
 * The profile's preferences before first start. Developer mode: Chromium loads an unpacked extension
 * from the command line without it, but blocks it when it reloads (chrome.runtime.reload(), or the
 * Reload button on chrome://extensions), so every rebuild would leave it blocked. Pinned: the
 * toolbar button and its badge in sight, not in the puzzle-piece menu.
 */
export function chromiumPreferences(dist: string) {
  return { extensions: { ui: { developer_mode: true }, pinned_extensions: [unpackedExtensionId(dist)] } };
}

/**
 * The platform page opened beside the overview: a platform of the dataset (a test checks it) whose
 * page loads without signing in, so where the network reaches it the panel shows on it.
 */
export const PLATFORM_PAGE = 'https://web.whatsapp.com/';

/**
 * The popup's overview of every platform, opened as a tab. It is drawn from the bundled dataset, so
 * it shows the same true thing with or without a network, and whatever the platform page does.
 * `extensionBase` is any URL inside the extension (Firefox gives its manifest's).
 */
export function overviewUrl(extensionBase: string): string {
  return new URL(POPUP_PAGE, extensionBase).href;
}

/** The one line `npm start` prints once the browser shows the pages. */
export function openedLine(browser: StartBrowser): string {
  const dist = browser === 'firefox' ? 'dist/firefox' : 'dist/chrome';
  return `${NAME[browser]} is open with the extension (${dist}, fresh temporary profile) on its overview of every platform and on ${PLATFORM_PAGE}; changes in src/ rebuild and reload it. To stop: close the browser or press Ctrl+C.`;
}
