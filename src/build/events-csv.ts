import type { Basis, Dataset } from '../data/schema';

const COLUMNS = [
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
] as const;

/** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs a cell. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** What a status rests on, in words: the act named, the reports counted, or who measured. */
function basisDetail(basis: Basis | undefined): string {
  if (!basis) return '';
  if (basis.kind === 'official') return basis.act.en;
  return basis.kind === 'reports'
    ? `${basis.reports} independent reports, not officially confirmed`
    : `measurement by ${basis.by}, not officially confirmed`;
}

/** One row per event, its sources as space-separated ids and URLs. */
export function eventsCsv(dataset: Dataset): string {
  const urlOf = new Map(dataset.sources.map((s) => [s.id, s.url]));
  const rows = [COLUMNS.join(',')];
  for (const platform of dataset.platforms) {
    for (const event of platform.events) {
      const values: string[] = [
        platform.id,
        platform.name,
        event.id,
        event.date,
        event.kind,
        event.status ?? '',
        event.basis?.kind ?? '',
        basisDetail(event.basis),
        event.authority ? (dataset.authorities[event.authority]?.en ?? event.authority) : '',
        event.summary.en,
        event.summary.ru,
        event.disagreement?.en ?? '',
        event.disagreement?.ru ?? '',
        event.sources.join(' '),
        event.sources.map((id) => urlOf.get(id) ?? '').join(' '),
      ];
      rows.push(values.map(cell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
