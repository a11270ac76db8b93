import { Component, createRef } from 'preact';
import { basisOf, type PlatformSlice } from '../core/dataset';
import type { Lang } from '../core/lang';
import { t } from '../ui/i18n';
import type { SourcesOpener } from '../ui/links';
import { ReviewedNote } from '../ui/ReviewedNote';
import { StatusBasis } from '../ui/StatusBasis';
import { StatusLabel } from '../ui/StatusLabel';
import { Timeline } from '../ui/Timeline';

interface PanelProps {
  slice: PlatformSlice;
  lang: Lang;
  linker: SourcesOpener;
  onDismiss(): void;
  onNeverShow(): void;
  onOpenPopup(): void;
  /** Events the reader has not seen: marked new in the history. */
  unseen: string[];
  /** The reader looked at the history. */
  onSeen(): void;
}

/** Hides the panel on this page until it loads again. */
function DismissButton({ onDismiss }: { onDismiss(): void }) {
  return (
    <button type="button" class="icon-button" aria-label={t('dismiss')} title={t('dismissHint')} onClick={onDismiss}>
      ×
    </button>
  );
}

/**
 * Collapsed: a chip with the status. Expanded: what it means, the sourced history, the controls.
 * A class component: preact/hooks would add 1.5 KiB to a script that runs on every platform page.
 */
export class Panel extends Component<PanelProps, { expanded: boolean }> {
  override state = { expanded: false };
  private opener = createRef<HTMLButtonElement>();
  private heading = createRef<HTMLHeadingElement>();

  // Focus moves only after the reader's own click or key press, never on page load.
  private toggle(expanded: boolean) {
    if (expanded && this.props.unseen.length > 0) this.props.onSeen();
    this.setState({ expanded }, () => (expanded ? this.heading : this.opener).current?.focus());
  }

  override render({ slice, lang, linker, onDismiss, onNeverShow, onOpenPopup }: PanelProps, { expanded }: { expanded: boolean }) {
    const { platform } = slice;
    const toggle = (open: boolean) => this.toggle(open);
    const opener = this.opener;
    const heading = this.heading;
    return (
      <section
        class="ui panel"
        aria-label={t('panelRegion', platform.name)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && expanded) {
            e.stopPropagation();
            toggle(false);
          }
        }}
      >
        {expanded ? (
          <div class="card">
            <div class="card__head">
              <div class="card__title">
                <h2 ref={heading} tabIndex={-1}>
                  {t('inRussia', platform.name)}
                </h2>
                <StatusLabel status={platform.status} since={platform.statusSince} basis={platform.statusBasis} lang={lang} />
              </div>
              <button
                type="button"
                class="icon-button"
                aria-expanded="true"
                aria-label={t('collapse')}
                title={t('collapse')}
                onClick={() => toggle(false)}
              >
                ⌄
              </button>
              <DismissButton onDismiss={onDismiss} />
            </div>
            <div class="card__body">
              <StatusBasis basis={basisOf(platform)} lang={lang} />
              <p>{platform.impact[lang]}</p>
              {platform.note ? <p>{platform.note[lang]}</p> : null}
              <h3>{t('history')}</h3>
              <Timeline
                events={platform.events}
                sources={slice.sources}
                authorities={slice.authorities}
                lang={lang}
                linker={linker}
                isNew={(id) => this.props.unseen.includes(id)}
              />
              <ReviewedNote reviewed={slice.reviewed} latestSource={slice.latestSource} lang={lang} />
            </div>
            <div class="card__foot">
              <button type="button" class="text-button" onClick={onOpenPopup}>
                {t('openDetail')}
              </button>
              <button type="button" class="text-button" onClick={() => linker.open()}>
                {t('openSources')}
              </button>
              <button type="button" class="text-button" onClick={onNeverShow}>
                {t('neverShow', platform.name)}
              </button>
            </div>
          </div>
        ) : (
          <div class="chip">
            <button type="button" class="chip__open" ref={opener} aria-expanded="false" onClick={() => toggle(true)}>
              <span class="chip__name">{platform.name}</span>
              <StatusLabel status={platform.status} since={platform.statusSince} basis={platform.statusBasis} lang={lang} />
            </button>
            <button
              type="button"
              class="icon-button"
              aria-label={t('neverShow', platform.name)}
              title={t('neverShow', platform.name)}
              onClick={onNeverShow}
            >
              <span class="never-icon" aria-hidden="true" />
            </button>
            <DismissButton onDismiss={onDismiss} />
          </div>
        )}
      </section>
    );
  }
}
