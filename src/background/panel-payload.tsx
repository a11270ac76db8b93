// What the worker hands the content script for a platform's page: the panel's content, rendered
// here with the shared UI components, and its stylesheets. The content script then needs no
// dataset, no date or message formatting and no extension API but `runtime` (why: docs/performance.md, "Performance").

import type { PanelContent } from '../browser/messages';
import panelCss from '../content/panel.css?inline';
import { chartLayout } from '../core/chart-layout';
import { basisOf, type PlatformSlice } from '../core/dataset';
import { formatDate, today, unbroken } from '../core/dates';
import evidenceCss from '../ui/evidence.css?inline';
import { t, uiLang } from '../ui/i18n';
import { keyOf, meaningKey } from '../ui/message-keys';
import { OfficialTrack } from '../ui/OfficialTrack';
import { PanelStrip } from '../ui/PanelStrip';
import { ReviewedNote } from '../ui/ReviewedNote';
import { StatusBasis } from '../ui/StatusBasis';
import { StatusLabel } from '../ui/StatusLabel';
import { chartEvents } from '../ui/show-event';
import chartCss from '../ui/status-chart.css?inline';
import { basisWords, statusSentence } from '../ui/status-words';
import uiCss from '../ui/styles.css?inline';
import { Timeline } from '../ui/Timeline';
import { toTree } from './to-tree';

export const PANEL_STYLES = [uiCss, evidenceCss, chartCss, panelCss];

/** The panel for a platform's page; `unseen` are its events the reader has not looked at yet ("what changed"). */
export function panelContent(
  { platform, sources, authorities, reviewed, latestSource }: PlatformSlice,
  unseen: string[] = [],
): PanelContent {
  const lang = uiLang();
  const { name, status } = platform;
  const since = platform.statusSince ? formatDate(platform.statusSince, lang, 'genitive') : null;
  const word = t(keyOf('badgeStatus', status));
  // "In Russia: <strong>blocked</strong>": the status word stands out in its colour.
  const [before, after] = t('inRussiaStatus', '\n').split('\n');
  // A status shown is never stronger than its sources: the chip says what it rests on in a few
  // words (who measured it, or that no act confirms it), and so does the mark's tooltip.
  const basis = basisOf(platform);
  const onBasis = basisWords(basis);
  const isNew = (id: string) => unseen.includes(id);
  const mark = statusSentence(platform);
  const [list] = toTree(<Timeline events={platform.events} sources={sources} authorities={authorities} lang={lang} isNew={isNew} />);
  return {
    id: platform.id,
    name,
    status,
    lang,
    text: {
      region: t('panelRegion', name),
      heading: t('inRussia', name),
      mark,
      dismiss: t('dismiss'),
      dismissHint: t('dismissHint'),
      collapse: t('collapse'),
      // The mark has no words of its own: hovering it says what it stands for, then that it moves.
      drag: `${mark}. ${t('dragHint')}`,
      history: t('history'),
      showAll: t('showAllEvents', String(platform.events.length)),
      openDetail: t('openDetail'),
      openSources: t('openSources'),
      neverShow: t('neverShow', name),
      hidden: t('hiddenNotice', name),
      undo: t('undo'),
    },
    icon: toTree(
      <>
        {/* A restriction sign only where there is a restriction. */}
        <span class={status === 'not-restricted' ? 'mark mark--none' : 'mark'} aria-hidden="true" />
        <span class={`status--${status} chip__glyph`}>
          <span class="status__glyph" aria-hidden="true" />
        </span>
      </>,
    ),
    chip: toTree(
      <>
        {before}
        <strong class={`chip__status status--${status}`}>{word}</strong>
        {after}
        {/* "since 11 Feb 2026" wraps as one, onto the next line of a narrow chip. */}
        {since ? ` ${unbroken(t('since', since))}` : ''}
        {onBasis ? (
          <>
            {', '}
            <span class="unconfirmed">{onBasis}</span>
          </>
        ) : null}
      </>,
    ),
    // The verdict first, what the authorities' own acts say where that differs, and what it means for the reader in one line (the card's head).
    label: toTree(
      <>
        <StatusLabel status={status} since={platform.statusSince} basis={basis} lang={lang} />
        <OfficialTrack platform={platform} authorities={authorities} lang={lang} />
        <p class="card__meaning">{t(meaningKey(platform))}</p>
      </>,
    ),
    events: typeof list === 'string' ? [] : list[2],
    hasNew: platform.events.some((e) => isNew(e.id)),
    // Laid out and drawn here: the content script carries neither d3 nor the chart's code.
    chart: toTree(<PanelStrip layout={chartLayout([platform], today(), reviewed, lang, 4)} events={chartEvents([platform])} lang={lang} />),
    about: toTree(
      <>
        <h3>{t('whatItMeans')}</h3>
        <StatusBasis basis={basis} lang={lang} />
        <p>{platform.impact[lang]}</p>
        {platform.note ? <p>{platform.note[lang]}</p> : null}
        <ReviewedNote reviewed={reviewed} latestSource={latestSource} lang={lang} />
      </>,
    ),
  };
}
