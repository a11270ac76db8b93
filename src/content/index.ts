// Runs on the platforms' own pages (the manifest's matches are derived from the dataset's hosts).
// It asks the worker for this platform's panel (rendered there), then mounts it in a shadow root on a
// plain <div> under <html>, where an app that replaces <body> at boot cannot take it away. The page
// is not trusted: it may click for the reader, zoom, rewrite itself or hide popovers (docs/hostile-pages.md,
// "Pages that fight back").
import { h, render } from 'preact';
import { api } from '../browser/api';
import { swallow } from '../browser/errors';
import { isPanelSettings, type PanelPlacement, send } from '../browser/messages';
import { Panel } from './Panel';
import { createPlacer, type Placer } from './placement';

const ATTR = 'data-restriction-context';

/**
 * Events a page's script can fake to work the panel (press, drag, drop, keys): from the page they are
 * untrusted, and ignored. Only those the panel listens for: no other untrusted event does anything
 * (a browser follows a link or presses a button on an untrusted `click` only).
 */
const GUARDED = ['click', 'keydown', 'pointerdown', 'pointermove', 'pointerup'];
function onlyTheReader(event: Event): void {
  if (event.isTrusted) return;
  event.stopImmediatePropagation();
  event.preventDefault();
}

async function start(): Promise<void> {
  // (A cross-origin frame of that name throws here instead: swallowed below, and logged in a development build.)
  if (!api?.runtime?.sendMessage) {
    // Chromium: a frame named "chrome" or "browser" on the page hides the extension API from content
    // scripts (docs/hostile-pages.md, "Known limitations"; e2e/fixtures/upstream/named-frame/).
    if (__DEV__) console.warn('Restricted in Russia: no extension API in this page (a frame named "chrome"?); no panel.');
    return;
  }
  // The script starts at document_start and asks the worker at once. The panel goes on the page once
  // it has loaded, as at document_idle, or 1.5 s after the first bytes on a page that has not (one
  // that stalls, as a block that freezes the connection makes it: docs/hanging.md, "Pages that hang"; the
  // contract allows 3 s). (A literal: a named constant costs this script bytes it has not got.)
  const parsed = new Promise((go) => {
    addEventListener('load', go);
    setTimeout(go, 1500);
  });
  const data = await send({ type: 'slice' });
  if (!data) return;
  const { content } = data;
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
  let placer: Placer;
  let dismissed = false;
  let { shown, form, full, corner } = data;
  // The page may remove our element; we put it back once per address, then respect the page.
  let restoredAt: string | null = null;
  // A page that hides popovers gets ours shown again; a few times a task, not in a loop with a page
  // that hides it again each time.
  let reshows = 0;

  const draw = () =>
    render(
      h(Panel, {
        content,
        ask: (type) => send({ type }).catch(swallow),
        form,
        full,
        corner,
        placer,
        onDismiss: () => {
          dismissed = true;
          unmount();
          send({ type: 'dismiss' }).catch(swallow);
        },
        onGone: () => {
          dismissed = true;
          unmount();
        },
        onMove: (to) => send({ type: 'place', corner: to }).catch(swallow),
      }),
      root,
    );

  // A fresh host each time: document.open() strips the event listeners of every node in the document.
  const build = () => {
    if (host) render(null, root);
    const el = document.createElement('div');
    // A manual popover lives in the top layer: no page transform, overflow or z-index can bury it.
    el.setAttribute('popover', 'manual');
    el.setAttribute(ATTR, content.id);
    el.setAttribute('data-status', content.status);
    el.setAttribute('data-corner', corner);
    // `lang` and `dir` would otherwise come from the page's <html> through the shadow boundary.
    el.lang = content.lang;
    el.dir = 'ltr';
    root = el.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [...sheets, fit];
    placer = createPlacer(el, root);
    for (const type of GUARDED) root.addEventListener(type, onlyTheReader, true);
    // A page that hides popovers: show ours again before the page's task ends and anything is drawn.
    el.addEventListener('beforetoggle', (event) => {
      if ((event as ToggleEvent).newState !== 'closed' || reshows++ > 2) return;
      queueMicrotask(() => el === host && show());
      setTimeout(() => (reshows = 0));
    });
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
    // In the page before the first render, so the panel can measure itself and find its spot.
    draw();
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

  const follow = (placement: PanelPlacement) => {
    ({ corner, full } = placement);
    // A panel on show keeps its form, unless the reader asked for the full chip every time.
    if (placement.form === 'chip') form = 'chip';
    // "Don't show" from this very panel: it stays for its undo.
    if (shown && !placement.shown && host?.isConnected && root.querySelector('[role=status]')) return;
    shown = placement.shown;
    // Shown again from the popup (after a dismissal or "don't show"): back it comes.
    if (shown) dismissed = false;
    if (!shown) unmount();
    else if (host?.isConnected) {
      host.setAttribute('data-corner', corner);
      draw();
    } else attach();
  };

  // Restored from the back/forward cache, the page missed what the worker told open tabs: ask again.
  async function onPageShow(event: PageTransitionEvent) {
    if (!event.persisted) return;
    const now = await send({ type: 'slice' }).catch(swallow);
    if (now) follow(now);
  }

  await parsed;
  // The worker tells us when the reader switches the panel on or off, or moves it, for this platform.
  api.runtime.onMessage.addListener((change: unknown) => {
    if (isPanelSettings(change) && change.platformId === content.id) follow(change);
  });
  if (shown) attach();
}

// The worker can be unreachable while the extension updates; the page must not see our errors.
start().catch(swallow);
