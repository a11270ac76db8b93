// Finds a browser to test with: the environment variable, then the system's, then one installed by
// `npx playwright install`. No silent skip: without a browser the run stops and says how to get one.
import { existsSync } from 'node:fs';
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
    'Install Chromium (Debian/Ubuntu: `apt-get install -y chromium`; elsewhere `npx playwright install chromium`) or set CHROMIUM_PATH. Branded Chrome 137+ cannot load unpacked extensions from the command line.',
  );
}

export function firefoxPath() {
  return find(
    'FIREFOX_PATH',
    FIREFOX_PATHS,
    () => undefined,
    'Install Firefox (Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH.',
  );
}
