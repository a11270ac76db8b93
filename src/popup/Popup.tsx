import dataset from 'virtual:dataset';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { api } from '../browser/api';
import { report } from '../browser/errors';
import { sourcesPath } from '../browser/pages';
import { markSeen } from '../browser/seen';
import { onDismissalsChanged, updateSession } from '../browser/session';
import { onSettingsChanged, writeSettings } from '../browser/settings';
import { type ChartLayout, chartLayout } from '../core/chart-layout';
import { basisOf, noticesOf, ooniExplorerBlock, overviewOrder, recordIds, sourcesById } from '../core/dataset';
import { today } from '../core/dates';
import { type SessionState, withDismissed } from '../core/session';
import { panelMode, type Settings, withMode } from '../core/settings';
import type { PublishedPlatform } from '../data/schema';
import { CheckNow } from '../ui/CheckNow';
import { ContextNotice } from '../ui/ContextNotice';
import { t, uiLang } from '../ui/i18n';
import { PRIVACY_ANCHOR, type SourcesLinker } from '../ui/links';
import { OfficialTrack } from '../ui/OfficialTrack';
import { usePainted, useProgressiveCount } from '../ui/progressive';
import { ReviewedNote } from '../ui/ReviewedNote';
import { StatusAuthority } from '../ui/StatusAuthority';
import { StatusBasis } from '../ui/StatusBasis';
import { StatusChart } from '../ui/StatusChart';
import { StatusLabel } from '../ui/StatusLabel';
import { chartEvents, showEvent } from '../ui/show-event';
import { Timeline } from '../ui/Timeline';
import { PanelSettings } from './PanelSettings';

const lang = uiLang();
/** A platform's events drawn with the rest of its view: about what the popup's first screen shows of the history. */
const FIRST_EVENTS = 2;
const sources = sourcesById(dataset);
const explorerBlock = ooniExplorerBlock(dataset);
const linker: SourcesLinker = {
  href: (anchor) => api.runtime.getURL(sourcesPath(anchor)),
};
const platforms = [...dataset.platforms].sort(overviewOrder);
const notices = noticesOf(dataset);
const chartData = chartEvents(platforms);
// Laid out once, when first drawn: the overview is drawn again on every change of settings.
let overviewLayout: ChartLayout | undefined;
const overviewChart = () => {
  overviewLayout ??= chartLayout(platforms, today(), dataset.reviewed, lang, 4);
  return overviewLayout;
};

/** What the popup's first drawing needs from the browser, read before it (src/popup/main.tsx). */
export interface PopupStart {
  platformId: string | null;
  settings: Settings;
  session: SessionState;
  /** What the reader had not seen when the popup opened: marked new for as long as it stays open. */
  unseen: ReadonlySet<string>;
}

export const ALL_RECORD_IDS = recordIds(dataset);

export function Popup({ start }: { start: PopupStart }) {
  const { platformId: initialPlatformId, unseen } = start;
  const [platformId, setPlatformId] = useState(initialPlatformId);
  const [settings, setSettings] = useState(start.settings);
  const [session, setSession] = useState(start.session);
  // Where the reader was in the list, to return there (and to that row's button) from a platform.
  const [from, setFrom] = useState<{ id: string; scroll: number } | null>(null);
  // The event chosen on the overview's chart, shown once its platform's history is drawn.
  const [chosenEvent, setChosenEvent] = useState<string | null>(null);
  useEffect(() => {
    onSettingsChanged(setSettings);
    onDismissalsChanged(setSession);
  }, []);
  // The first paint shows the status (a platform's, or each platform's in the list); the rest comes
  // right after it (figures: docs/performance.md, "The popup's first paint").
  const whole = usePainted();
  const platform = platforms.find((p) => p.id === platformId);

  return (
    <div class="ui popup">
      {platform ? (
        <Detail
          platform={platform}
          settings={settings}
          unseen={unseen}
          dismissed={session.dismissed.includes(platform.id)}
          focusHeading={from !== null}
          chosenEvent={chosenEvent}
          whole={whole}
          onBack={initialPlatformId === platform.id ? undefined : () => setPlatformId(null)}
        />
      ) : (
        <Overview
          whole={whole}
          settings={settings}
          unseen={unseen}
          returnTo={from}
          onOpen={(id, eventId) => {
            setFrom({ id, scroll: scrollY });
            setChosenEvent(eventId ?? null);
            setPlatformId(id);
          }}
        />
      )}
      {whole ? (
        <>
          <ReviewedNote reviewed={dataset.reviewed} latestSource={dataset.latestSource} lang={lang} />
          <p class="popup__foot">
            <a href={linker.href()} target="_blank" rel="noopener noreferrer">
              {t('openSources')}
            </a>
            <a href={linker.href(PRIVACY_ANCHOR)} target="_blank" rel="noopener noreferrer">
              {t('privacy')}
            </a>
          </p>
        </>
      ) : null}
    </div>
  );
}

interface DetailProps {
  platform: PublishedPlatform;
  settings: Settings;
  unseen: ReadonlySet<string>;
  dismissed: boolean;
  /** Opened from the list: the reader lands on the platform's heading, at the top. */
  focusHeading: boolean;
  /** Chosen on the overview's chart: shown in the history rather than the heading. */
  chosenEvent: string | null;
  /** False for the popup's first paint: the status only. */
  whole: boolean;
  onBack?: () => void;
}

function Detail({ platform, settings, unseen, dismissed, focusHeading, chosenEvent, whole, onBack }: DetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (chosenEvent) return showEvent(chosenEvent);
    if (!focusHeading) return;
    scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [platform.id]);
  // Looked at: next time these events are no longer new (the earlier state was read before drawing).
  useEffect(() => {
    void markSeen(
      platform.events.map((e) => e.id),
      ALL_RECORD_IDS,
    );
  }, [platform.id]);
  // The history is the longest part of this view, and below its first screen: its newest events with
  // the rest of the view, after the status's first paint; the rest once the browser is idle; all at
  // once where an event was chosen to be shown (figures: docs/performance.md, "The popup's history").
  const drawn = useProgressiveCount(platform.events.length, {
    first: FIRST_EVENTS,
    step: platform.events.length,
    allAtOnce: chosenEvent !== null,
    waiting: !whole,
  });
  const mode = panelMode(settings, platform.id);
  const setBy = platform.events.find((e) => e.id === platform.statusEventId);
  const authority = setBy?.authority ? dataset.authorities[setBy.authority]?.[lang] : undefined;
  // A choice of how the panel shows also undoes a dismissal for this session: the reader has just said what they want.
  const change = (next: Settings, panel = true) => {
    writeSettings(next).catch(report);
    if (panel) updateSession((s) => withDismissed(s, platform.id, false)).catch(report);
  };
  return (
    <>
      {onBack ? (
        <button type="button" class="back" onClick={onBack}>
          ← {t('backToAll')}
        </button>
      ) : null}
      <h1 ref={heading} tabIndex={-1}>
        {t('inRussia', platform.name)}
      </h1>
      <p class="popup__status" data-testid="status">
        <StatusLabel status={platform.status} since={platform.statusSince} basis={basisOf(platform)} lang={lang} />
        <StatusAuthority who={authority} basis={basisOf(platform)} />
      </p>
      <OfficialTrack platform={platform} authorities={dataset.authorities} lang={lang} />
      <StatusBasis basis={basisOf(platform)} lang={lang} />
      {whole ? (
        <>
          {/* The settings come after the whole history: one step to them from the top. */}
          <p>
            <a href="#panel-settings">{t('panelSettings')}</a>
          </p>
          <StatusChart
            layout={chartLayout([platform], today(), dataset.reviewed, lang, 4)}
            events={chartData}
            lang={lang}
            strip
            onPick={(_, eventId) => showEvent(eventId)}
          />
          <CheckNow target={platform.ooni} blocked={explorerBlock} lang={lang} />
          {mode === 'never' || dismissed ? (
            <p class="popup__hidden">
              {mode === 'never' ? t('panelOff', platform.name) : t('panelDismissed', platform.name)}{' '}
              <button
                type="button"
                class="text-button"
                onClick={() => change(withMode(settings, platform.id, mode === 'never' ? 'calm' : mode))}
              >
                {t('showAgain')}
              </button>
            </p>
          ) : null}
          <h2>{t('whatItMeans')}</h2>
          <p>{platform.impact[lang]}</p>
          {platform.note ? <p>{platform.note[lang]}</p> : null}
          <h2>{t('history')}</h2>
          <Timeline
            events={platform.events}
            sources={sources}
            authorities={dataset.authorities}
            lang={lang}
            isNew={(id) => unseen.has(id)}
            count={drawn}
          />
          <h2 id="panel-settings" tabIndex={-1}>
            {t('panelSettings')}
          </h2>
          <PanelSettings platform={platform} settings={settings} change={change} />
        </>
      ) : null}
    </>
  );
}

interface OverviewProps {
  /** False for the popup's first paint: the list only. */
  whole: boolean;
  settings: Settings;
  unseen: ReadonlySet<string>;
  returnTo: { id: string; scroll: number } | null;
  onOpen: (id: string, eventId?: string) => void;
}

function Overview({ whole, settings, unseen, returnTo, onOpen }: OverviewProps) {
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    if (!returnTo) return;
    scrollTo(0, returnTo.scroll);
    list.current?.querySelector<HTMLElement>(`[data-platform="${returnTo.id}"] button`)?.focus({ preventScroll: true });
  }, []);
  const off = platforms.filter((p) => panelMode(settings, p.id) === 'never').map((p) => p.name);
  return (
    <>
      <h1>{t('overviewHeading')}</h1>
      <ul class="overview" ref={list}>
        {platforms.map((p) => (
          <li key={p.id} data-platform={p.id}>
            <button type="button" onClick={() => onOpen(p.id)}>
              <span class="overview__name">
                {p.name}
                {p.events.some((e) => unseen.has(e.id)) ? <span class="new">{t('newMark')}</span> : null}
              </span>
              <StatusLabel status={p.status} since={p.statusSince} basis={basisOf(p)} lang={lang} />
              <OfficialTrack platform={p} authorities={dataset.authorities} lang={lang} inline />
            </button>
          </li>
        ))}
      </ul>
      {whole ? (
        <>
          <StatusChart layout={overviewChart()} events={chartData} lang={lang} onPick={(id, eventId) => onOpen(id, eventId)} />
          {off.length ? <p class="popup__hidden">{t('hiddenOn', new Intl.ListFormat(lang).format(off))}</p> : null}
          <ContextNotice items={notices} lang={lang} />
          {dataset.context.length > 0 ? <ContextDetails unseen={unseen} /> : null}
        </>
      ) : null}
    </>
  );
}

/** The laws and measures behind every platform: their history drawn when opened, not with the popup. */
function ContextDetails({ unseen }: { unseen: ReadonlySet<string> }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      class="context"
      onToggle={(e) => {
        setOpen(e.currentTarget.open);
        if (e.currentTarget.open)
          void markSeen(
            dataset.context.map((c) => c.id),
            ALL_RECORD_IDS,
          );
      }}
    >
      <summary>
        {t('context')}
        {dataset.context.some((c) => unseen.has(c.id)) ? <span class="new">{t('newMark')}</span> : null}
      </summary>
      {open ? (
        <Timeline events={dataset.context} sources={sources} authorities={dataset.authorities} lang={lang} isNew={(id) => unseen.has(id)} />
      ) : null}
    </details>
  );
}
