// `npm run dev` as a developer runs it: it must write the extension to load and stay up serving
// it. (It once crashed four seconds in, exiting 0, after wiping dist/chrome.) The build goes to a
// folder of its own, so the test does not touch the dist/ that `npm test`'s browsers load.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dist = mkdtempSync(join(tmpdir(), 'restricted-in-russia-dev-'));
let server: ChildProcess | undefined;

afterAll(async () => {
  // The server may still be writing files: remove its folder once it has exited.
  if (server?.exitCode === null) await new Promise((exited) => server?.once('exit', exited).kill());
  rmSync(dist, { recursive: true, force: true, maxRetries: 3 });
});

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** Resolves true once `ready()` holds, false if the server exits first or time runs out. */
const until = async (ready: () => boolean, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end && server?.exitCode === null; ) {
    if (ready()) return true;
    await new Promise((wake) => setTimeout(wake, 100));
  }
  return ready();
};

it('starts, writes dist/chrome/manifest.json and keeps serving', { timeout: 60_000 }, async () => {
  const port = await freePort();
  let output = '';
  server = spawn(process.execPath, ['src/build/run.mjs', 'dev'], {
    cwd: root,
    env: { ...process.env, RR_DIST: dist, RR_DEV_PORT: String(port) },
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const manifest = join(dist, 'chrome', 'manifest.json');

  expect({ written: await until(() => existsSync(manifest), 45_000), output }).toMatchObject({ written: true });
  // The crash came after the first write: the server must still be up a moment later, and answer.
  await new Promise((wake) => setTimeout(wake, 3_000));
  expect(JSON.parse(readFileSync(manifest, 'utf8')).manifest_version).toBe(3);
  expect({ running: server.exitCode === null, output }).toMatchObject({ running: true });
  const answer = await fetch(`http://localhost:${port}/@vite/client`);
  expect(answer.status).toBe(200);
  expect(output).not.toMatch(/Error/);
});
