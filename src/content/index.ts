// Runs on the platforms' own pages (the manifest's matches are derived from the dataset's hosts).
// It asks the worker for this platform's record only, then mounts one panel in a shadow root on a
// plain <div> under <html>, where an app that replaces <body> at boot cannot take it away. The page
// is not trusted: it may click for the reader, zoom, rewrite itself or hide popovers (README,
// "Pages that fight back").
import { h, render } from 'preact';
import { api } from '../browser/api';
import { swallow } from '../browser/errors';
import { isPanelSettings, type PanelPlacement, send } from '../browser/messages';
import { uiLang, useMessages } from '../ui/i18n';
import type { SourcesOpener } from '../ui/links';
import { Panel } from './Panel';

const ATTR = 'data-restriction-context';

function apiMissing(): boolean {
  try {
    return !api.runtime.sendMessage;
  } catch {
    return true;
  }
}

/** Events a page's script can fake to work the panel: from the page they are untrusted, and ignored. */
const GUARDED = ['click', 'keydown', 'pointerdown'];
function onlyTheReader(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

async function start(): Promise<void> {
  if (apiMissing()) {
    // Chromium: a frame named "chrome" or "browser" on the page hides the extension API from content
    // scripts (README, "Known limitations"; e2e/fixtures/upstream/named-frame/).
    if (__DEV__) console.warn('Restricted in Russia: no extension API in this page (a frame named "chrome"?); no panel.');
    return;
  }
  const data = await send({ type: 'slice' });
  if (!data) return;
  const { slice } = data;
  const { platform } = slice;
  useMessages(data.messages);
  const lang = uiLang();
  const sheets = data.styles.map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });
  // Rules the page cannot reach: its zoom undone, our own direction (`all: initial` keeps the page's).
  const fit = new CSSStyleSheet();

  // A panel left by an earlier copy of this script is dead (Firefox runs the new copy in open tabs when
  // the extension updates): replace it. Only what our host is, a child of <html> with the attribute and
  // an open shadow root, is taken for one: a page's own element with the attribute is left alone.
  for (const stale of [...document.documentElement.children]) if (stale.hasAttribute(ATTR) && stale.shadowRoot) stale.remove();

  // Our host is known by reference, never looked up by its attribute, which a page may also use.
  let host: HTMLElement | undefined;
  let root: ShadowRoot;
  let dismissed = false;
  let shown = data.shown;
  let corner = data.corner;
  // The page may remove our element; we put it back once per address, then respect the page.
  let restoredAt: string | null = null;
  // A page that hides popovers gets ours shown again; a few times a task, not in a loop with a page
  // that hides it again each time.
  let reshows = 0;

  const opener: SourcesOpener = { open: (anchor) => send({ type: 'open-sources', anchor }).catch(swallow) };

  // A fresh host each time: document.open() strips the event listeners of every node in the document.
  const build = () => {
    if (host) render(null, root);
    const el = document.createElement('div');
    // A manual popover lives in the top layer: no page transform, overflow or z-index can bury it.
    el.setAttribute('popover', 'manual');
    el.setAttribute(ATTR, platform.id);
    el.setAttribute('data-status', platform.status);
    el.setAttribute('data-corner', corner);
    // `lang` and `dir` would otherwise come from the page's <html> through the shadow boundary.
    el.lang = lang;
    el.dir = 'ltr';
    root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [...sheets, fit];
    for (const type of GUARDED) root.addEventListener(type, onlyTheReader, true);
    // A page that hides popovers: show ours again before the page's task ends and anything is drawn.
    el.addEventListener('beforetoggle', (event) => {
      if ((event as ToggleEvent).newState !== 'closed' || reshows++ > 2) return;
      queueMicrotask(() => el === host && show());
      setTimeout(() => (reshows = 0));
    });
    render(
      h(Panel, {
        slice,
        lang,
        linker: opener,
        onDismiss: () => {
          dismissed = true;
          unmount();
        },
        onNeverShow: () => send({ type: 'hide-panel' }).catch(swallow),
        onOpenPopup: () => send({ type: 'open-popup' }).catch(swallow),
        unseen: data.unseen,
        onSeen: () => send({ type: 'seen' }).catch(swallow),
      }),
      root,
    );
    host = el;
  };

  const show = () => {
    if (!host?.isConnected) return;
    const zoom = Number.parseFloat(getComputedStyle(document.documentElement).zoom) || 1;
    fit.replaceSync(`:host{zoom:${1 / zoom}!important;direction:ltr!important;unicode-bidi:isolate!important}`);
    try {
      host.showPopover();
    } catch {
      // Already shown, or no popover support: the fixed position in panel.css still places it.
    }
  };

  const attach = () => {
    const html = document.documentElement;
    if (!html) return false;
    build();
    html.append(host as HTMLElement);
    show();
    // Watch <html>'s children and the document's (a swapped or rewritten root), and the cache.
    keeper.disconnect();
    keeper.observe(html, { childList: true });
    keeper.observe(document, { childList: true });
    addEventListener('pageshow', onPageShow);
    return true;
  };

  const keeper = new MutationObserver(() => {
    if (host?.isConnected || dismissed || !shown) return;
    if (restoredAt === location.href) return;
    if (attach()) restoredAt = location.href;
  });

  const unmount = () => {
    keeper.disconnect();
    if (host) render(null, root);
    host?.remove();
    host = undefined;
  };
  const mount = () => {
    if (!dismissed && shown && !host?.isConnected) attach();
  };

  const follow = (placement: PanelPlacement) => {
    corner = placement.corner;
    host?.setAttribute('data-corner', corner);
    shown = placement.shown;
    if (shown) mount();
    else unmount();
  };

  // Restored from the back/forward cache, the page missed what the worker told open tabs: ask again.
  async function onPageShow(event: PageTransitionEvent) {
    if (!event.persisted) return;
    const now = await send({ type: 'slice' }).catch(swallow);
    if (now) follow(now);
  }

  // The worker tells us when the reader switches the panel on or off, or moves it, for this platform.
  api.runtime.onMessage.addListener((change: unknown) => {
    if (isPanelSettings(change) && change.platformId === platform.id) follow(change);
  });
  mount();
}

// The worker can be unreachable while the extension updates; the page must not see our errors.
start().catch(swallow);
