import dataset from 'virtual:dataset';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Citation, citationsBySource, eventCount, filterSources, type SourceSort } from '../core/citations';
import { sourcesById } from '../core/dataset';
import { formatDate } from '../core/dates';
import { STATUS_IDS } from '../data/ids';
import { downloadName, PACKAGED_FILES } from '../data/open-data';
import type { Source } from '../data/schema';
import { keyOf, t, uiLang } from '../ui/i18n';
import { PRIVACY_ANCHOR, type SourcesLinker, sourceAnchor } from '../ui/links';
import { ReviewedNote } from '../ui/ReviewedNote';
import { StatusLabel } from '../ui/StatusLabel';
import { Timeline } from '../ui/Timeline';

const lang = uiLang();
const sourceIndex = sourcesById(dataset);
// On this page a source's entry is an anchor away.
const linker: SourcesLinker = { href: (anchor) => (anchor ? `#${anchor}` : '#top'), inPage: true };
const citations = citationsBySource(dataset);
const platforms = [...dataset.platforms].sort((a, b) => a.name.localeCompare(b.name));
const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
const languageCache = new Map<string, string>();
const languageOf = (code: string) => {
  const name = languageCache.get(code) ?? languageNames.of(code) ?? code;
  languageCache.set(code, name);
  return name;
};

const DOWNLOADS = [
  [PACKAGED_FILES.json, 'downloadJson'],
  [PACKAGED_FILES.schema, 'downloadSchema'],
  [PACKAGED_FILES.csv, 'downloadCsv'],
] as const;

export function SourcesPage() {
  const [platformId, setPlatformId] = useState('');
  const [text, setText] = useState('');
  const [sort, setSort] = useState<SourceSort>('date');
  const shown = useMemo(() => filterSources(dataset.sources, citations, { platformId, text, sort }), [platformId, text, sort]);

  useEffect(() => {
    // The list is drawn by script, after the browser has looked for the #anchor: look again.
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    target?.scrollIntoView();
    target?.focus({ preventScroll: true });
  }, []);

  return (
    <main class="ui page">
      <header>
        <h1 id="top">{t('sourcesTitle')}</h1>
        <p>{t('sourcesIntro')}</p>
        <p class="count" data-testid="count">
          {t('sourcesCount', String(dataset.sources.length), String(eventCount(dataset)))}
        </p>
        <ReviewedNote reviewed={dataset.reviewed} lang={lang} />
      </header>
      <form class="filters" aria-label={t('filtersLabel')} onSubmit={(e) => e.preventDefault()}>
        <label>
          <span id="filter-platform">{t('filterPlatform')}</span>
          <select aria-labelledby="filter-platform" value={platformId} onChange={(e) => setPlatformId(e.currentTarget.value)}>
            <option value="">{t('filterAny')}</option>
            {platforms.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span id="filter-text">{t('filterText')}</span>
          <input aria-labelledby="filter-text" type="search" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        </label>
        <label>
          <span id="sort-by">{t('sortBy')}</span>
          <select aria-labelledby="sort-by" value={sort} onChange={(e) => setSort(e.currentTarget.value as SourceSort)}>
            <option value="date">{t('sortDate')}</option>
            <option value="publisher">{t('sortPublisher')}</option>
          </select>
        </label>
      </form>
      <p class="shown" role="status" data-testid="shown">
        {t('sourcesShown', String(shown.length), String(dataset.sources.length))}
      </p>
      {shown.length === 0 ? <p>{t('noMatches')}</p> : null}
      <ol class="sources">
        {shown.map((source) => (
          <SourceEntry key={source.id} source={source} cites={citations.get(source.id) ?? []} />
        ))}
      </ol>
      <About />
    </main>
  );
}

function SourceEntry({ source, cites }: { source: Source; cites: Citation[] }) {
  const titleNote = source.titleFrom === 'url' ? t('titleFromUrl') : source.titleFrom === 'none' ? t('titleNone') : null;
  return (
    <li class="source" id={sourceAnchor(source.id)} tabIndex={-1}>
      <p class="source__publisher">{source.publisher}</p>
      <p class="source__title">
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
        {titleNote ? <span class="source__note"> ({titleNote})</span> : null}
      </p>
      <p class="source__meta">
        {source.published ? t('publishedOn', formatDate(source.published, lang)) : t('undated')} ·{' '}
        {t('language', languageOf(source.language))} · <span class="source__url">{new URL(source.url).hostname}</span>
      </p>
      <p class="source__supports">{t('supports')}</p>
      <ul class="backlinks">
        {cites.map(({ platform, event }) => (
          <li key={event.id}>
            <strong>{platform ? platform.name : t('contextItem')}</strong>,{' '}
            <time dateTime={event.date}>{formatDate(event.date, lang)}</time>: {event.summary[lang]}
          </li>
        ))}
      </ul>
    </li>
  );
}

function About() {
  return (
    <>
      {dataset.context.length > 0 ? (
        <section aria-labelledby="context">
          <h2 id="context">{t('context')}</h2>
          <Timeline events={dataset.context} sources={sourceIndex} authorities={dataset.authorities} lang={lang} linker={linker} />
        </section>
      ) : null}
      <section aria-labelledby="download">
        <h2 id="download">{t('downloadHeading')}</h2>
        <p>{t('downloadIntro')}</p>
        <ul>
          {DOWNLOADS.map(([path, label]) => (
            <li key={path}>
              <a href={`/${path}`} download={downloadName(path)}>
                {t(label)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="method">
        <h2 id="method">{t('methodHeading')}</h2>
        <p>{t('method1')}</p>
        <p>{t('method2')}</p>
        <h3>{t('statusLegend')}</h3>
        <dl class="legend">
          {STATUS_IDS.map((status) => (
            <div key={status}>
              <dt>
                <StatusLabel status={status} lang={lang} />
              </dt>
              <dd>{t(keyOf('statusMeaning', status))}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="correction">
        <h2 id="correction">{t('correctionHeading')}</h2>
        <p>
          {t('correctionText')}{' '}
          <a href={__ISSUES_URL__} target="_blank" rel="noopener noreferrer">
            {__ISSUES_URL__}
          </a>
        </p>
      </section>
      <section aria-labelledby={PRIVACY_ANCHOR}>
        <h2 id={PRIVACY_ANCHOR} tabIndex={-1}>
          {t('privacy')}
        </h2>
        <p>{t('privacyStatement')}</p>
      </section>
      <p>
        <a href="#top">{t('backToTop')}</a>
      </p>
    </>
  );
}
