// What `npm test` (and `npm start`) installs, and how, on the machines they meet: decided without
// installing or launching anything.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumPath, firefoxPath } from './browsers.mjs';
import { announce, type Facts, failure, planProvision, russianPackPackage } from './provision-browsers.mjs';

const debianFirefox = { firefox: '/usr/bin/firefox-esr' };
const base: Facts = { needs: ['chromium', 'firefox', 'firefox-ru'], env: {}, found: {}, russianPack: false, apt: null };
const facts = (over: Partial<Facts>): Facts => ({ ...base, ...over });
const installed = (plan: ReturnType<typeof planProvision>) => plan.steps.map((s) => s.commands.at(-1)?.join(' '));

describe('planProvision', () => {
  it('installs nothing where both browsers and the Russian pack are present', () => {
    const plan = planProvision(
      facts({
        found: { chromium: '/usr/bin/chromium', ...debianFirefox },
        firefoxDir: '/usr/lib/firefox-esr',
        russianPack: true,
        apt: 'root',
      }),
    );
    expect(plan).toEqual({ steps: [], missing: [], warnings: [] });
  });

  it('on a fresh Debian machine as root, installs both browsers, fonts and the Russian pack in one apt-get run', () => {
    const plan = planProvision(facts({ apt: 'root' }));
    expect(plan.steps).toHaveLength(1);
    expect(plan.steps[0].commands).toEqual([
      ['apt-get', 'update', '-qq'],
      [
        'env',
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        'install',
        '-y',
        '-qq',
        '--no-install-recommends',
        'chromium',
        'fonts-liberation',
        'firefox-esr',
        'firefox-esr-l10n-ru',
      ],
    ]);
    expect(announce(plan.steps[0])).toBe(
      "Installing chromium fonts-liberation firefox-esr firefox-esr-l10n-ru from Debian's packages (apt-get, as root): no Chromium found; no Firefox found.",
    );
    expect(plan.missing).toEqual(['chromium', 'firefox']);
  });

  it('uses sudo without a password prompt when not root', () => {
    const plan = planProvision(facts({ apt: 'sudo', needs: ['chromium'] }));
    expect(plan.steps[0].commands.map((c) => c.slice(0, 3))).toEqual([
      ['sudo', '-n', 'apt-get'],
      ['sudo', '-n', 'env'],
    ]);
    expect(plan.steps[0].what).toContain('with sudo');
  });

  it('without apt-get (a developer machine) downloads Chromium with Playwright and Firefox with puppeteer', () => {
    const plan = planProvision(facts({}));
    expect(plan.steps.map((s) => s.means)).toEqual(['playwright', 'puppeteer']);
    expect(installed(plan)[0]).toBe('npx playwright install chromium');
    expect(installed(plan)[1]).toMatch(/^npx @puppeteer\/browsers install firefox@stable --path /);
    // The Russian pack cannot come with a downloaded Firefox; that is said once Firefox is there.
    expect(plan.warnings).toEqual([]);
  });

  it('falls back to the downloads when apt-get was tried and failed', () => {
    const plan = planProvision(facts({ apt: 'root', tried: ['apt'] }));
    expect(plan.steps.map((s) => s.means)).toEqual(['playwright', 'puppeteer']);
  });

  it('with every means tried, plans nothing and leaves the browser missing, and says so in one line', () => {
    const plan = planProvision(facts({ apt: 'root', needs: ['chromium'], tried: ['apt', 'playwright'] }));
    expect(plan.steps).toEqual([]);
    expect(plan.missing).toEqual(['chromium']);
    const line = failure('chromium', {
      'apt-get install': 'exit 100, E: Unable to locate package chromium',
      'npx playwright install chromium': 'exit 1',
    });
    expect(line).not.toContain('\n');
    expect(line).toBe(
      'No Chromium for the tests, and none could be installed (apt-get install: exit 100, E: Unable to locate package chromium; npx playwright install chromium: exit 1). Install Chromium yourself or set CHROMIUM_PATH.',
    );
  });

  it("adds only the Russian pack where Debian's Firefox lacks it", () => {
    const plan = planProvision(
      facts({ found: { chromium: '/usr/bin/chromium', ...debianFirefox }, firefoxDir: '/usr/lib/firefox-esr', apt: 'root' }),
    );
    expect(installed(plan)).toEqual([
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr-l10n-ru',
    ]);
    expect(announce(plan.steps[0])).toContain('Firefox has no Russian language pack');
  });

  it('warns, and does not fail, where the Russian pack cannot be installed', () => {
    const debian = planProvision(facts({ found: { chromium: '/c', ...debianFirefox }, firefoxDir: '/usr/lib/firefox-esr' }));
    expect(debian.steps).toEqual([]);
    expect(debian.warnings).toEqual([
      'Firefox (/usr/bin/firefox-esr) has no Russian language pack, so the Russian Firefox test will fail: install firefox-esr-l10n-ru (as root).',
    ]);
    const downloaded = planProvision(
      facts({ found: { chromium: '/c', firefox: '/home/a/.cache/puppeteer/firefox/linux-stable_150.0/firefox/firefox' }, apt: 'root' }),
    );
    expect(downloaded.steps).toEqual([]);
    expect(downloaded.warnings[0]).toMatch(/Russian Firefox test will fail: Debian’s firefox-esr with firefox-esr-l10n-ru has one\.$/);
  });

  it('never installs over an explicit CHROMIUM_PATH or FIREFOX_PATH that names nothing', () => {
    const plan = planProvision(facts({ env: { FIREFOX_PATH: '/opt/ff/firefox' }, found: { chromium: '/c' }, apt: 'root' }));
    expect(plan.problem).toBe('FIREFOX_PATH=/opt/ff/firefox does not exist: point it at a Firefox or unset it.');
    expect(plan.steps).toEqual([]);
  });

  it('for `npm start` in Chromium, provisions Chromium only', () => {
    const plan = planProvision(facts({ needs: ['chromium'], apt: 'root' }));
    expect(installed(plan)).toEqual([
      'env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation',
    ]);
    expect(planProvision(facts({ needs: ['firefox'], apt: null })).steps.map((s) => s.means)).toEqual(['puppeteer']);
  });
});

describe('russianPackPackage', () => {
  it("names the language pack package of Debian's Firefox builds only", () => {
    expect(russianPackPackage('/usr/lib/firefox-esr')).toBe('firefox-esr-l10n-ru');
    expect(russianPackPackage('/usr/lib/firefox')).toBe('firefox-l10n-ru');
    expect(russianPackPackage('/Applications/Firefox.app/Contents/MacOS')).toBeNull();
    expect(russianPackPackage(undefined)).toBeNull();
  });
});

describe('which browser binary', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes CHROMIUM_PATH and FIREFOX_PATH before any browser of the system', () => {
    const fake = join(mkdtempSync(join(tmpdir(), 'browsers-test-')), 'browser');
    writeFileSync(fake, '');
    vi.stubEnv('CHROMIUM_PATH', fake);
    vi.stubEnv('FIREFOX_PATH', fake);
    expect(chromiumPath()).toBe(fake);
    expect(firefoxPath()).toBe(fake);
  });

  it('stops, naming the variable, where it points at nothing', () => {
    vi.stubEnv('FIREFOX_PATH', '/nowhere/firefox');
    expect(() => firefoxPath()).toThrow('FIREFOX_PATH=/nowhere/firefox does not exist.');
  });
});

describe('npm run browsers', () => {
  it('refuses an option it does not know, before installing anything: a typo of --dry-run is no install', () => {
    const run = spawnSync(process.execPath, [new URL('./provision-browsers.mjs', import.meta.url).pathname, '--dryrun'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Unknown option '--dryrun'\. Usage: /);
    expect(run.stdout).toBe('');
  });
});
