// Makes sure the browsers the tests need are on this machine: the first step of `npm test`, and what
// `npm start` asks for the one browser it opens. A browser that browsers.mjs finds (CHROMIUM_PATH or
// FIREFOX_PATH, the system's, a Playwright or puppeteer download) is used as it is. What is missing
// is installed with the means the machine has: Debian's packages where apt-get can run as root (CI, a
// fresh Debian machine), else Playwright's and puppeteer's own downloads (a developer's machine that
// can reach them). It says what it installs and why, and fails with one line only when nothing worked.
//
//   node tools/browsers/provision-browsers.mjs [chromium] [firefox] [firefox-ru]   (default: all three)
//     --dry-run                     print the plan and install nothing
//     --pretend-missing=chromium,…  plan (and install) as if these were missing; afterwards it looks
//                                   again for real. To see the install path on a machine that has them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumPath, firefoxPath, PUPPETEER_CACHE } from './browsers.mjs';

/**
 * What the tests need: a Chromium, a Firefox, and Firefox's Russian language pack (Firefox picks an
 * add-on's locale from its own UI language, so the Russian Firefox test needs it).
 */
export const NEEDS = ['chromium', 'firefox', 'firefox-ru'];

const BROWSERS = ['chromium', 'firefox'];
const NAME = { chromium: 'Chromium', firefox: 'Firefox' };
const ENV = { chromium: 'CHROMIUM_PATH', firefox: 'FIREFOX_PATH' };
// fonts-liberation: metric-compatible fonts, so pages lay out as on a desktop.
const APT_PACKAGES = { chromium: ['chromium', 'fonts-liberation'], firefox: ['firefox-esr'] };
const DOWNLOAD = {
  chromium: { means: 'playwright', command: ['npx', 'playwright', 'install', 'chromium'] },
  firefox: { means: 'puppeteer', command: ['npx', '@puppeteer/browsers', 'install', 'firefox@stable', '--path', PUPPETEER_CACHE] },
};

/** The Debian package with the Russian language pack for the Firefox installed in `firefoxDir`, if it is Debian's. */
export function russianPackPackage(firefoxDir) {
  if (firefoxDir === '/usr/lib/firefox-esr') return 'firefox-esr-l10n-ru';
  if (firefoxDir === '/usr/lib/firefox') return 'firefox-l10n-ru';
  return null;
}

/**
 * What to install, and how, from what was found. Pure.
 * @param {object} facts
 * @param {string[]} facts.needs some of NEEDS
 * @param {Record<string, string | undefined>} facts.env CHROMIUM_PATH and FIREFOX_PATH as set
 * @param {{ chromium?: string, firefox?: string }} facts.found the browsers browsers.mjs found
 * @param {string} [facts.firefoxDir] the directory the found Firefox really lives in (symlinks resolved)
 * @param {boolean} facts.russianPack whether the found Firefox has the Russian language pack
 * @param {'root' | 'sudo' | null} facts.apt how apt-get can run here, if it can
 * @param {string[]} [facts.tried] means already tried in this run (they failed or left something missing)
 * @returns {{ problem?: string, steps: { means: string, label: string, commands: string[][], what: string, reasons: string[] }[], missing: string[], warnings: string[] }}
 */
export function planProvision({ needs, env, found, firefoxDir, russianPack, apt, tried = [] }) {
  const wanted = BROWSERS.filter((browser) => needs.includes(browser) && !found[browser]);
  for (const browser of wanted) {
    // An explicit choice is not overridden by an install.
    if (env[ENV[browser]])
      return {
        problem: `${ENV[browser]}=${env[ENV[browser]]} does not exist: point it at a ${NAME[browser]} or unset it.`,
        steps: [],
        missing: wanted,
        warnings: [],
      };
  }
  const canApt = apt !== null && !tried.includes('apt');
  const packages = [];
  const reasons = [];
  const downloads = [];
  const warnings = [];
  for (const browser of wanted) {
    const reason = `no ${NAME[browser]} found`;
    if (canApt) {
      packages.push(...APT_PACKAGES[browser]);
      reasons.push(reason);
    } else if (!tried.includes(DOWNLOAD[browser].means)) {
      const { means, command } = DOWNLOAD[browser];
      downloads.push({
        means,
        label: command.slice(0, 4).join(' '),
        commands: [command],
        what: `${NAME[browser]} (${command.slice(0, 4).join(' ')})`,
        reasons: [reason],
      });
    }
  }
  const missing = [...wanted];
  if (needs.includes('firefox-ru') && !russianPack) {
    const pack = found.firefox ? russianPackPackage(firefoxDir) : packages.includes('firefox-esr') ? 'firefox-esr-l10n-ru' : null;
    if (pack && canApt) {
      packages.push(pack);
      if (found.firefox) reasons.push(`Firefox has no Russian language pack (the Russian Firefox test needs it)`);
    } else if (found.firefox) {
      // Not fatal: every other test can run, and the Russian one fails saying what it lacks.
      warnings.push(
        `Firefox (${found.firefox}) has no Russian language pack, so the Russian Firefox test will fail` +
          (pack ? `: install ${pack} (as root).` : ': Debian’s firefox-esr with firefox-esr-l10n-ru has one.'),
      );
    }
    if (found.firefox) missing.push('firefox-ru');
  }
  const steps = [];
  if (packages.length) {
    const sudo = apt === 'sudo' ? ['sudo', '-n'] : [];
    steps.push({
      means: 'apt',
      label: 'apt-get install',
      commands: [
        [...sudo, 'apt-get', 'update', '-qq'],
        [...sudo, 'env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages],
      ],
      what: `${packages.join(' ')} from Debian's packages (apt-get${apt === 'sudo' ? ' with sudo' : ', as root'})`,
      reasons,
    });
  }
  return { steps: [...steps, ...downloads], missing, warnings };
}

/** The one line a step prints before it runs. */
export function announce(step) {
  return `Installing ${step.what}: ${step.reasons.join('; ')}.`;
}

/** The one line for a browser still missing after every means was tried. */
export function failure(browser, errors) {
  const tried = Object.entries(errors).map(([command, error]) => `${command}: ${error}`);
  return `No ${NAME[browser]} for the tests, and none could be installed (${tried.join('; ') || 'no means to install one here'}). Install ${NAME[browser]} yourself or set ${ENV[browser]}.`;
}

function hasRussianPack(firefoxDir) {
  return ['browser/extensions', 'distribution/extensions'].some((sub) => {
    const dir = join(firefoxDir, sub);
    return existsSync(dir) && readdirSync(dir).some((file) => file.startsWith('langpack-ru@'));
  });
}

function aptMeans() {
  if (process.platform !== 'linux' || spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) return null;
  if (process.getuid?.() === 0) return 'root';
  return spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0 ? 'sudo' : null;
}

/** What is on this machine now; `pretend` lists needs to treat as missing. */
function detect(needs, pretend = []) {
  const env = Object.fromEntries(BROWSERS.filter((b) => !pretend.includes(b)).map((b) => [ENV[b], process.env[ENV[b]]]));
  const found = {};
  const locate = { chromium: chromiumPath, firefox: firefoxPath };
  for (const browser of BROWSERS) {
    if (!needs.includes(browser) && !(browser === 'firefox' && needs.includes('firefox-ru'))) continue;
    if (pretend.includes(browser)) continue;
    try {
      found[browser] = locate[browser]();
    } catch {
      // Not found (or the environment variable names nothing): the plan says what to do.
    }
  }
  const firefoxDir = found.firefox ? dirname(realpathSync(found.firefox)) : undefined;
  const russianPack = !pretend.includes('firefox-ru') && firefoxDir !== undefined && hasRussianPack(firefoxDir);
  return { needs, env, found, firefoxDir, russianPack, apt: aptMeans() };
}

function run(step) {
  for (const [command, ...args] of step.commands) {
    // apt-get is quiet unless it fails; a download shows its progress.
    const quiet = step.means === 'apt';
    const result = spawnSync(command, args, { stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', encoding: 'utf8' });
    if (result.status !== 0) {
      const last = `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n').pop();
      return `${result.error ? 'could not run' : `exit ${result.status}`}${last ? `, ${last}` : ''}`;
    }
  }
  return null;
}

/**
 * Installs what `needs` lacks; true when everything needed is there. Prints what it does; with
 * `quiet`, nothing when nothing was missing.
 */
export function provision(needs = NEEDS, { dryRun = false, pretendMissing = [], quiet = false, log = console.log } = {}) {
  let facts = detect(needs, pretendMissing);
  let plan = planProvision(facts);
  const tried = [];
  const errors = {};
  if (plan.problem) {
    log(plan.problem);
    return false;
  }
  if (dryRun) {
    for (const step of plan.steps) log(`${announce(step)} (dry run)\n  ${step.commands.map((c) => c.join(' ')).join('\n  ')}`);
    const fallback = planProvision({ ...facts, tried: ['apt'] }).steps;
    if (plan.steps[0]?.means === 'apt' && fallback.length) log(`If that fails: ${fallback.map((s) => s.commands[0].join(' ')).join('; ')}`);
    for (const warning of plan.warnings) log(warning);
    if (!plan.steps.length && !quiet) log(readyLine(facts));
    return true;
  }
  while (plan.steps.length) {
    const step = plan.steps[0];
    log(announce(step));
    const error = run(step);
    if (error) errors[step.label] = error;
    tried.push(step.means);
    facts = detect(needs);
    plan = planProvision({ ...facts, tried });
  }
  for (const warning of plan.warnings) log(warning);
  const stillMissing = BROWSERS.filter((browser) => plan.missing.includes(browser));
  if (stillMissing.length) {
    log(failure(stillMissing[0], errors));
    return false;
  }
  if (tried.length || !quiet) log(readyLine(facts));
  return true;
}

function readyLine({ needs, found, russianPack }) {
  const parts = BROWSERS.filter((b) => found[b]).map((b) => `${NAME[b]} ${found[b]}`);
  const pack = needs.includes('firefox-ru') && found.firefox ? `, ${russianPack ? 'with' : 'without'} its Russian language pack` : '';
  return `Browsers: ${parts.join('; ')}${pack}.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const usage = `Usage: node tools/browsers/provision-browsers.mjs [${NEEDS.join('] [')}] [--dry-run] [--pretend-missing=…]`;
  let parsed;
  try {
    // Strict: a mistyped `--dryrun` must not run a real install.
    parsed = parseArgs({
      strict: true,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, 'pretend-missing': { type: 'string' } },
    });
  } catch (error) {
    console.error(`${error.message.split('. ')[0]}. ${usage}`); // Node's own hint about `--` does not apply
    process.exit(2);
  }
  const needs = parsed.positionals;
  const unknown = needs.filter((need) => !NEEDS.includes(need));
  if (unknown.length) {
    console.error(`Unknown: ${unknown.join(', ')}. ${usage}`);
    process.exit(2);
  }
  const pretend = parsed.values['pretend-missing']?.split(',') ?? [];
  const ok = provision(needs.length ? needs : NEEDS, { dryRun: parsed.values['dry-run'] ?? false, pretendMissing: pretend });
  process.exitCode = ok ? 0 : 1;
}
