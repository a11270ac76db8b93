import { describe, expect, it, vi } from 'vitest';
import { isPanelSettings, isWorkerRequest } from './messages';

vi.hoisted(() => vi.stubGlobal('chrome', {}));

describe('isWorkerRequest', () => {
  it.each([
    [{ type: 'slice' }],
    [{ type: 'dismiss' }],
    [{ type: 'hide-panel' }],
    [{ type: 'show-panel' }],
    [{ type: 'place', corner: 'top-right' }],
    // From the failed-load page; the worker checks the sender and the URL (src/background/no-answer.ts).
    [{ type: 'keep-waiting', url: 'https://t.me/durov' }],
    [{ type: 'open-popup' }],
    [{ type: 'seen' }],
    [{ type: 'open-sources' }],
    [{ type: 'open-sources', anchor: 'source-tass-2025-08-13' }],
  ])('accepts %j', (message) => expect(isWorkerRequest(message)).toBe(true));
  it.each([
    [null],
    ['slice'],
    [{ type: 'open-url', url: 'https://evil.example/' }],
    [{ type: 'keep-waiting' }],
    [{ type: 'keep-waiting', url: ['https://t.me/durov'] }],
    [{ type: 'open-sources', anchor: '../../popup' }],
    [{ type: 'open-sources', anchor: 'x'.repeat(500) }],
    [{ type: 'open-sources', anchor: 5 }],
    [{ type: 'place', corner: 'middle' }],
    [{ type: 'place' }],
    [{ type: 'toString' }],
    [{ type: 'panel-settings', platformId: 'whatsapp', shown: false, form: 'mark', corner: 'top-left' }],
  ])('refuses %j', (message) => expect(isWorkerRequest(message)).toBe(false));
});

describe('isPanelSettings', () => {
  it('accepts what the worker sends a platform tab', () => {
    expect(
      isPanelSettings({ type: 'panel-settings', platformId: 'whatsapp', shown: false, form: 'mark', full: false, corner: 'top-left' }),
    ).toBe(true);
    expect(isPanelSettings({ type: 'panel-settings', platformId: 'whatsapp', shown: true, form: 'chip', full: true, corner: 'auto' })).toBe(
      true,
    );
  });
  it.each([[undefined], [null], ['panel-settings'], [{ type: 'slice' }], [{ type: 'place', corner: 'auto' }]])('refuses %j', (message) =>
    expect(isPanelSettings(message)).toBe(false),
  );
});
