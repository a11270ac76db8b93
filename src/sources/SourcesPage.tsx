import outline from 'virtual:dataset-outline';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Citation, citationsBySource, filterSources, type SourceSort } from '../core/citations';
import { publisherName, sourcesById } from '../core/dataset';
import { formatDate } from '../core/dates';
import type { ListedSource } from '../core/outline';
import type { Dataset, Source } from '../data/schema';
import { BlockedNote } from '../ui/BlockedNote';
import { EvidenceList } from '../ui/Evidence';
import { t, uiLang } from '../ui/i18n';
import { sourceAnchor } from '../ui/links';
import { useProgressiveCount } from '../ui/progressive';
import { ReviewedNote } from '../ui/ReviewedNote';
import { byName, PLATFORMS_BY_NAME } from './platforms';
import { StatusChartSection } from './StatusChartSection';
import { ContextSection, CorrectionSection, DownloadSection, MethodSection, PrivacySection, StatusNowSection } from './sections';
import { useWholeDataset } from './whole-dataset';

const lang = uiLang();
const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
const languageCache = new Map<string, string>();
const languageOf = (code: string) => {
  const name = languageCache.get(code) ?? languageNames.of(code) ?? code;
  languageCache.set(code, name);
  return name;
};

// Before the first paint the list shows the outline's first sources; once the whole dataset has
// loaded, the rest follow this many at a time while the browser is idle (useProgressiveCount).
const FIRST_SOURCES = outline.firstSources[lang];
const SOURCES_PER_STEP = 100;
// Opened at an anchor further down (`#source-…`, `#privacy`), the page draws everything at once.
const AT_ANCHOR = location.hash.length > 1;

/** «Опубликовано 4 марта 2022 г.», but «Опубликовано в апреле 2026 г.» where the page gave only a month. */
const published = (date: string | null) =>
  !date
    ? t('undated')
    : date.length < 10
      ? t('publishedIn', formatDate(date, lang, 'prepositional'))
      : t('publishedOn', formatDate(date, lang));

export function SourcesPage() {
  const dataset = useWholeDataset(AT_ANCHOR);
  const [platformId, setPlatformId] = useState('');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<SourceSort>('date');
  const citations = useMemo(() => dataset && citationsBySource(dataset), [dataset]);
  const shown = useMemo(
    () =>
      dataset && citations
        ? filterSources(dataset.sources, citations, { platformId, text, sort, lang }).map((source) => ({
            source,
            cites: citations.get(source.id) ?? [],
          }))
        : null,
    [dataset, citations, platformId, text, sort],
  );

  useEffect(() => {
    // The list is drawn by script, after the browser has looked for the #anchor: look again.
    const target = dataset && location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, [dataset]);

  return (
    <main class="ui page">
      <header>
        <h1 id="top">{t('sourcesTitle')}</h1>
        <p>{t('sourcesIntro')}</p>
        <p class="count" data-testid="count">
          {t('sourcesCount', String(outline.sourceCount), String(outline.eventCount))}
        </p>
        <ReviewedNote reviewed={outline.reviewed} latestSource={outline.latestSource} lang={lang} />
      </header>
      <StatusChartSection lang={lang} />
      {/* The filters work on the whole dataset: until it has loaded they are shown, but disabled. */}
      <form class="filters" aria-label={t('filtersLabel')} onSubmit={(e) => e.preventDefault()}>
        <label>
          <span id="filter-platform">{t('filterPlatform')}</span>
          <select
            aria-labelledby="filter-platform"
            disabled={!dataset}
            value={platformId}
            onChange={(e) => setPlatformId(e.currentTarget.value)}
          >
            <option value="">{t('filterAny')}</option>
            {PLATFORMS_BY_NAME.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span id="filter-text">{t('filterText')}</span>
          <input
            aria-labelledby="filter-text"
            type="search"
            disabled={!dataset}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </label>
        <label>
          <span id="sort-by">{t('sortBy')}</span>
          <select aria-labelledby="sort-by" disabled={!dataset} value={sort} onChange={(e) => setSort(e.currentTarget.value as SourceSort)}>
            <option value="date">{t('sortDate')}</option>
            <option value="publisher">{t('sortPublisher')}</option>
          </select>
        </label>
      </form>
      <p class="shown" role="status" data-testid="shown">
        {t('sourcesShown', String(shown?.length ?? outline.sourceCount), String(outline.sourceCount))}
      </p>
      {shown?.length === 0 ? <p>{t('noMatches')}</p> : null}
      <SourceList shown={shown ?? FIRST_SOURCES} dataset={dataset} />
    </main>
  );
}

/**
 * The list: the outline's first sources until the whole dataset has loaded, then the rest a hundred
 * at a time (useProgressiveCount), then the sections after it. One list throughout, so the entries
 * first drawn stay the same elements (a link the reader has focused keeps its focus). A component of
 * its own, so each step draws the list again, not the chart above it.
 */
function SourceList({ shown, dataset }: { shown: ListedSource[]; dataset: Dataset | null }) {
  // The same elements from one step to the next, so drawing more of the list leaves those drawn alone.
  const byId = useMemo(() => dataset && sourcesById(dataset), [dataset]);
  const entries = useMemo(
    () => shown.map(({ source, cites }) => <SourceEntry key={source.id} source={source} cites={cites} sources={byId} />),
    [shown, byId],
  );
  const drawn = useProgressiveCount(shown.length, {
    first: FIRST_SOURCES.length,
    step: SOURCES_PER_STEP,
    allAtOnce: AT_ANCHOR,
    waiting: !dataset,
  });
  const complete = dataset !== null && drawn >= shown.length;
  return (
    <>
      <ol class="sources" aria-busy={complete ? undefined : 'true'}>
        {entries.slice(0, drawn)}
      </ol>
      {complete ? <AfterTheList dataset={dataset} /> : null}
    </>
  );
}

/** Drawn once the whole list is. */
function AfterTheList({ dataset }: { dataset: Dataset }) {
  const platforms = useMemo(() => byName(dataset.platforms), [dataset]);
  const sources = useMemo(() => sourcesById(dataset), [dataset]);
  return (
    <>
      <StatusNowSection platforms={platforms} dataset={dataset} lang={lang} />
      <ContextSection dataset={dataset} sources={sources} lang={lang} />
      <DownloadSection />
      <MethodSection lang={lang} />
      <CorrectionSection />
      <PrivacySection />
      <p>
        <a href="#top">{t('backToTop')}</a>
      </p>
    </>
  );
}

/** `sources`: every source by id, once the whole dataset has loaded (to name who says an outlet is blocked). */
function SourceEntry({ source, cites, sources }: { source: Source; cites: Citation[]; sources: Record<string, Source> | null }) {
  const titleNote = source.titleFrom === 'url' ? t('titleFromUrl') : source.titleFrom === 'none' ? t('titleNone') : null;
  return (
    <li class="source" id={sourceAnchor(source.id)} tabIndex={-1}>
      <p class="source__publisher">{publisherName(source, lang)}</p>
      <p class="source__title">
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
        {titleNote ? <span class="source__note">{` (${titleNote})`}</span> : null}
      </p>
      {/* Runs of text as one string, one text node: with ten times the data the list holds 2,400 entries. */}
      <p class="source__meta">
        {`${published(source.published)} · ${t('language', languageOf(source.language))} · `}
        <span class="source__url">{new URL(source.url).hostname}</span>
        {source.blockedInRussia ? <BlockedNote blocked={source.blockedInRussia} sources={sources} lang={lang} /> : null}
      </p>
      <p class="source__supports">{t('supports')}</p>
      <ul class="backlinks">
        {cites.map(({ platform, event }) => (
          <li key={event.id}>
            <strong>{platform ? platform.name : t('contextItem')}</strong>
            {', '}
            <time dateTime={event.date}>{formatDate(event.date, lang)}</time>
            {`: ${event.summary[lang]}`}
            <EvidenceList evidence={event.evidence?.filter((e) => e.source === source.id)} sources={{ [source.id]: source }} lang={lang} />
          </li>
        ))}
      </ul>
    </li>
  );
}
