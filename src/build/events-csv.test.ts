import { describe, expect, it } from 'vitest';
import type { Dataset } from '../data/schema';
import { eventsCsv } from './events-csv';

const dataset: Dataset = {
  reviewed: '2026-04-30',
  latestSource: '2025-08-13',
  authorities: { roskomnadzor: { en: 'Roskomnadzor', ru: 'Роскомнадзор', kind: 'state' } },
  context: [],
  sources: [
    { id: 'a', publisher: 'A', title: 'T', titleFrom: 'page', url: 'https://example.com/a', published: '2025-08-13', language: 'en' },
    { id: 'b', publisher: 'B', title: 'T', titleFrom: 'page', url: 'https://example.com/b?x=1,2', published: null, language: 'ru' },
  ],
  platforms: [
    {
      id: 'whatsapp',
      name: 'WhatsApp',
      hosts: ['whatsapp.com'],
      impact: { en: 'x', ru: 'x' },
      status: 'partially-restricted',
      statusSince: '2025-08-13',
      statusEventId: 'e1',
      statusBasis: 'reports',
      officialStatus: 'throttled',
      officialSince: '2025-07',
      officialEventId: 'e0',
      events: [
        {
          id: 'e1',
          date: '2025-08-13',
          kind: 'partial-restriction',
          status: 'partially-restricted',
          basis: { kind: 'reports', reports: 2 },
          summary: { en: 'Calls "restricted", partly.\nSecond line.', ru: '=HYPERLINK("x")' },
          authority: 'roskomnadzor',
          sources: ['a', 'b'],
          evidence: [
            { source: 'a', lang: 'en', quote: 'Calls are restricted.', translation: { ru: 'Звонки ограничены.' } },
            { source: 'b', lang: 'ru', quote: 'Звонки, «частично».', translation: { en: 'Calls, "partly".' } },
          ],
        },
      ],
    },
  ],
};

/** A small RFC 4180 reader, to check the output the way a spreadsheet reads it. */
function parseCsv(file: string): string[][] {
  const text = file.replace(/^\uFEFF/, ''); // as a spreadsheet program reads it
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += c;
    }
  }
  return rows;
}

describe('eventsCsv', () => {
  it('has a header and one row per event, with its sources, quoted so a spreadsheet reads it back', () => {
    const [header, ...rows] = parseCsv(eventsCsv(dataset));
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(row).toMatchObject({
      platform_id: 'whatsapp',
      event_id: 'e1',
      date: '2025-08-13',
      status: 'partially-restricted',
      status_basis: 'reports',
      status_basis_detail: '2 independent reports, not officially confirmed',
      authority: 'Roskomnadzor',
      summary_en: 'Calls "restricted", partly.\nSecond line.',
      source_ids: 'a b',
      source_urls: 'https://example.com/a https://example.com/b?x=1,2',
    });
  });

  it("carries the platform's two tracks, the authority's kind and the excerpts, one line each", () => {
    const [header, ...rows] = parseCsv(eventsCsv(dataset));
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(header.slice(0, 15)).toEqual([
      'platform_id',
      'platform_name',
      'event_id',
      'date',
      'kind',
      'status',
      'status_basis',
      'status_basis_detail',
      'authority',
      'summary_en',
      'summary_ru',
      'disagreement_en',
      'disagreement_ru',
      'source_ids',
      'source_urls',
    ]);
    expect(row).toMatchObject({
      platform_status: 'partially-restricted',
      platform_status_since: '2025-08-13',
      platform_status_basis: 'reports',
      platform_official_status: 'throttled',
      platform_official_since: '2025-07',
      authority_kind: 'state',
      evidence_source_ids: 'a\nb',
      evidence_langs: 'en\nru',
      evidence_quotes: 'Calls are restricted.\nЗвонки, «частично».',
      evidence_translations_en: '\nCalls, "partly".',
      evidence_translations_ru: 'Звонки ограничены.\n',
    });
  });

  it('starts with a UTF-8 byte order mark, so spreadsheet programs read the Russian columns as UTF-8', () => {
    expect(new TextEncoder().encode(eventsCsv(dataset)).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('never lets a cell start a spreadsheet formula', () => {
    const [header, row] = parseCsv(eventsCsv(dataset));
    expect(row[header.indexOf('summary_ru')]).toBe(`'=HYPERLINK("x")`);
  });
});
