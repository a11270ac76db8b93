import type { Basis, Dataset, Evidence } from '../data/schema';

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
  // Added 2026-12 (issue 25), at the end so that readers by position keep working: the platform's two
  // tracks (the status readers meet, the one the official acts give), whether the authority is a
  // state body, and the event's excerpts, one per line in each cell, in the same order.
  'platform_status',
  'platform_status_since',
  'platform_status_basis',
  'platform_official_status',
  'platform_official_since',
  'authority_kind',
  'evidence_source_ids',
  'evidence_langs',
  'evidence_quotes',
  'evidence_translations_en',
  'evidence_translations_ru',
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

/** An event's excerpts as five cells, one line per excerpt in each; a quote's own language has no translation (empty line). */
function evidenceCells(evidence: readonly Evidence[]): string[] {
  const lines = (pick: (e: Evidence) => string) => evidence.map((e) => pick(e).replace(/\r?\n/g, ' ')).join('\n');
  return [
    lines((e) => e.source),
    lines((e) => e.lang),
    lines((e) => e.quote),
    lines((e) => e.translation.en ?? ''),
    lines((e) => e.translation.ru ?? ''),
  ];
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
        platform.status,
        platform.statusSince ?? '',
        platform.statusBasis ?? '',
        platform.officialStatus ?? '',
        platform.officialSince ?? '',
        event.authority ? (dataset.authorities[event.authority]?.kind ?? '') : '',
        ...evidenceCells(event.evidence ?? []),
      ];
      rows.push(values.map(cell).join(','));
    }
  }
  // The byte order mark tells spreadsheet programs the file is UTF-8: without it Excel reads it in
  // the system's legacy code page, and the Russian columns come out garbled.
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
