import { describe, expect, it } from 'vitest';
import { isRequest } from './messages';

describe('isRequest', () => {
  it.each([
    [{ type: 'slice' }],
    [{ type: 'open-popup' }],
    [{ type: 'open-sources' }],
    [{ type: 'open-sources', anchor: 'source-tass-2025-08-13' }],
  ])('accepts %j', (message) => expect(isRequest(message)).toBe(true));
  it.each([
    [null],
    ['slice'],
    [{ type: 'open-url', url: 'https://evil.example/' }],
    [{ type: 'open-sources', anchor: '../../popup' }],
    [{ type: 'open-sources', anchor: 'x'.repeat(500) }],
    [{ type: 'open-sources', anchor: 5 }],
  ])('refuses %j', (message) => expect(isRequest(message)).toBe(false));
});
