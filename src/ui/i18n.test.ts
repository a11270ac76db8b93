import { beforeAll, describe, expect, it, vi } from 'vitest';

// The content script's messages come from the worker as templates made by `messageTemplate`;
// `t` must fill them exactly as `chrome.i18n.getMessage` fills its placeholders.
const locale: Record<string, string> = { since: 'since $1', badgeTitle: '$1: $2 in Russia since $3', dataLanguage: 'ru' };
const getMessage = (key: string, subs: string[] = []) => (locale[key] ?? '').replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');

let i18n: typeof import('./i18n');
beforeAll(async () => {
  vi.stubGlobal('chrome', { i18n: { getMessage } });
  i18n = await import('./i18n');
});

describe('messages handed over to the content script', () => {
  it('fill their substitutions like chrome.i18n does, and fall back to the key', () => {
    expect(i18n.t('since', '11 Feb 2026')).toBe('since 11 Feb 2026');
    const templates = Object.fromEntries(['since', 'badgeTitle', 'dataLanguage'].map((k) => [k, i18n.messageTemplate(k)]));
    i18n.useMessages(templates);
    expect(i18n.t('since', '11 Feb 2026')).toBe('since 11 Feb 2026');
    expect(i18n.t('badgeTitle', 'WhatsApp', 'blocked', '11 Feb 2026')).toBe(
      getMessage('badgeTitle', ['WhatsApp', 'blocked', '11 Feb 2026']),
    );
    expect(i18n.t('missing')).toBe('missing');
    expect(i18n.uiLang()).toBe('ru');
  });
});
