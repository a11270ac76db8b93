// Where errors go. The worker and the extension's pages report them: their consoles and
// chrome://extensions show them to whoever develops or debugs the extension. The content script
// never lets a platform's page see one; a development build (`npm run dev`, or `vite build --mode development`)
// logs what it swallowed.

export function report(error: unknown): void {
  console.error(error);
}

export function swallow(error: unknown): void {
  if (__DEV__) console.debug('Restricted in Russia (content script):', error);
}
