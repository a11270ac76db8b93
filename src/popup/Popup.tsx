import dataset from 'virtual:dataset';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { report } from '../browser/errors';
import { sourcesPath } from '../browser/pages';
import { loadUnseen, markSeen } from '../browser/seen';
import { onSettingsChanged, readSettings, writeSettings } from '../browser/settings';
import { basisOf, byRestriction, noticesOf, recordIds, sourcesById } from '../core/dataset';
import {
  CORNERS,
  type Corner,
  DEFAULT_SETTINGS,
  panelCorner,
  panelShown,
  type Settings,
  unreachablePageShown,
  withCorner,
  withPanel,
  withUnreachablePage,
} from '../core/settings';
import type { PublishedPlatform } from '../data/schema';
import { CheckNow } from '../ui/CheckNow';
import { ContextNotice } from '../ui/ContextNotice';
import { t, uiLang } from '../ui/i18n';
import { PRIVACY_ANCHOR, type SourcesLinker } from '../ui/links';
import { keyOf } from '../ui/message-keys';
import { ReviewedNote } from '../ui/ReviewedNote';
import { StatusBasis } from '../ui/StatusBasis';
import { StatusLabel } from '../ui/StatusLabel';
import { Timeline } from '../ui/Timeline';

const lang = uiLang();
const sources = sourcesById(dataset);
const linker: SourcesLinker = {
  href: (anchor) => browser.runtime.getURL(sourcesPath(anchor)),
};
const platforms = [...dataset.platforms].sort(byRestriction);
const notices = noticesOf(dataset);
const allIds = recordIds(dataset);
const NONE: ReadonlySet<string> = new Set();

export function Popup({ initialPlatformId }: { initialPlatformId: string | null }) {
  const [platformId, setPlatformId] = useState(initialPlatformId);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  // What the reader had not seen when the popup opened: marked new for as long as it stays open.
  const [unseen, setUnseen] = useState<ReadonlySet<string> | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    onSettingsChanged(setSettings);
    void loadUnseen(allIds).then(setUnseen);
  }, []);
  const platform = platforms.find((p) => p.id === platformId);

  return (
    <div class="ui popup">
      {platform ? (
        <Detail
          platform={platform}
          settings={settings}
          unseen={unseen}
          onBack={initialPlatformId === platform.id ? undefined : () => setPlatformId(null)}
        />
      ) : (
        <Overview onOpen={setPlatformId} unseen={unseen ?? NONE} />
      )}
      <ReviewedNote reviewed={dataset.reviewed} latestSource={dataset.latestSource} lang={lang} />
      <p class="popup__foot">
        <a href={linker.href()} target="_blank" rel="noopener noreferrer">
          {t('openSources')}
        </a>
        <a href={linker.href(PRIVACY_ANCHOR)} target="_blank" rel="noopener noreferrer">
          {t('privacy')}
        </a>
      </p>
    </div>
  );
}

interface DetailProps {
  platform: PublishedPlatform;
  settings: Settings;
  unseen: ReadonlySet<string> | null;
  onBack?: () => void;
}

function Detail({ platform, settings, unseen, onBack }: DetailProps) {
  const shown = panelShown(settings, platform.id);
  // Looked at: next time these events are no longer new (only once the earlier state has been read).
  useEffect(() => {
    if (unseen)
      void markSeen(
        platform.events.map((e) => e.id),
        allIds,
      );
  }, [platform.id, unseen === null]);
  const setBy = platform.events.find((e) => e.id === platform.statusEventId);
  const authority = setBy?.authority ? dataset.authorities[setBy.authority]?.[lang] : undefined;
  return (
    <>
      {onBack ? (
        <button type="button" class="back" onClick={onBack}>
          ← {t('backToAll')}
        </button>
      ) : null}
      <h1>{t('inRussia', platform.name)}</h1>
      <p class="popup__status" data-testid="status">
        <StatusLabel status={platform.status} since={platform.statusSince} basis={platform.statusBasis} lang={lang} />
        {authority ? <span>{t('byAuthority', authority)}</span> : null}
      </p>
      <StatusBasis basis={basisOf(platform)} lang={lang} />
      <CheckNow target={platform.ooni} />
      <h2>{t('whatItMeans')}</h2>
      <p>{platform.impact[lang]}</p>
      {platform.note ? <p>{platform.note[lang]}</p> : null}
      <label class="switch">
        <input
          type="checkbox"
          checked={shown}
          onChange={(e) => writeSettings(withPanel(settings, platform.id, e.currentTarget.checked)).catch(report)}
        />
        {t('panelSwitch', platform.name)}
      </label>
      <label class="switch">
        <span id="panel-corner">{t('panelCorner', platform.name)}</span>
        <select
          aria-labelledby="panel-corner"
          value={panelCorner(settings, platform.id)}
          disabled={!shown}
          onChange={(e) => writeSettings(withCorner(settings, platform.id, e.currentTarget.value as Corner)).catch(report)}
        >
          {CORNERS.map((corner) => (
            <option key={corner} value={corner}>
              {t(keyOf('corner', corner))}
            </option>
          ))}
        </select>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={unreachablePageShown(settings, platform.id)}
          onChange={(e) => void writeSettings(withUnreachablePage(settings, platform.id, e.currentTarget.checked))}
        />
        {t('unreachableSwitch', platform.name)}
      </label>
      <h2>{t('history')}</h2>
      <Timeline
        events={platform.events}
        sources={sources}
        authorities={dataset.authorities}
        lang={lang}
        isNew={(id) => unseen?.has(id) ?? false}
      />
    </>
  );
}

function Overview({ onOpen, unseen }: { onOpen: (id: string) => void; unseen: ReadonlySet<string> }) {
  return (
    <>
      <h1>{t('overviewHeading')}</h1>
      <ul class="overview">
        {platforms.map((p) => (
          <li key={p.id} data-platform={p.id}>
            <button type="button" onClick={() => onOpen(p.id)}>
              <span class="overview__name">
                {p.name}
                {p.events.some((e) => unseen.has(e.id)) ? <span class="new">{t('newMark')}</span> : null}
              </span>
              <StatusLabel status={p.status} since={p.statusSince} basis={p.statusBasis} lang={lang} />
            </button>
          </li>
        ))}
      </ul>
      <ContextNotice items={notices} lang={lang} />
      {dataset.context.length > 0 ? (
        <details
          class="context"
          onToggle={(e) => {
            if (e.currentTarget.open)
              void markSeen(
                dataset.context.map((c) => c.id),
                allIds,
              );
          }}
        >
          <summary>
            {t('context')}
            {dataset.context.some((c) => unseen.has(c.id)) ? <span class="new">{t('newMark')}</span> : null}
          </summary>
          <Timeline
            events={dataset.context}
            sources={sources}
            authorities={dataset.authorities}
            lang={lang}
            isNew={(id) => unseen.has(id)}
          />
        </details>
      ) : null}
    </>
  );
}
