import dataset from 'virtual:dataset';
import { useState } from 'preact/hooks';
import { api } from '../browser/api';
import { report } from '../browser/errors';
import { send } from '../browser/messages';
import { sourcesPath } from '../browser/pages';
import { readSettings, writeSettings } from '../browser/settings';
import { chartLayout } from '../core/chart-layout';
import { basisOf, noticesOf, ooniExplorerBlock, sourcesById } from '../core/dataset';
import { today } from '../core/dates';
import { withUnreachablePage } from '../core/settings';
import { addressShown, type FailedLoad } from '../core/unreachable-page';
import type { PublishedPlatform } from '../data/schema';
import { CheckNow } from '../ui/CheckNow';
import { ContextNotice } from '../ui/ContextNotice';
import { t, uiLang } from '../ui/i18n';
import type { SourcesLinker } from '../ui/links';
import { keyOf, meaningKey } from '../ui/message-keys';
import { OfficialTrack } from '../ui/OfficialTrack';
import { ReviewedNote } from '../ui/ReviewedNote';
import { StatusAuthority } from '../ui/StatusAuthority';
import { StatusBasis } from '../ui/StatusBasis';
import { StatusChart } from '../ui/StatusChart';
import { StatusLabel } from '../ui/StatusLabel';
import { chartEvents, showEvent } from '../ui/show-event';
import { Timeline } from '../ui/Timeline';

const lang = uiLang();
const linker: SourcesLinker = {
  href: (anchor) => api.runtime.getURL(sourcesPath(anchor)),
};

/**
 * In place of the browser's error page. The first screen of a phone holds what a reader needs at
 * once (audit of Dec 2026): who shows the page, what did not load and, hedged, why; the status with
 * its meaning, who acted and since when; Try again, and how to tell a block from one's own connection.
 * Then what the status rests on, the chart and the sourced history; the rules that affect every
 * platform come after the platform's own story.
 */
export function UnreachablePage({ failed }: { failed: FailedLoad<PublishedPlatform> }) {
  const { platform, url } = failed;
  const setBy = platform.events.find((e) => e.id === platform.statusEventId);
  const authority = setBy?.authority ? dataset.authorities[setBy.authority]?.[lang] : undefined;
  return (
    <main class="ui page unreachable">
      <section class="unreachable__what" aria-labelledby="what-failed" data-restriction-context={platform.id} data-status={platform.status}>
        <p class="unreachable__from">{t('unreachableShownBy', t('extName'), platform.name)}</p>
        <h1 id="what-failed">{t(keyOf('unreachableTitle', platform.status), platform.name)}</h1>
        <FailedAddress failed={failed} />
        <div class={`unreachable__meaning unreachable__meaning--${platform.status}`}>
          <p class="unreachable__status">
            <StatusLabel status={platform.status} since={platform.statusSince} basis={basisOf(platform)} lang={lang} />
            <StatusAuthority who={authority} basis={basisOf(platform)} />
          </p>
          <OfficialTrack platform={platform} authorities={dataset.authorities} lang={lang} />
          <p>{t(meaningKey(platform))}</p>
        </div>
        {url ? (
          <div class="unreachable__actions">
            {failed.kind === 'no-answer' ? <KeepWaiting url={url} /> : null}
            <a class="unreachable__retry" href={url}>
              {t('tryAgain')}
            </a>
          </div>
        ) : null}
        <p>{t('unreachableSelfCheck', platform.name)}</p>
        <p class="unreachable__causes">{t('unreachableOtherCauses')}</p>
      </section>
      <h2>{t('whatItMeans')}</h2>
      <StatusBasis basis={basisOf(platform)} lang={lang} />
      <p>{platform.impact[lang]}</p>
      {platform.note ? <p>{platform.note[lang]}</p> : null}
      <CheckNow target={platform.ooni} blocked={ooniExplorerBlock(dataset)} lang={lang} />
      <StatusChart
        layout={chartLayout([platform], today(), dataset.reviewed, lang, 5)}
        events={chartEvents([platform])}
        lang={lang}
        strip
        onPick={(_, eventId) => showEvent(eventId)}
      />
      <h2>{t('history')}</h2>
      <Timeline events={platform.events} sources={sourcesById(dataset)} authorities={dataset.authorities} lang={lang} />
      <ContextNotice items={noticesOf(dataset)} lang={lang} />
      {/* Dated and sourced, as the platform's own history is: the laws on searches and VPN advertising,
          the VPN services blocked. Facts, not advice. */}
      <details class="context">
        <summary>{t('context')}</summary>
        <Timeline events={dataset.context} sources={sourcesById(dataset)} authorities={dataset.authorities} lang={lang} />
      </details>
      <ReviewedNote reviewed={dataset.reviewed} latestSource={dataset.latestSource} lang={lang} />
      <footer class="unreachable__foot">
        <a href={linker.href()} target="_blank" rel="noopener noreferrer">
          {t('openSources')}
        </a>
        <SwitchOff platform={platform} />
      </footer>
    </main>
  );
}

/**
 * What failed: the host, and whether it is one of the platform's own addresses; the full address
 * only on request, elided, as what the browser tried. A page can send the browser to an address it
 * made up (any path, any subdomain), so nothing of the address is shown as the extension's words.
 */
function FailedAddress({ failed }: { failed: FailedLoad<PublishedPlatform> }) {
  const { platform, url, error, kind } = failed;
  if (!url) return <p>{t('unreachableForgotten')}</p>;
  const shown = addressShown(url, platform);
  return (
    <>
      <p>
        {kind ? t(keyOf('failure', kind), shown.host) : t('failure_unknown')}
        {/* A host the platform does not list (a made-up subdomain, another port) is named as such. */}
        {shown.known ? null : ` ${t('unreachableHost_under', shown.host, platform.name, shown.under)}`}
        {error && kind !== 'no-answer' ? <span class="unreachable__code">{t('failureCode', error)}</span> : null}
      </p>
      <details class="unreachable__address">
        <summary>{t('unreachableTried')}</summary>
        <code class="unreachable__url" translate={false}>
          {shown.elided}
        </code>
      </details>
    </>
  );
}

/**
 * Where the platform did not answer: back to the load, which the worker then leaves alone for as
 * long as the browser waits. This page stays in view until the platform's page arrives.
 */
function KeepWaiting({ url }: { url: string }) {
  const [waiting, setWaiting] = useState(false);
  const wait = () => {
    setWaiting(true);
    return send({ type: 'keep-waiting', url });
  };
  return (
    <>
      <button type="button" class="unreachable__wait" onClick={() => void wait().catch(report)}>
        {t('keepWaiting')}
      </button>
      <p role="status" class="unreachable__waiting">
        {waiting ? t('keepWaitingStarted', new URL(url).hostname) : ''}
      </p>
    </>
  );
}

/** The reader who does not want this page for the platform can say so here as well as in the popup. */
function SwitchOff({ platform }: { platform: PublishedPlatform }) {
  const [done, setDone] = useState(false);
  const switchOff = async () => {
    await writeSettings(withUnreachablePage(await readSettings(), platform.id, false));
    setDone(true);
  };
  return (
    <>
      {done ? null : (
        <button type="button" class="text-button" onClick={() => switchOff().catch(report)}>
          {t('unreachableOff', platform.name)}
        </button>
      )}
      <p role="status" class="unreachable__done">
        {done ? t('unreachableOffDone', platform.name) : ''}
      </p>
    </>
  );
}

/** The page opened with an address that names no platform's page: say so, link nothing. */
export function NothingToShow() {
  return (
    <main class="ui page unreachable">
      <p class="unreachable__from">{t('extName')}</p>
      <h1>{t('unreachableInvalidHeading')}</h1>
      <p>{t('unreachableInvalid')}</p>
      <p>
        <a href={linker.href()}>{t('openSources')}</a>
      </p>
    </main>
  );
}
