import { describe, expect, it, vi } from 'vitest';
import { isPanelSettings, isWorkerRequest } from './messages';

vi.hoisted(() => vi.stubGlobal('chrome', {}));

describe('isWorkerRequest', () => {
  it.each([
    [{ type: 'slice' }],
    [{ type: 'hide-panel' }],
    [{ type: 'open-popup' }],
    [{ type: 'open-sources' }],
    [{ type: 'open-sources', anchor: 'source-tass-2025-08-13' }],
  ])('accepts %j', (message) => expect(isWorkerRequest(message)).toBe(true));
  it.each([
    [null],
    ['slice'],
    [{ type: 'open-url', url: 'https://evil.example/' }],
    [{ type: 'open-sources', anchor: '../../popup' }],
    [{ type: 'open-sources', anchor: 'x'.repeat(500) }],
    [{ type: 'open-sources', anchor: 5 }],
    [{ type: 'panel-settings', platformId: 'whatsapp', shown: false, corner: 'top-left' }],
  ])('refuses %j', (message) => expect(isWorkerRequest(message)).toBe(false));
});

describe('isPanelSettings', () => {
  it('accepts what the worker sends a platform tab', () => {
    expect(isPanelSettings({ type: 'panel-settings', platformId: 'whatsapp', shown: false, corner: 'top-left' })).toBe(true);
  });
  it.each([
    [undefined],
    [{ type: 'slice' }],
    [{ type: 'panel-settings', platformId: 'whatsapp', shown: 'no', corner: 'top-left' }],
    [{ type: 'panel-settings', platformId: 'whatsapp', shown: true, corner: 'middle' }],
    [{ type: 'panel-settings', shown: true, corner: 'top-left' }],
  ])('refuses %j', (message) => expect(isPanelSettings(message)).toBe(false));
});
