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
      // The chip, the card's head and the mark's tooltip say the basis in a few words: who measured
      // it, or that no act confirms it.
      const measured = lang === 'en' ? 'measured by OONI' : 'по измерениям OONI';
      const label = words(content.label);
      if (confirmed) expect(label).not.toMatch(new RegExp(`${unconfirmed}|${measured}`));
      else expect(label).toContain(basis.kind === 'measurement' ? measured : unconfirmed);
      if (confirmed) expect(content.text.mark).not.toMatch(new RegExp(`${unconfirmed}|${measured}`));
      else expect(content.text.mark).toMatch(new RegExp(`, ${basis.kind === 'measurement' ? measured : unconfirmed}$`));
      if (confirmed) expect(chip).not.toMatch(new RegExp(`${unconfirmed}|${measured}`));
      else expect(chip).toContain(basis.kind === 'measurement' ? measured : unconfirmed);
      // The verdict leads the card with its meaning, which names the authorities as the actor only on an
      // official basis; the mark's tooltip says the status, not only that it moves.
      const meaning = catalogue(lang)[`${confirmed ? 'statusMeaning' : 'statusMeaningUnconfirmed'}_${status.replace(/-/g, '_')}`].message;
      expect(words(content.label)).toContain(meaning);
      expect(/authorities|властями|властей/.test(meaning)).toBe(confirmed);
      expect(content.text.drag.startsWith(`${content.text.mark}. `)).toBe(true);
      // A restriction sign only where there is one.
      expect(JSON.stringify(content.icon).includes('mark--none')).toBe(status === 'not-restricted');
      expect(content.events).toHaveLength(eventsOn(basis).length);
      const history = words(content.events);
      expect(history).toContain(lang === 'en' ? 'Kommersant' : '«Коммерсантъ»');
      if (lang === 'ru') expect(history).toContain('— Текст');
      const about = words(content.about).replace(/\u00a0/g, ' ');
      expect(about).toContain(
        lang === 'en'
          ? 'Checked 30 Apr 2026 against sources up to 14 Apr 2026. The situation may have changed since.'
          : 'Сверено 30 апреля 2026 г. с публикациями до 14 апреля 2026 г. — с тех пор ситуация могла измениться.',
      );
      if (status !== 'not-restricted')
        expect(about).toMatch(
          lang === 'en' ? /^What this means(Officially confirmed|Not officially confirmed)/ : /Основание: |Официально не подтверждено/,
        );
      expect(content.hasNew).toBe(false);
      expect(history).not.toContain(lang === 'en' ? 'New' : 'Новое');
    },
  );

  it("calls a block that did not change a throttled status a reported block, and a single source's caveat a note", async () => {
    vi.resetModules();
    stubI18n(lang);
    const { panelContent } = await import('./panel-payload');
    const base = slice('throttled', '2024-07-11', BASES[1]);
    const events: Event[] = [
      { id: 'throttled', date: '2024-07-11', kind: 'throttle', status: 'throttled', summary: text, sources: ['s'] },
      { id: 'attempt', date: '2026-02-10', kind: 'block', summary: text, disagreement: text, sources: ['s'] },
      { id: 'disputed', date: '2026-03-01', kind: 'other', summary: text, disagreement: text, sources: ['s', 's2'] },
    ];
    const content = panelContent({
      ...base,
      platform: { ...base.platform, events },
      sources: { ...base.sources, s2: { ...base.sources.s, id: 's2' } },
    });
    const [disputed, attempt, throttled] = content.events.map((li) => words([li]));
    const w =
      lang === 'en'
        ? ['Reported block', 'Block', 'Note:', 'Sources disagree:']
        : ['Сообщение о блокировке', 'Блокировка', 'Оговорка:', 'Источники расходятся:'];
    expect(attempt).toContain(w[0]);
    expect(attempt).toContain(w[2]);
    expect(attempt).not.toContain(w[3]);
    expect(disputed).toContain(w[3]);
    expect(throttled).not.toContain(w[1]);
  });

  it('marks the events the reader has not seen as new, and only those', async () => {
    const content = await render(lang, 'blocked', '2026-02-11', BASES[0], ['status-0']);
    expect(content.hasNew).toBe(true);
    const marked = content.events.filter((li) => words([li]).startsWith(lang === 'en' ? 'New' : 'Новое'));
    expect(marked.map((li) => typeof li !== 'string' && li[1]?.id)).toEqual(['event-status-0']);
  });
});

// Telegram as audit-2026-12 reads the sources: throttled by Roskomnadzor on 10 Feb 2026, measured
// blocked by OONI from 20 Mar 2026; a Russian excerpt; an outlet whose site is blocked in Russia.
const telegramSlice = (): PlatformSlice => {
  const events: Event[] = [
    {
      id: 'throttle',
      date: '2026-02-10',
      kind: 'throttle',
      status: 'throttled',
      basis: { kind: 'official', act: text },
      summary: text,
      authority: 'rkn',
      sources: ['s'],
      evidence: [
        { source: 's', quote: 'Роскомнадзор замедляет Telegram.', lang: 'ru', translation: { en: 'Roskomnadzor is slowing Telegram.' } },
      ],
    },
    {
      id: 'measured',
      date: '2026-03-20',
      kind: 'block',
      status: 'blocked',
      basis: { kind: 'measurement', by: 'OONI' },
      summary: text,
      sources: ['o'],
    },
  ];
  const base = slice('blocked', '2026-03-20', { kind: 'measurement', by: 'OONI' });
  return {
    ...base,
    platform: { ...base.platform, events, officialStatus: 'throttled', officialSince: '2026-02-10', officialEventId: 'throttle' },
    sources: {
      s: { ...base.sources.s, blockedInRussia: { since: '2022-03', sources: ['r'] } },
      o: { ...base.sources.s, id: 'o', publisher: 'OONI', publisherRu: undefined, language: 'en' },
      r: { ...base.sources.s, id: 'r', publisher: 'Roskomsvoboda', publisherRu: 'Роскомсвобода' },
    },
    authorities: { rkn: { en: 'Roskomnadzor', ru: 'Роскомнадзор', kind: 'state' } },
  };
};

async function renderTelegram(lang: 'en' | 'ru') {
  vi.resetModules();
  stubI18n(lang);
  const { panelContent } = await import('./panel-payload');
  return panelContent(telegramSlice());
}

describe('two tracks, excerpts and blocked outlets in the panel', () => {
  beforeEach(() => vi.unstubAllGlobals());

  it.each([
    ['en', 'In Russia: blocked since 20 Mar 2026, measured by OONI', 'Officially: throttled since 10 Feb 2026, Roskomnadzor'],
    ['ru', 'В России: заблокирован с 20 марта 2026 г., по измерениям OONI', 'Официально: замедлен с 10 февраля 2026 г., Роскомнадзор'],
  ] as const)(
    '%s: the chip says the status readers meet and its basis, the card the official one beside it',
    async (lang, chip, official) => {
      const content = await renderTelegram(lang);
      expect(words(content.chip).replace(/\u00a0/g, ' ')).toBe(chip);
      expect(words(content.label)).toContain(official);
    },
  );

  it('says nothing more where the official acts give the status readers meet', async () => {
    vi.resetModules();
    stubI18n('en');
    const { panelContent } = await import('./panel-payload');
    const agreed = slice('blocked', '2026-02-11', BASES[0]);
    agreed.platform = { ...agreed.platform, officialStatus: 'blocked', officialSince: '2026-02-11' };
    expect(words(panelContent(agreed).label)).not.toContain('Officially');
  });

  it('shows each excerpt in its language, and its translation marked as one where the reader reads another', async () => {
    const en = await renderTelegram('en');
    const quote = JSON.stringify(en.events);
    expect(quote).toContain('["blockquote",{"class":"evidence__quote","lang":"ru"},["Роскомнадзор замедляет Telegram."]]');
    expect(words(en.events)).toContain('Translation: Roskomnadzor is slowing Telegram.');
    expect(words(en.events)).toContain('Quoted from Kommersant');
    const ru = await renderTelegram('ru');
    expect(words(ru.events)).toContain('Роскомнадзор замедляет Telegram.');
    expect(words(ru.events)).not.toContain('Перевод:');
  });

  it.each([
    ['en', 'Kommersant (site blocked in Russia since March 2022, source: Roskomsvoboda)'],
    ['ru', '«Коммерсантъ» (сайт заблокирован в России с марта 2022 г., источник: Роскомсвобода)'],
  ] as const)('%s: marks a link to an outlet blocked in Russia, with the source saying so', async (lang, said) => {
    expect(words((await renderTelegram(lang)).events)).toContain(said);
  });
});

describe('toTree', () => {
  it('refuses anything that is not plain data', async () => {
    const { toTree } = await import('./to-tree');
    expect(toTree(<p class="x">a {1}</p>)).toEqual([['p', { class: 'x' }, ['a ', '1']]]);
    // Built with h(): what these props would do on a page is the point of refusing them.
    expect(() => toTree(h('p', { onClick: () => {} }))).toThrow(/onClick/);
    expect(() => toTree(h('p', { dangerouslySetInnerHTML: { __html: '<b>' } }))).toThrow(/dangerouslySetInnerHTML/);
  });
});
