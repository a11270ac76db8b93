import { describe, expect, it } from 'vitest';
import { buildDataset, DatasetError, type DatasetFiles, type DatasetProblem } from './build-dataset';

const TODAY = '2026-11-25';

function validFiles() {
  const meta = {
    reviewed: '2026-04-30',
    authorities: { roskomnadzor: { en: 'Roskomnadzor', ru: 'Роскомнадзор', kind: 'state' } } as Record<
      string,
      { en: string; ru: string; kind: string }
    >,
    context: [
      {
        id: 'context-vpn-law',
        date: '2025-07-31',
        kind: 'law',
        title: { en: 'Search fines', ru: 'Штрафы за поиск' },
        summary: { en: 'A law.', ru: 'Закон.' },
        sources: ['b'],
      },
    ],
  };
  const sources = [
    {
      id: 'a',
      publisher: 'Daily Sabah (Reuters)',
      title: 'Calls curbed',
      titleFrom: 'page',
      url: 'https://example.com/a',
      published: '2025-08-13',
      language: 'en',
    },
    {
      id: 'b',
      publisher: 'Meduza',
      title: 'Law signed',
      titleFrom: 'url',
      url: 'https://example.com/b',
      published: '2025-07',
      language: 'ru',
    },
  ];
  const whatsapp = {
    id: 'whatsapp',
    name: 'WhatsApp',
    hosts: ['whatsapp.com', 'web.whatsapp.com'],
    impact: { en: 'Only through a VPN.', ru: 'Только через VPN.' },
    events: [
      {
        id: 'whatsapp-calls',
        date: '2025-08-13',
        kind: 'partial-restriction',
        status: 'partially-restricted',
        basis: { kind: 'official', act: { en: 'Roskomnadzor statement', ru: 'Заявление Роскомнадзора' } } as Record<string, unknown>,
        summary: { en: 'Calls restricted.', ru: 'Звонки ограничены.' },
        authority: 'roskomnadzor',
        sources: ['a'],
        disagreement: undefined as { en: string; ru: string } | undefined,
      },
      {
        id: 'whatsapp-block',
        date: '2026-02-11',
        kind: 'block',
        status: 'blocked',
        basis: { kind: 'reports', reports: 2 } as Record<string, unknown>,
        summary: { en: 'Blocked.', ru: 'Заблокирован.' },
        disagreement: { en: 'Meduza says 12 Feb.', ru: 'По данным «Медузы», 12 февраля.' } as { en: string; ru: string } | undefined,
        sources: ['a', 'b'],
        authority: undefined as string | undefined,
      },
    ],
  };
  const telegram = {
    id: 'telegram',
    name: 'Telegram',
    hosts: ['t.me'],
    impact: { en: 'Works.', ru: 'Работает.' },
    events: [] as unknown[],
  };
  return { meta, sources, whatsapp, telegram };
}

type Files = ReturnType<typeof validFiles>;

function toFiles(f: Files): DatasetFiles {
  return {
    meta: { path: 'src/data/meta.json', text: JSON.stringify(f.meta) },
    sources: { path: 'src/data/sources.json', text: JSON.stringify(f.sources) },
    platforms: [
      { path: 'src/data/platforms/telegram.json', text: JSON.stringify(f.telegram) },
      { path: 'src/data/platforms/whatsapp.json', text: JSON.stringify(f.whatsapp) },
    ],
  };
}

function problemsOf(edit: (f: Files) => void): DatasetProblem[] {
  const files = validFiles();
  edit(files);
  try {
    buildDataset(toFiles(files), TODAY);
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

describe('a valid dataset', () => {
  it('is published with each status, its date and its basis derived from its events', () => {
    const dataset = buildDataset(toFiles(validFiles()), TODAY);
    expect(dataset.reviewed).toBe('2026-04-30');
    expect(dataset.platforms.map((p) => [p.id, p.status, p.statusSince, p.statusEventId, p.statusBasis])).toEqual([
      ['telegram', 'not-restricted', null, null, null],
      ['whatsapp', 'blocked', '2026-02-11', 'whatsapp-block', 'reports'],
    ]);
    expect(dataset.sources).toHaveLength(2);
  });

  it('publishes beside it the status the official acts give, null where no act exists', () => {
    const dataset = buildDataset(toFiles(validFiles()), TODAY);
    expect(dataset.platforms.map((p) => [p.id, p.officialStatus, p.officialSince, p.officialEventId])).toEqual([
      ['telegram', null, null, null],
      ['whatsapp', 'partially-restricted', '2025-08-13', 'whatsapp-calls'],
    ]);
  });

  it('publishes excerpts, translated, and where a source says an outlet is blocked in Russia', () => {
    const files = validFiles();
    const evidence = [
      { source: 'a', quote: 'Russia restricted calls.', lang: 'en', translation: { ru: 'Россия ограничила звонки.' } },
      { source: 'b', quote: 'Закон подписан.', lang: 'ru', translation: { en: 'The law is signed.' } },
    ];
    (files.whatsapp.events[1] as Record<string, unknown>).evidence = evidence;
    (files.sources[1] as Record<string, unknown>).blockedInRussia = { since: '2021-04', sources: ['c'] };
    // Cited by nothing else: the block is what it supports.
    files.sources.push({ ...files.sources[0], id: 'c', publisher: 'Roskomsvoboda', url: 'https://example.com/c' });
    const dataset = buildDataset(toFiles(files), TODAY);
    expect(dataset.platforms[1].events[1].evidence).toEqual(evidence);
    expect(dataset.sources[1].blockedInRussia).toEqual({ since: '2021-04', sources: ['c'] });
  });

  it('takes a quote in a third language with a translation into each interface language', () => {
    const files = validFiles();
    files.sources[0].language = 'de';
    (files.whatsapp.events[0] as Record<string, unknown>).evidence = [
      { source: 'a', quote: 'Anrufe eingeschränkt.', lang: 'de', translation: { en: 'Calls restricted.', ru: 'Звонки ограничены.' } },
    ];
    expect(buildDataset(toFiles(files), TODAY).platforms[1].events[0].evidence).toHaveLength(1);
  });

  it('gives the newest source date, counting days only', () => {
    const files = validFiles();
    files.sources[1].published = '2026-03';
    expect(buildDataset(toFiles(files), TODAY).latestSource).toBe('2025-08-13');
  });

  it('accepts a disagreement naming an outlet that a cited source carries', () => {
    const files = validFiles();
    files.sources[0].publisher = 'Daily Sabah (Reuters, quoting Interfax)';
    files.sources.push({ ...files.sources[1], id: 'c', publisher: 'Interfax', url: 'https://example.com/c' });
    files.meta.context[0].sources.push('c');
    files.whatsapp.events[0].disagreement = { en: 'Interfax said so first.', ru: '«Интерфакс» сообщил первым.' };
    expect(buildDataset(toFiles(files), TODAY).platforms[1].events[0].disagreement?.en).toBe('Interfax said so first.');
  });
});

const W = 'src/data/platforms/whatsapp.json';
const S = 'src/data/sources.json';
const M = 'src/data/meta.json';

// Each kind of bad data, and the file, entry and field its error must name.
const cases: [string, (f: Files) => void, Partial<DatasetProblem>][] = [
  [
    // As a new user would: Meta's own statement taken for an official act.
    'an official basis whose authority is a company',
    (f) => {
      f.meta.authorities.meta = { en: 'Meta', ru: 'Meta', kind: 'company' };
      f.whatsapp.events[0].authority = 'meta';
    },
    {
      file: W,
      entry: 'events[0] "whatsapp-calls"',
      field: 'basis.kind',
      message: expect.stringMatching(
        /^"official" needs an act or statement of a state body, but authority "meta" \(Meta\) is of kind "company"/,
      ),
    },
  ],
  [
    'an official basis whose authority is an NGO',
    (f) => {
      f.meta.authorities.hrw = { en: 'Human Rights Watch', ru: 'Human Rights Watch', kind: 'ngo' };
      f.whatsapp.events[0].authority = 'hrw';
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'basis.kind', message: expect.stringMatching(/kind "ngo"/) },
  ],
  [
    'an authority without a kind',
    (f) => {
      delete (f.meta.authorities.roskomnadzor as { kind?: string }).kind;
    },
    { file: M, entry: 'meta', field: 'authorities.roskomnadzor.kind' },
  ],
  [
    'an AMP link (a path segment)',
    (f) => {
      f.sources[0].url = 'https://example.com/news/123/amp';
    },
    { file: S, entry: '[0] "a"', field: 'url', message: expect.stringMatching(/AMP/) },
  ],
  [
    'an AMP link (amp-<id>.html)',
    (f) => {
      f.sources[0].url = 'https://www.livemint.com/technology/apps/russia-restricts-twitter/amp-11615375134708.html';
    },
    { file: S, entry: '[0] "a"', field: 'url', message: expect.stringMatching(/AMP/) },
  ],
  [
    'a short link (t.co)',
    (f) => {
      f.sources[0].url = 'https://t.co/AbC123';
    },
    { file: S, entry: '[0] "a"', field: 'url', message: expect.stringMatching(/short link \(t\.co\)/) },
  ],
  [
    'a short link (bit.ly)',
    (f) => {
      f.sources[1].url = 'https://bit.ly/3xyz';
    },
    { file: S, entry: '[1] "b"', field: 'url', message: expect.stringMatching(/short link/) },
  ],
  [
    'a WordPress short link',
    (f) => {
      f.sources[0].url = 'https://cyberinsider.com/?p=286141';
    },
    { file: S, entry: '[0] "a"', field: 'url', message: expect.stringMatching(/WordPress short link/) },
  ],
  [
    'tracking parameters (utm_*)',
    (f) => {
      f.sources[0].url = 'https://example.com/a?id=7&utm_source=twitter&utm_medium=social';
    },
    { file: S, entry: '[0] "a"', field: 'url', message: expect.stringMatching(/tracking parameters \(utm_source, utm_medium\)/) },
  ],
  [
    'tracking parameters (fbclid)',
    (f) => {
      f.sources[0].url = 'https://example.com/a?fbclid=IwAR0abc';
    },
    { file: S, entry: '[0] "a"', field: 'url', message: expect.stringMatching(/tracking parameters \(fbclid\)/) },
  ],
  [
    'tracking parameters (an RSS campaign)',
    (f) => {
      f.sources[0].url = 'https://www.dailymail.co.uk/wires/reuters/article-1/x.html?ns_mchannel=rss&ns_campaign=1490&ito=1490';
    },
    { file: S, entry: '[0] "a"', field: 'url', message: expect.stringMatching(/tracking parameters \(ns_mchannel, ns_campaign, ito\)/) },
  ],
  [
    'an excerpt of a source the event does not cite',
    (f) => {
      (f.whatsapp.events[0] as Record<string, unknown>).evidence = [
        { source: 'b', quote: 'Закон подписан.', lang: 'ru', translation: { en: 'The law is signed.' } },
      ];
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'evidence[0].source', message: expect.stringMatching(/does not cite/) },
  ],
  [
    'an excerpt of a source a context item does not cite',
    (f) => {
      (f.meta.context[0] as Record<string, unknown>).evidence = [
        { source: 'a', quote: 'Calls restricted.', lang: 'en', translation: { ru: 'Звонки ограничены.' } },
      ];
    },
    { file: M, entry: 'context[0] "context-vpn-law"', field: 'evidence[0].source' },
  ],
  [
    "an excerpt's language that is not its source's",
    (f) => {
      (f.whatsapp.events[0] as Record<string, unknown>).evidence = [
        { source: 'a', quote: 'Звонки ограничены.', lang: 'ru', translation: { en: 'Calls restricted.' } },
      ];
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'evidence[0].lang', message: expect.stringMatching(/source "a" is in "en"/) },
  ],
  [
    'an excerpt without its translation',
    (f) => {
      (f.whatsapp.events[1] as Record<string, unknown>).evidence = [{ source: 'b', quote: 'Закон подписан.', lang: 'ru', translation: {} }];
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'evidence[0].translation.en', message: expect.stringMatching(/^missing/) },
  ],
  [
    'an excerpt in a third language with one translation of two',
    (f) => {
      f.sources[0].language = 'de';
      (f.whatsapp.events[0] as Record<string, unknown>).evidence = [
        { source: 'a', quote: 'Anrufe eingeschränkt.', lang: 'de', translation: { en: 'Calls restricted.' } },
      ];
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'evidence[0].translation.ru' },
  ],
  [
    'an excerpt over 45 words',
    (f) => {
      (f.whatsapp.events[0] as Record<string, unknown>).evidence = [
        { source: 'a', quote: Array.from({ length: 46 }, (_, i) => `word${i}`).join(' '), lang: 'en', translation: { ru: 'Слова.' } },
      ];
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'evidence[0].quote', message: expect.stringMatching(/^46 words/) },
  ],
  [
    'a "blocked in Russia" resting on an unknown source',
    (f) => {
      (f.sources[1] as Record<string, unknown>).blockedInRussia = { since: '2021-04', sources: ['zzz'] };
    },
    { file: S, entry: '[1] "b"', field: 'blockedInRussia.sources[0]', message: 'cites unknown source "zzz"' },
  ],
  [
    'an empty Russian summary',
    (f) => {
      f.whatsapp.events[0].summary.ru = ' ';
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'summary.ru' },
  ],
  [
    'a missing English summary',
    (f) => {
      delete (f.whatsapp.events[1].summary as { en?: string }).en;
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'summary.en' },
  ],
  [
    'an unknown kind',
    (f) => {
      f.whatsapp.events[0].kind = 'ban';
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'kind' },
  ],
  [
    'an unknown status',
    (f) => {
      f.whatsapp.events[1].status = 'banned';
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'status' },
  ],
  [
    'an impossible date',
    (f) => {
      f.whatsapp.events[0].date = '2025-02-30';
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'date', message: 'not a real calendar date' },
  ],
  [
    'a date in another format',
    (f) => {
      f.whatsapp.events[0].date = '13.08.2025';
    },
    { file: W, field: 'date' },
  ],
  [
    'a date in the future',
    (f) => {
      f.whatsapp.events[1].date = '2027-01-01';
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'date' },
  ],
  [
    'events out of date order',
    (f) => {
      f.whatsapp.events[1].date = '2025-08-01';
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'date' },
  ],
  [
    'an event citing no source',
    (f) => {
      f.whatsapp.events[0].sources = [];
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'sources' },
  ],
  [
    'an event citing an unknown source',
    (f) => {
      f.whatsapp.events[0].sources = ['nope'];
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'sources[0]' },
  ],
  [
    'an unknown authority',
    (f) => {
      f.whatsapp.events[0].authority = 'fsb';
    },
    { file: W, field: 'authority' },
  ],
  [
    'an unknown field',
    (f) => {
      (f.whatsapp.events[0] as Record<string, unknown>).severity = 3;
    },
    { file: W, entry: 'events[0] "whatsapp-calls"' },
  ],
  [
    'a host with a scheme',
    (f) => {
      f.whatsapp.hosts[1] = 'https://web.whatsapp.com';
    },
    { file: W, entry: 'platform', field: 'hosts[1]' },
  ],
  [
    'a host claimed by two platforms',
    (f) => {
      f.telegram.hosts.push('web.whatsapp.com');
    },
    { field: 'hosts[1]' },
  ],
  [
    'a platform id that is not its file name',
    (f) => {
      f.whatsapp.id = 'whatsap';
    },
    { file: W, entry: 'platform', field: 'id' },
  ],
  [
    'an http URL',
    (f) => {
      f.sources[0].url = 'http://example.com/a';
    },
    { file: S, entry: '[0] "a"', field: 'url' },
  ],
  [
    'a duplicate URL',
    (f) => {
      f.sources[1].url = 'https://example.com/a';
    },
    { file: S, entry: '[1] "b"', field: 'url' },
  ],
  [
    'a duplicate source id',
    (f) => {
      f.sources[1].id = 'a';
    },
    { file: S, entry: '[1] "a"', field: 'id' },
  ],
  [
    'an unused source',
    (f) => {
      f.sources.push({ ...f.sources[0], id: 'c', url: 'https://example.com/c' });
    },
    { file: S, entry: '[2] "c"', field: 'id' },
  ],
  [
    'a source published in the future',
    (f) => {
      f.sources[0].published = '2030-01-01';
    },
    { file: S, entry: '[0] "a"', field: 'published' },
  ],
  [
    'a source without a publisher',
    (f) => {
      f.sources[0].publisher = '';
    },
    { file: S, entry: '[0] "a"', field: 'publisher' },
  ],
  [
    'a review date in the future',
    (f) => {
      f.meta.reviewed = '2027-01-01';
    },
    { file: M, field: 'reviewed' },
  ],
  [
    'a status resting on a single report',
    (f) => {
      f.whatsapp.events[1].basis = { kind: 'reports', reports: 1 };
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'basis.reports', message: expect.stringMatching(/single report/) },
  ],
  [
    'more independent reports than the publishers cited',
    (f) => {
      f.whatsapp.events[1].basis = { kind: 'reports', reports: 3 };
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'basis.reports' },
  ],
  [
    'a status with no basis',
    (f) => {
      delete (f.whatsapp.events[1] as { basis?: unknown }).basis;
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'basis' },
  ],
  [
    'a basis on an event that sets no status',
    (f) => {
      delete (f.whatsapp.events[1] as { status?: unknown }).status;
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'basis' },
  ],
  [
    'an official basis naming no authority',
    (f) => {
      f.whatsapp.events[1].basis = { kind: 'official', act: { en: 'A decree', ru: 'Указ' } };
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'authority' },
  ],
  [
    'a measurement basis citing no source from whoever measured',
    (f) => {
      f.whatsapp.events[1].basis = { kind: 'measurement', by: 'OONI' };
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'basis.by' },
  ],
  [
    'a status set again while in force',
    (f) => {
      f.whatsapp.events[0].status = 'blocked';
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'status' },
  ],
  [
    'a disagreement naming a known outlet the event does not cite',
    (f) => {
      f.whatsapp.events[0].disagreement = { en: 'Meduza dates it a day later.', ru: '«Медуза» относит это к следующему дню.' };
    },
    { file: W, entry: 'events[0] "whatsapp-calls"', field: 'disagreement.en', message: expect.stringMatching(/"Meduza"/) },
  ],
  [
    'a disagreement naming an outlet by its address, uncited',
    (f) => {
      f.whatsapp.events[1].disagreement = { en: 'klerk.ru says 9 February.', ru: 'По данным klerk.ru, 9 февраля.' };
    },
    { file: W, entry: 'events[1] "whatsapp-block"', field: 'disagreement.en', message: expect.stringMatching(/"klerk\.ru"/) },
  ],
  [
    'a URL with the default port',
    (f) => {
      f.sources[0].url = 'https://example.com:443/a';
    },
    { file: S, entry: '[0] "a"', field: 'url', message: expect.stringMatching(/default port/) },
  ],
  [
    'a URL whose host ends in a dot',
    (f) => {
      f.sources[1].url = 'https://example.com./b';
    },
    { file: S, entry: '[1] "b"', field: 'url', message: expect.stringMatching(/trailing dot/) },
  ],
  [
    'a source published after the review date',
    (f) => {
      f.sources[0].published = '2026-05-02';
    },
    { file: S, entry: '[0] "a"', field: 'published' },
  ],
  [
    "an OONI domain that is not the platform's",
    (f) => {
      (f.whatsapp as Record<string, unknown>).ooni = { domains: ['www.example.com'] };
    },
    { file: W, entry: 'platform', field: 'ooni.domains[0]' },
  ],
  [
    'a context item citing an unknown source',
    (f) => {
      f.meta.context[0].sources = ['zzz'];
    },
    { file: M, entry: 'context[0] "context-vpn-law"', field: 'sources[0]' },
  ],
];

describe('invalid data fails with the file, the entry and the field', () => {
  it.each(cases)('%s', (_, edit, expected) => {
    const problems = problemsOf(edit);
    expect(problems).toContainEqual(expect.objectContaining(expected));
  });

  it('names the file, line and column when it is not JSON', () => {
    const files = toFiles(validFiles());
    files.platforms[1].text = '{ "id": "whatsapp", ';
    expect(() => buildDataset(files, TODAY)).toThrow(/src\/data\/platforms\/whatsapp\.json: line 1, column 21: \(syntax\): not valid JSON/);
  });

  it('names the line and column of a trailing comma, which JSON.parse does not place', () => {
    const files = toFiles(validFiles());
    files.sources.text = JSON.stringify(validFiles().sources, null, 2).replace(/"language": "ru"\n/, '"language": "ru",\n');
    expect(() => buildDataset(files, TODAY)).toThrow(
      /src\/data\/sources\.json: line 19, column 3: \(syntax\): not valid JSON: expected a property name in double quotes here: }/,
    );
  });

  it('reports every problem at once, one per line', () => {
    const files = validFiles();
    files.whatsapp.events[0].summary.ru = '';
    files.sources[0].url = 'http://example.com/a';
    const message = (() => {
      try {
        buildDataset(toFiles(files), TODAY);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^Invalid dataset \(2 problems\):\n/);
    expect(message).toContain('src/data/platforms/whatsapp.json: events[0] "whatsapp-calls": summary.ru: ');
    expect(message).toContain('src/data/sources.json: [0] "a": url: expected an https:// URL');
  });
});
