import { afterEach, expect, it, vi } from 'vitest';

// What a content script sees on a page with <iframe name="chrome"> in Chromium: `chrome` is that
// frame's window, with no `runtime` (docs/hostile-pages.md, "Known limitations").
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.resetModules();
});

async function startWithoutApi(developmentBuild: boolean) {
  vi.stubGlobal('chrome', {});
  vi.stubGlobal('__DEV__', developmentBuild);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await import('./index');
  await new Promise((done) => setTimeout(done, 50));
  return warn;
}

it("a development build says so when the extension API is missing (Chromium's named-frame bug)", async () => {
  const warn = await startWithoutApi(true);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('no extension API in this page'));
});

it('a release build keeps it from the page', async () => {
  const warn = await startWithoutApi(false);
  expect(warn).not.toHaveBeenCalled();
});
