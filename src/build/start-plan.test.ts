// What `npm start` decides before it launches anything: which browser, which flags and profile, which
// pages, and what it says when there is no display.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchUrl } from '../core/match';
import {
  buildFor,
  chromiumArgs,
  chromiumPreferences,
  noDisplay,
  openedLine,
  overviewUrl,
  PLATFORM_PAGE,
  parseStartArgs,
  profilePrefix,
  unpackedExtensionId,
} from './start-plan';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const whatsapp = JSON.parse(readFileSync(new URL('../data/platforms/whatsapp.json', import.meta.url), 'utf8'));

describe('parseStartArgs', () => {
  it('opens Chromium by default and Firefox with --firefox', () => {
    expect(parseStartArgs([])).toEqual({ browser: 'chromium', browserArgs: [] });
    expect(parseStartArgs(['--firefox'])).toEqual({ browser: 'firefox', browserArgs: [] });
    expect(parseStartArgs(['--firefox', '--chromium'])).toEqual({ browser: 'chromium', browserArgs: [] });
  });

  it('passes what follows a second -- to the browser untouched', () => {
    expect(parseStartArgs(['--firefox', '--', '--lang=ru', '--firefox'])).toEqual({
      browser: 'firefox',
      browserArgs: ['--lang=ru', '--firefox'],
    });
    expect(parseStartArgs(['--', '--remote-debugging-port=9333'])).toEqual({
      browser: 'chromium',
      browserArgs: ['--remote-debugging-port=9333'],
    });
  });

  it('refuses an unknown option, with the usage', () => {
    expect(parseStartArgs(['--safari'])).toEqual({
      error: 'Unknown option --safari. Usage: npm start [-- --firefox] [-- <browser arguments>]',
    });
  });
});

describe('noDisplay', () => {
  it('says, in one line, that Linux without X11 or Wayland has nowhere to open a window, and what to do', () => {
    const message = noDisplay('linux', {});
    expect(message).toContain('DISPLAY and WAYLAND_DISPLAY are not set');
    expect(message).toContain('xvfb-run -a npm start');
    expect(message).not.toContain('\n');
  });

  it('lets a browser open where a display exists, or where the system draws windows itself', () => {
    expect(noDisplay('linux', { DISPLAY: ':99' })).toBeNull();
    expect(noDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull();
    expect(noDisplay('darwin', {})).toBeNull();
    expect(noDisplay('win32', {})).toBeNull();
  });
});

describe('which build and profile', () => {
  it('loads the build made for that browser', () => {
    expect(buildFor('chromium', '/repo')).toEqual({ mode: 'production', dist: '/repo/dist/chrome' });
    expect(buildFor('firefox', '/repo')).toEqual({ mode: 'firefox', dist: '/repo/dist/firefox' });
  });

  it("uses a fresh temporary profile, never the reader's own", () => {
    expect(profilePrefix('chromium', '/tmp')).toBe('/tmp/restricted-in-russia-chromium-');
    expect(profilePrefix('firefox', '/var/tmp')).toBe('/var/tmp/restricted-in-russia-firefox-');
  });
});

describe('chromiumArgs', () => {
  it('loads only this extension, and drops the sandbox only as root, where Chromium refuses to start with it', () => {
    const asUser = chromiumArgs('/repo/dist/chrome', 1000, []);
    expect(asUser).toEqual([
      '--disable-extensions-except=/repo/dist/chrome',
      '--load-extension=/repo/dist/chrome',
      '--no-first-run',
      '--no-default-browser-check',
    ]);
    expect(chromiumArgs('/d', 0, [])).toContain('--no-sandbox');
    expect(chromiumArgs('/d', undefined, [])).not.toContain('--no-sandbox');
    expect(chromiumArgs('/d', 1000, ['--lang=ru']).at(-1)).toBe('--lang=ru');
  });
});

describe('the profile', () => {
  it('knows the id Chromium gives the unpacked extension (the id of one real launch)', () => {
    expect(unpackedExtensionId('/work/wt/i28newcomer/dist/chrome')).toBe('ephaognefnghmjblcoomhbkgfkakofgj');
  });

  it('turns developer mode on, so a reload does not block the extension, and pins its button', () => {
    expect(chromiumPreferences('/d').extensions).toEqual({ ui: { developer_mode: true }, pinned_extensions: [unpackedExtensionId('/d')] });
  });
});

describe('the start pages', () => {
  it("opens the popup's overview, at the manifest's popup, in either browser", () => {
    const chromeBase = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/';
    expect(overviewUrl(chromeBase)).toBe(`${chromeBase}${manifest.action.default_popup}`);
    expect(overviewUrl('moz-extension://0f1e2d3c-aaaa-4bbb-8ccc-123456789abc/manifest.json')).toBe(
      'moz-extension://0f1e2d3c-aaaa-4bbb-8ccc-123456789abc/src/popup/index.html',
    );
  });

  it('opens a page of a platform in the dataset beside it', () => {
    expect(matchUrl(PLATFORM_PAGE, [whatsapp])?.id).toBe('whatsapp');
  });

  it('says in one line what it opened and how to stop it', () => {
    for (const browser of ['chromium', 'firefox'] as const) {
      const line = openedLine(browser);
      expect(line).not.toContain('\n');
      expect(line).toContain(PLATFORM_PAGE);
      expect(line).toContain('Ctrl+C');
    }
    expect(openedLine('firefox')).toMatch(/^Firefox is open with the extension \(dist\/firefox, fresh temporary profile\)/);
  });
});
