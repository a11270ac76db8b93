// Which extension API object to use, the rule for the whole of src/:
// - Code that runs in the content script (and whatever it imports) uses `api` below: Firefox (and
//   Chrome 148+) give a promise-based `browser`, and Chrome's MV3 `chrome` returns promises for every
//   call the content script makes. This keeps webextension-polyfill (~10 KiB) off every platform page.
// - The polyfill is needed only where Chrome's own API falls short: the worker's `onMessage`
//   listeners answer with a promise, which Chrome does not support. Only the worker imports it; the
//   extension's pages use `api` too, which keeps 17 KiB of script out of the popup's first paint.
import type { Browser } from 'webextension-polyfill';

declare const chrome: Browser | undefined;

export const api: Browser = (globalThis as { browser?: Browser }).browser ?? (chrome as Browser);
