// `npm start`: builds the extension, opens it in a browser with a fresh profile on pages where it
// shows at once, and rebuilds and reloads it as src/ changes. Chromium by default, Firefox with
// `npm start -- --firefox`. What it decides is in start-plan.ts; this file carries it out.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { build } from 'vite';
import { chromiumPath, firefoxPath } from '../../tools/browsers/browsers.mjs';
import { provision } from '../../tools/browsers/provision-browsers.mjs';
import { hush } from './quiet-build';
import { type Session, startChromium } from './start-chromium';
import { startFirefox } from './start-firefox';
import { buildFor, noDisplay, openedLine, parseStartArgs, profilePrefix } from './start-plan';

interface BuildEvent {
  code: 'START' | 'BUNDLE_START' | 'BUNDLE_END' | 'END' | 'ERROR';
  error?: Error;
}
interface Watcher {
  on(event: 'event', listener: (event: BuildEvent) => void): void;
  close(): Promise<void>;
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

export async function start(root: string, ...args: string[]): Promise<number> {
  const options = parseStartArgs(args);
  if ('error' in options) {
    console.error(options.error);
    return 2;
  }
  const display = noDisplay(process.platform, process.env);
  if (display) {
    console.error(display);
    return 1;
  }
  if (!provision([options.browser], { quiet: true })) return 1;
  const executable = options.browser === 'firefox' ? firefoxPath() : chromiumPath();

  // One build in watch mode: the first result is opened, each later one reloads the extension.
  // What the build says about itself would bury the line that says what opened (quiet-build.ts).
  hush();
  const { mode, dist } = buildFor(options.browser, root);
  const watcher = (await build({
    root,
    configFile: resolve(root, 'vite.config.ts'),
    mode,
    logLevel: 'warn',
    build: { watch: {} },
  })) as unknown as Watcher;
  let session: Session | undefined;
  let reloads = Promise.resolve();
  const firstBuild = new Promise<boolean>((done) => {
    watcher.on('event', (event) => {
      if (event.code === 'ERROR' && !session) done(false); // Vite has printed the error.
      if (event.code !== 'END') return;
      if (!session) return done(true);
      const current = session;
      reloads = reloads
        .then(() => current.reload())
        .then(() => console.log(`Rebuilt and reloaded the extension (${new Date().toLocaleTimeString()}).`))
        .catch((error) => console.error(`Rebuilt, but the reload failed: ${firstLine(error)}`));
    });
  });
  if (!(await firstBuild)) {
    await watcher.close();
    return 1;
  }

  const profileDir = mkdtempSync(profilePrefix(options.browser, tmpdir()));
  const removeProfile = () => {
    try {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 5 });
    } catch (error) {
      console.error(`Could not delete the temporary profile ${profileDir}: ${firstLine(error)}`);
    }
  };
  process.once('exit', removeProfile);
  // Ctrl+C is ours alone: two of web-ext's libraries would end the process at once (firefox-profile
  // exits, when-exit re-raises the signal), before the browser has stopped writing to the profile
  // that is then deleted. Before the browser is up, or on a second Ctrl+C, it exits at once (and
  // Playwright's exit handler takes Chromium with it).
  let stopping = false;
  const stop = () => {
    if (stopping || !session) process.exit(130);
    stopping = true;
    void session.close().catch(() => {});
  };
  const takeSignals = () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.removeAllListeners(signal);
      process.on(signal, stop);
    }
  };
  takeSignals();
  try {
    const open = options.browser === 'firefox' ? startFirefox : startChromium;
    session = await open(executable, dist, profileDir, options.browserArgs);
    takeSignals(); // Again: web-ext's libraries add theirs while Firefox starts.
  } catch (error) {
    console.error(`Could not open ${options.browser === 'firefox' ? 'Firefox' : 'Chromium'}: ${firstLine(error)}`);
    await watcher.close();
    return 1;
  }
  console.log(openedLine(options.browser));

  await session.closed;
  await watcher.close();
  await reloads;
  removeProfile();
  return 0;
}
