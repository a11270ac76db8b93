/** @jsxRuntime classic */
/** @jsx h */
// Classic JSX (h) here: the automatic runtime would add its own jsx() beside the h() that render needs, on every platform page.
import { Component, type ComponentChild, createRef, h } from 'preact';
import type { PanelContent, Tree, WorkerRequestType } from '../browser/messages';
import type { PanelForm } from '../core/session';
import type { Corner } from '../core/settings';
import type { Placer } from './placement';

interface PanelProps {
  /** Rendered by the worker: words ready to show, the history as element trees. */
  content: PanelContent;
  /** Asks the worker (to open the popup or the sources page, "don't show" and its undo, seen); never fails on the page. */
  ask(type: Exclude<WorkerRequestType, 'slice' | 'place'>): void;
  /** Chip or mark, as the worker decided for this page. */
  form: PanelForm;
  /** The reader asked for the full chip every time: it does not give way to the mark. */
  full: boolean;
  corner: Corner;
  placer: Placer;
  onDismiss(): void;
  /** The undo's time is up: the panel goes, as the reader asked. */
  onGone(): void;
  onMove(corner: Corner): void;
}

const build = (node: Tree): ComponentChild => (typeof node === 'string' ? node : h(node[0], node[1], ...node[2].map(build)));

type View = PanelForm | 'card' | 'undo';

interface PanelState {
  view: View;
  /** Every event, not only the newest few. */
  all: boolean;
}

const NEWEST = 3;
const UNDO_MS = 10_000;

/**
 * Collapsed: the chip (the status in words) or the mark (a small button). Expanded: the card, with
 * the sourced history and the controls. After "don't show": an undo, for a few seconds.
 * A class component: preact/hooks would add 1.5 KiB to a script that runs on every platform page.
 */
export class Panel extends Component<PanelProps, PanelState> {
  override state: PanelState = { view: this.props.form, all: false };
  /** What the panel collapses to: the worker's form, or the mark where the chip gave way to it. */
  private form = this.props.form;
  private opener = createRef<HTMLButtonElement>();
  private focusTarget = createRef<HTMLElement>();
  private dragged = false;
  private timer = 0;
  private outside = (e: Event) => {
    if (!e.composedPath().includes(this.base as Element)) this.show(this.form);
  };

  /**
   * Calm by default: where the chip would cover what the reader is reading or watching, or hide a
   * control, and the reader has not asked for it every time, it gives way to the mark.
   */
  private place(expanded: boolean) {
    if (this.props.placer.place(this.props.corner, expanded) && this.state.view === 'chip' && !this.props.full) {
      this.form = 'mark';
      this.setState({ view: 'mark' });
    }
  }

  // A resized window (a rotated phone, a docked devtools) may put the page's controls under the panel.
  private resized = () => {
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.place(this.state.view === 'card'), 200) as unknown as number;
  };
  private settle = 0;

  override componentDidMount() {
    this.place(false);
    addEventListener('resize', this.resized);
    // Put on a page that had not loaded (it stalled, or is slow): placed again once it has, where its
    // controls have come in. Not removed on unmount (bytes): a panel gone by then places its
    // detached host once, harmlessly.
    if (document.readyState !== 'complete') addEventListener('load', this.resized);
  }

  override componentDidUpdate(previous: PanelProps, before: PanelState) {
    const { view } = this.state;
    // The undo stands where the card stood; the chip or mark finds its spot again.
    if (view !== before.view || previous.corner !== this.props.corner) this.place(view === 'card' || view === 'undo');
    // The worker's form changed, or the reader now wants the chip every time (or no longer): it is shown again.
    if ((previous.form !== this.props.form || previous.full !== this.props.full) && view !== 'card' && view !== 'undo') {
      this.form = this.props.form;
      this.setState({ view: this.form });
    }
    document[view === 'card' ? 'addEventListener' : 'removeEventListener']('pointerdown', this.outside, true);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
    clearTimeout(this.settle);
    removeEventListener('resize', this.resized);
    document.removeEventListener('pointerdown', this.outside, true);
  }

  // Focus moves only after the reader's own click or key press, never on page load.
  private show(view: View, focus: () => HTMLElement | null | undefined = () => this.focusTarget.current) {
    this.setState({ view }, () => focus()?.focus());
  }

  private opened = () => {
    if (this.dragged) this.dragged = false;
    else {
      // The reader opened the history: its new events count as seen.
      if (this.props.content.hasNew) this.props.ask('seen');
      this.show('card');
    }
  };

  private neverShow = () => {
    this.props.ask('hide-panel');
    this.show('undo');
    this.timer = setTimeout(this.props.onGone, UNDO_MS) as unknown as number;
  };

  private collapse = () => this.show(this.form, () => this.opener.current);

  private showAll = () =>
    this.setState({ all: true }, () => (this.base as Element).querySelectorAll<HTMLElement>('li.event')[NEWEST]?.focus());

  private undo = () => {
    clearTimeout(this.timer);
    this.props.ask('show-panel');
    this.show(this.form, () => this.opener.current);
  };

  override render({ content, ask, placer, onDismiss, onMove }: PanelProps, { view, all }: PanelState) {
    const { text } = content;
    const dismiss = (
      <button type="button" class="icon-button" aria-label={text.dismiss} title={text.dismissHint} onClick={onDismiss}>
        ×
      </button>
    );
    // The chip and the mark can be dragged to another corner; a drag is not a click.
    const grip = {
      type: 'button',
      class: 'chip__open',
      ref: this.opener,
      'aria-expanded': false,
      title: text.drag,
      onPointerDown: (e: PointerEvent) => {
        this.dragged = false;
        placer.grab(e);
      },
      onPointerMove: (e: PointerEvent) => placer.drag(e),
      onPointerUp: () => {
        const corner = placer.drop();
        this.dragged = corner !== null;
        if (corner) onMove(corner);
      },
      onClick: this.opened,
    } as const;
    return (
      <section
        class={`ui panel panel--${view}`}
        aria-label={text.region}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && view === 'card') {
            e.stopPropagation();
            this.collapse();
          }
        }}
      >
        {view === 'chip' || view === 'mark' ? (
          <div class={`chip chip--${view}`}>
            <button {...grip} aria-label={view === 'mark' ? text.mark : undefined}>
              {content.icon.map(build)}
              {view === 'chip' ? <span>{content.chip.map(build)}</span> : null}
            </button>
            {dismiss}
          </div>
        ) : view === 'undo' ? (
          <div class="chip notice" role="status">
            <span>{text.hidden}</span>
            <button type="button" class="text-button" ref={this.focusTarget as never} onClick={this.undo}>
              {text.undo}
            </button>
          </div>
        ) : (
          <div class="card">
            <div class="card__head">
              <div class="card__title">
                <h2 ref={this.focusTarget as never} tabIndex={-1}>
                  {text.heading}
                </h2>
                {content.label.map(build)}
              </div>
              <button
                type="button"
                class="icon-button"
                aria-expanded="true"
                aria-label={text.collapse}
                title={text.collapse}
                onClick={this.collapse}
              >
                ⌄
              </button>
              {dismiss}
            </div>
            <div class="card__body">
              {content.chart.map(build)}
              <h3>{text.history}</h3>
              <ol class="timeline">{(all ? content.events : content.events.slice(0, NEWEST)).map(build)}</ol>
              {all || content.events.length <= NEWEST ? null : (
                <button type="button" class="text-button" onClick={this.showAll}>
                  {text.showAll}
                </button>
              )}
              {content.about.map(build)}
            </div>
            <div class="card__foot">
              <button type="button" class="text-button" onClick={() => ask('open-popup')}>
                {text.openDetail}
              </button>
              <button type="button" class="text-button" onClick={() => ask('open-sources')}>
                {text.openSources}
              </button>
              <button type="button" class="text-button" onClick={this.neverShow}>
                {text.neverShow}
              </button>
            </div>
          </div>
        )}
      </section>
    );
  }
}
