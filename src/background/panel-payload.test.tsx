// The worker renders the panel's content (the content script only puts it on the page): every word
// filled in and in the reader's language, and the trees plain data the content script can build.
import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PanelContent, Tree } from '../browser/messages';
import type { PlatformSlice } from '../core/dataset';
import { EVENT_KINDS, STATUS_IDS } from '../data/ids';
import type { Basis, Event } from '../data/schema';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(new URL(`../../assets/public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'));

/** chrome.i18n.getMessage over a real `_locales` catalogue. */
function stubI18n(lang: 'en' | 'ru') {
  const messages = catalogue(lang);
  const getMessage = (key: string, subs: string[] = []) => {
    const m = messages[key];
    if (!m) return '';
    return m.message.replace(/\$(\w+)\$/g, (_, name: string) => {
      const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
      return subs[Number(content.slice(1)) - 1] ?? '';
    });
  };
  vi.stubGlobal('chrome', { i18n: { getMessage } });
}

const text = { en: 'Text', ru: 'Текст' };
// Every kind of basis a status can rest on: each shows its own words, and only an official act goes without "not officially confirmed".
const BASES: Basis[] = [
  { kind: 'official', act: text },
  { kind: 'reports', reports: 2 },
  { kind: 'measurement', by: 'OONI' },
];
const eventsOn = (basis: Basis): Event[] => [
  ...EVENT_KINDS.map((kind, i) => ({ id: `kind-${i}`, date: '2025-08', kind, summary: text, sources: ['s'] })),
  ...STATUS_IDS.map((status, i) => ({
    id: `status-${i}`,
    date: '2026-02-11',
    kind: 'other' as const,
    status,
    basis,
    summary: text,
    authority: 'rkn',
    disagreement: text,
    sources: ['s'],
  })),
];
const slice = (status: (typeof STATUS_IDS)[number], statusSince: string | null, basis: Basis): PlatformSlice => ({
  reviewed: '2026-04-30',
  latestSource: '2026-04-14',
  platform: {
    id: 'p',
    name: 'P',
    hosts: ['p.example'],
    impact: text,
    note: text,
    events: eventsOn(basis),
    status,
    statusSince,
    statusEventId: null,
    statusBasis: status === 'not-restricted' ? null : basis.kind,
    officialStatus: basis.kind === 'official' ? status : null,
    officialSince: basis.kind === 'official' ? statusSince : null,
    officialEventId: null,
  },
  sources: {
    s: {
      id: 's',
      publisher: 'Kommersant',
      publisherRu: '«Коммерсантъ»',
      title: 'T',
      titleFrom: 'page',
      url: 'https://p.example/',
      published: null,
      language: 'ru',
    },
  },
  authorities: { rkn: { ...text, kind: 'state' } },
});

const words = (trees: Tree[]): string => trees.map((n) => (typeof n === 'string' ? n : words(n[2]))).join('');

async function render(lang: 'en' | 'ru', status: (typeof STATUS_IDS)[number], since: string | null, basis: Basis, unseen: string[] = []) {
  vi.resetModules();
  stubI18n(lang);
  const { panelContent } = await import('./panel-payload');
  return panelContent(slice(status, since, basis), unseen);
}

describe.each(['en', 'ru'] as const)('the panel content in %s', (lang) => {
  beforeEach(() => vi.unstubAllGlobals());

  it.each(
    STATUS_IDS.flatMap((status) => BASES.flatMap((basis) => [[status, '2026-02-11', basis] as const, [status, null, basis] as const])),
  )(
    '%s since %s on %j: every word filled in, in the language, saying "in Russia" and whether it is confirmed',
    async (status, since, basis) => {
      const content: PanelContent = await render(lang, status, since, basis);
      expect(content.lang).toBe(lang);
      for (const [key, value] of Object.entries(content.text)) {
        expect(value, key).toMatch(/\S/);
        expect(value, key).not.toMatch(/\$|\{\d\}|^[a-z]+[A-Z]\w*$/);
      }
      const chip = words(content.chip).replace(/\u00a0/g, ' ');
      expect(chip).toMatch(lang === 'en' ? /^In Russia: / : /^В России: /);
      expect(content.text.mark).toMatch(lang === 'en' ? /in Russia/ : /в России/);
      if (since) expect(chip).toContain(lang === 'en' ? 'since 11 Feb 2026' : 'с 11 февраля 2026 г.');
      const unconfirmed = lang === 'en' ? 'not officially confirmed' : 'официально не подтверждено';
      const confirmed = status === 'not-restricted' || basis.kind === 'official';
      for (const said of [chip, words(content.label), ...(since ? [content.text.mark] : [])]) {
        if (confirmed) expect(said).not.toContain(unconfirmed);
        else expect(said).toContain(unconfirmed);
      }
      expect(content.events).toHaveLength(eventsOn(basis).length);
      const history = words(content.events);
      expect(history).toContain(lang === 'en' ? 'Kommersant' : '«Коммерсантъ»');
      if (lang === 'ru') expect(history).toContain('Инициатор: Текст');
      const about = words(content.about);
      expect(about).toContain(
        lang === 'en'
          ? 'Checked 30 Apr 2026 against sources up to 14 Apr 2026. The situation may have changed since.'
          : 'Проверено 30 апреля 2026 г. по источникам до 14 апреля 2026 г. — с тех пор ситуация могла измениться.',
      );
      if (status !== 'not-restricted')
        expect(about).toMatch(
          lang === 'en' ? /^What this means(Officially confirmed|Not officially confirmed)/ : /Официально (не )?подтверждено/,
        );
      expect(content.hasNew).toBe(false);
      expect(history).not.toContain(lang === 'en' ? 'New' : 'Новое');
    },
  );

  it('marks the events the reader has not seen as new, and only those', async () => {
    const content = await render(lang, 'blocked', '2026-02-11', BASES[0], ['status-0']);
    expect(content.hasNew).toBe(true);
    const marked = content.events.filter((li) => words([li]).startsWith(lang === 'en' ? 'New' : 'Новое'));
    expect(marked.map((li) => typeof li !== 'string' && li[1]?.id)).toEqual(['event-status-0']);
  });
});

describe('toTree', () => {
  it('refuses anything that is not plain data', async () => {
    const { toTree } = await import('./prerender');
    expect(toTree(<p class="x">a {1}</p>)).toEqual([['p', { class: 'x' }, ['a ', '1']]]);
    // Built with h(): what these props would do on a page is the point of refusing them.
    expect(() => toTree(h('p', { onClick: () => {} }))).toThrow(/onClick/);
    expect(() => toTree(h('p', { dangerouslySetInnerHTML: { __html: '<b>' } }))).toThrow(/dangerouslySetInnerHTML/);
  });
});
