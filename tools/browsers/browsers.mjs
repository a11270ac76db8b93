// Finds a browser to test with: the environment variable, then the system's, then one downloaded by
// Playwright (Chromium) or puppeteer (Firefox). No silent skip: without a browser the run stops and
// says how to get one. `npm run browsers` (tools/browsers/provision-browsers.mjs) installs what is missing.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

/** Flags for a quiet Chromium that reaches for no Google service (this machine has no network). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome-for-testing'];
const FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Where `npx @puppeteer/browsers install firefox@stable` puts Firefox (puppeteer's own default). */
export const PUPPETEER_CACHE = process.env.PUPPETEER_CACHE_DIR || join(homedir(), '.cache', 'puppeteer');
const PUPPETEER_FIREFOX = { linux: 'firefox/firefox', darwin: 'Firefox.app/Contents/MacOS/firefox', win32: 'core/firefox.exe' };

function find(envName, candidates, fallback, hint) {
  const fromEnv = process.env[envName];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${envName}=${fromEnv} does not exist.`);
  }
  const found = candidates.find((path) => existsSync(path)) ?? fallback();
  if (found) return found;
  throw new Error(`No browser found for the e2e tests. ${hint}`);
}

export function chromiumPath() {
  return find(
    'CHROMIUM_PATH',
    CHROMIUM_PATHS,
    () => {
      try {
        const path = chromium.executablePath();
        return existsSync(path) ? path : undefined;
      } catch {
        return undefined;
      }
    },
    '`npm run browsers` installs one (Debian: `apt-get install -y chromium`; elsewhere `npx playwright install chromium`), or set CHROMIUM_PATH. Branded Chrome 137+ cannot load unpacked extensions from the command line.',
  );
}

export function firefoxPath() {
  return find(
    'FIREFOX_PATH',
    FIREFOX_PATHS,
    () => {
      // Newest build first: the directories are named <platform>-stable_<version>.
      const dir = join(PUPPETEER_CACHE, 'firefox');
      const builds = existsSync(dir) ? readdirSync(dir).sort((a, b) => b.localeCompare(a, 'en', { numeric: true })) : [];
      const relative = PUPPETEER_FIREFOX[process.platform] ?? PUPPETEER_FIREFOX.linux;
      return builds.map((build) => join(dir, build, relative)).find((path) => existsSync(path));
    },
    '`npm run browsers` installs one (Debian: `apt-get install -y firefox-esr`; elsewhere `npx @puppeteer/browsers install firefox@stable`), or set FIREFOX_PATH.',
  );
}
