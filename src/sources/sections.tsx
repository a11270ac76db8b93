// The sources page's sections after the list: what the data is, how to take it, and who to tell.
import { basisOf, ooniExplorerBlock } from '../core/dataset';
import type { Lang } from '../core/lang';
import { STATUS_IDS } from '../data/ids';
import { downloadName, PACKAGED_FILES } from '../data/open-data';
import type { Dataset, PublishedPlatform, Source } from '../data/schema';
import { CheckNow, ExplorerBlocked } from '../ui/CheckNow';
import { t } from '../ui/i18n';
import { PRIVACY_ANCHOR } from '../ui/links';
import { keyOf } from '../ui/message-keys';
import { OfficialTrack } from '../ui/OfficialTrack';
import { StatusBasis } from '../ui/StatusBasis';
import { StatusLabel } from '../ui/StatusLabel';
import { Timeline } from '../ui/Timeline';

/** Each platform's status now, what it rests on (and the official acts, where they differ), and where to check it live. */
export function StatusNowSection({ platforms, dataset, lang }: { platforms: PublishedPlatform[]; dataset: Dataset; lang: Lang }) {
  const blocked = ooniExplorerBlock(dataset);
  return (
    <section aria-labelledby="status-now">
      <h2 id="status-now">{t('statusNowHeading')}</h2>
      <p class="check-now__hint">
        {t('checkNowHint')}
        {blocked ? <ExplorerBlocked blocked={blocked} lang={lang} /> : null}
      </p>
      <ul class="status-now">
        {platforms.map((p) => (
          <li key={p.id} data-platform={p.id}>
            <p class="status-now__head">
              <strong>{p.name}</strong> <StatusLabel status={p.status} since={p.statusSince} basis={basisOf(p)} lang={lang} />
            </p>
            <OfficialTrack platform={p} authorities={dataset.authorities} lang={lang} />
            <StatusBasis basis={basisOf(p)} lang={lang} />
            <CheckNow target={p.ooni} hint={false} lang={lang} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The laws and measures that shape every platform, where the dataset has any. */
export function ContextSection({ dataset, sources, lang }: { dataset: Dataset; sources: Record<string, Source>; lang: Lang }) {
  if (dataset.context.length === 0) return null;
  return (
    <section aria-labelledby="context">
      <h2 id="context">{t('context')}</h2>
      <Timeline events={dataset.context} sources={sources} authorities={dataset.authorities} lang={lang} />
    </section>
  );
}

const DOWNLOADS = [
  [PACKAGED_FILES.json, 'downloadJson'],
  [PACKAGED_FILES.schema, 'downloadSchema'],
  [PACKAGED_FILES.csv, 'downloadCsv'],
] as const;

/** The dataset as open data, from the copy inside the extension. */
export function DownloadSection() {
  return (
    <section aria-labelledby="download">
      <h2 id="download">{t('downloadHeading')}</h2>
      <p>{t('downloadIntro')}</p>
      <ul class="downloads">
        {DOWNLOADS.map(([path, label]) => (
          <li key={path}>
            <a href={`/${path}`} download={downloadName(path)}>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How the data is made, and what each status means. */
export function MethodSection({ lang }: { lang: Lang }) {
  return (
    <section aria-labelledby="method">
      <h2 id="method">{t('methodHeading')}</h2>
      <p>{t('method1')}</p>
      <p>{t('method2')}</p>
      <p>{t('method3')}</p>
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
  );
}

export function CorrectionSection() {
  return (
    <section aria-labelledby="correction">
      <h2 id="correction">{t('correctionHeading')}</h2>
      <p>
        {t('correctionText')}{' '}
        <a href={__ISSUES_URL__} target="_blank" rel="noopener noreferrer">
          {__ISSUES_URL__}
        </a>
      </p>
    </section>
  );
}

/** The popup's "Privacy" link lands here. */
export function PrivacySection() {
  return (
    <section aria-labelledby={PRIVACY_ANCHOR}>
      <h2 id={PRIVACY_ANCHOR} tabIndex={-1}>
        {t('privacy')}
      </h2>
      <p>{t('privacyStatement')}</p>
    </section>
  );
}
