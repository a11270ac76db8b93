// `npm run dev`: crxjs's development server. It writes dist/chrome once, with pages and the worker
// served from it, so Chromium loads the extension unpacked from there and edits reach it without
// a rebuild. (`npm start` is the one that opens a browser; this is for working on a page's code.)
import { resolve } from 'node:path';
import { createServer } from 'vite';
import { hush } from './quiet-build';

export async function dev(root: string): Promise<number> {
  hush(); // for the server's whole life: crxjs rebuilds the content script as it changes
  const server = await createServer({ root, configFile: resolve(root, 'vite.config.ts') });
  await server.listen();
  server.printUrls();
  // Runs until stopped (Ctrl+C); the exit code is Node's.
  return new Promise<number>(() => {});
}
