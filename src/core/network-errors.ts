// Which failed page loads look like a block, in the words each browser reports them to
// `webRequest.onErrorOccurred`: Chromium's net error names (net/base/net_error_list.h, prefixed
// `net::`) and Firefox's nsresult names (xpcom/base/ErrorList.py). Anything not listed here is left
// alone: the reader stopping a load (net::ERR_ABORTED, NS_BINDING_ABORTED), the browser being
// offline (net::ERR_INTERNET_DISCONNECTED, NS_ERROR_OFFLINE), proxy, certificate and HTTP errors.

/** What went wrong, in the terms the reader is told (messages `failure_<kind>`). */
export const FAILURE_KINDS = ['dns', 'refused', 'unreachable', 'reset', 'closed', 'timeout', 'tls', 'empty', 'no-answer'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/**
 * Not a browser's error name: what the extension calls a load that had no answer at all (no
 * response headers) in 8 s, which it took over while the browser was still waiting
 * (src/background/no-answer.ts). The browser reported nothing, so no browser error is shown.
 */
export const NO_ANSWER = 'no-answer';

const BLOCK_LIKE: Record<string, FailureKind> = {
  // Chromium
  'net::ERR_NAME_NOT_RESOLVED': 'dns',
  'net::ERR_CONNECTION_REFUSED': 'refused',
  'net::ERR_CONNECTION_FAILED': 'unreachable',
  'net::ERR_ADDRESS_UNREACHABLE': 'unreachable',
  'net::ERR_CONNECTION_RESET': 'reset',
  'net::ERR_CONNECTION_ABORTED': 'reset',
  'net::ERR_CONNECTION_CLOSED': 'closed',
  'net::ERR_CONNECTION_TIMED_OUT': 'timeout',
  'net::ERR_TIMED_OUT': 'timeout',
  'net::ERR_SSL_PROTOCOL_ERROR': 'tls',
  'net::ERR_EMPTY_RESPONSE': 'empty',
  // Firefox. A reset during the TLS handshake is reported as NS_ERROR_NET_RESET; handshake failures
  // that NSS itself reports reach webRequest as a localized sentence, not a name, and are left alone.
  NS_ERROR_UNKNOWN_HOST: 'dns',
  NS_ERROR_CONNECTION_REFUSED: 'refused',
  NS_ERROR_NET_RESET: 'reset',
  NS_ERROR_NET_INTERRUPT: 'closed',
  NS_ERROR_NET_TIMEOUT: 'timeout',
  NS_ERROR_NET_TIMEOUT_EXTERNAL: 'timeout',
  NS_ERROR_NET_EMPTY_RESPONSE: 'empty',
};

/** The kind of block-like failure `error` names, or null for any other error (leave those alone). */
export function failureKind(error: string | undefined): FailureKind | null {
  if (error === NO_ANSWER) return 'no-answer';
  return (error !== undefined && Object.hasOwn(BLOCK_LIKE, error) ? BLOCK_LIKE[error] : null) ?? null;
}

/** Every error name treated as block-like (listed in docs/contract.md, "When a platform's page does not load"), for the tests. */
export const BLOCK_LIKE_ERRORS: readonly string[] = Object.keys(BLOCK_LIKE);
