import { describe, expect, it } from 'vitest';
import { BLOCK_LIKE_ERRORS, FAILURE_KINDS, failureKind, NO_ANSWER } from './network-errors';

describe('failureKind', () => {
  it.each([
    // What the e2e tests produce in real browsers.
    ['net::ERR_NAME_NOT_RESOLVED', 'dns'],
    ['net::ERR_CONNECTION_REFUSED', 'refused'],
    ['net::ERR_CONNECTION_RESET', 'reset'],
    ['NS_ERROR_UNKNOWN_HOST', 'dns'],
    ['NS_ERROR_CONNECTION_REFUSED', 'refused'],
    ['NS_ERROR_NET_RESET', 'reset'],
    // The rest of the kinds a block produces.
    ['net::ERR_CONNECTION_CLOSED', 'closed'],
    ['net::ERR_CONNECTION_TIMED_OUT', 'timeout'],
    ['net::ERR_TIMED_OUT', 'timeout'],
    ['net::ERR_SSL_PROTOCOL_ERROR', 'tls'],
    ['net::ERR_EMPTY_RESPONSE', 'empty'],
    ['net::ERR_ADDRESS_UNREACHABLE', 'unreachable'],
    ['NS_ERROR_NET_INTERRUPT', 'closed'],
    ['NS_ERROR_NET_TIMEOUT', 'timeout'],
    ['NS_ERROR_NET_EMPTY_RESPONSE', 'empty'],
    // Not the browser's: the extension's name for a load with no answer in 8 s.
    [NO_ANSWER, 'no-answer'],
  ])('%s is block-like: %s', (error, kind) => expect(failureKind(error)).toBe(kind));

  it.each([
    // The reader stopped it, or went elsewhere.
    'net::ERR_ABORTED',
    'NS_BINDING_ABORTED',
    'NS_ERROR_ABORT',
    // The browser is offline: nothing to do with the platform.
    'net::ERR_INTERNET_DISCONNECTED',
    'NS_ERROR_OFFLINE',
    // Not the network's doing, or not a block's.
    'net::ERR_BLOCKED_BY_CLIENT',
    'net::ERR_CERT_COMMON_NAME_INVALID',
    'net::ERR_PROXY_CONNECTION_FAILED',
    'NS_ERROR_PROXY_CONNECTION_REFUSED',
    'NS_ERROR_UNKNOWN_PROXY_HOST',
    'SSL received a record that exceeded the maximum permissible length.',
    // Near misses and junk.
    'ERR_NAME_NOT_RESOLVED',
    'net::err_name_not_resolved',
    ' NS_ERROR_UNKNOWN_HOST',
    'toString',
    '__proto__',
    '',
    undefined,
  ])('%j is left alone', (error) => expect(failureKind(error)).toBeNull());

  it('maps every listed error to a kind the page has words for, and uses every kind', () => {
    const kinds = new Set([...BLOCK_LIKE_ERRORS, NO_ANSWER].map((error) => failureKind(error)));
    expect([...kinds].sort()).toEqual([...FAILURE_KINDS].sort());
  });
});
