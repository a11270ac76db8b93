// The extension API for code that also runs in the content script. Firefox (and Chrome 148+) give a
// promise-based `browser`; Chrome's MV3 `chrome` returns promises for every call used here. This
// avoids shipping webextension-polyfill (~10 KiB) into every platform page; the extension's own
// pages and the worker use the polyfill.
import type { Browser } from 'webextension-polyfill';

declare const chrome: Browser | undefined;

export const api: Browser = (globalThis as { browser?: Browser }).browser ?? (chrome as Browser);
