// Source addresses that were in the dataset before the build rejected AMP copies, short links and
// tracking parameters (issue 25), and that audit-2026-12 (L1, L4) asks to replace: each passes only
// while its id still has exactly this address, so a new one is rejected and a fixed one needs nothing.
// Delete an entry once its source has its canonical address, and this file once it is empty.
export const AWAITING_CANONICAL: ReadonlyMap<string, string> = new Map([
  ['cyberinsider-undated', 'https://cyberinsider.com/?p=286141'],
  ['japan-news-yomiuri-2026-02-12', 'https://japannews.yomiuri.co.jp/?p=310717'],
  ['diplo-digital-watch-undated', 'https://wp.dig.watch/?p=2313'],
]);
