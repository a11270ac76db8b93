import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { t as T } from './i18n';
import { keyOf } from './message-keys';

const locale: Record<string, string> = { since: 'since $1', badgeTitle: '$1: $2 in Russia since $3', dataLanguage: 'ru' };
const getMessage = (key: string, subs: string[] = []) => (locale[key] ?? '').replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? '');

let i18n: typeof import('./i18n');
beforeAll(async () => {
  vi.stubGlobal('chrome', { i18n: { getMessage } });
  i18n = await import('./i18n');
});

describe('messages', () => {
  it('fill their substitutions', () => {
    expect(i18n.t('since', '11 Feb 2026')).toBe('since 11 Feb 2026');
    expect(i18n.t('badgeTitle', 'WhatsApp', 'blocked', '11 Feb 2026')).toBe('WhatsApp: blocked in Russia since 11 Feb 2026');
    expect(i18n.uiLang()).toBe('ru');
  });

  it('keyOf names the message of an id', () => {
    expect(keyOf('status', 'partially-restricted')).toBe('status_partially_restricted');
  });
});

// Compile-time checks, never run: `npm run typecheck` fails if any marked line compiles.
function rejectedByTheCompiler(t: typeof T) {
  // @ts-expect-error: not a message key
  t('sinceDate', '11 Feb 2026');
  // @ts-expect-error: `since` has one placeholder
  t('since');
  // @ts-expect-error: `history` has none
  t('history', 'extra');
  // @ts-expect-error: there is no message `status_unknown`
  t(keyOf('status', 'unknown'));
}
void rejectedByTheCompiler;
