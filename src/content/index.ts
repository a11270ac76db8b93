// Runs on the platforms' own pages (the manifest's matches are derived from the dataset's hosts).
// It asks the worker for this platform's record only, then mounts one panel in a shadow root on
// <html>, where an app that replaces <body> at boot cannot take it away.
import { h, render } from 'preact';
import { api } from '../browser/api';
import { swallow } from '../browser/errors';
import { isPanelSettings, send } from '../browser/messages';
import { uiLang, useMessages } from '../ui/i18n';
import type { SourcesLinker } from '../ui/links';
import { Panel } from './Panel';

const ATTR = 'data-restriction-context';
const TAG = 'restricted-in-russia';

async function start(): Promise<void> {
  const data = await send({ type: 'slice' });
  if (!data) return;
  const { slice } = data;
  const { platform } = slice;
  useMessages(data.messages);
  const lang = uiLang();

  // A panel left by an earlier copy of this script (extension updated or reloaded) is dead: replace it.
  for (const stale of document.querySelectorAll(`[${ATTR}]`)) stale.remove();

  const host = document.createElement(TAG);
  // A manual popover lives in the top layer: no page transform, overflow or z-index can bury it.
  host.setAttribute('popover', 'manual');
  host.setAttribute(ATTR, platform.id);
  host.setAttribute('data-status', platform.status);
  host.setAttribute('data-corner', data.corner);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = data.styles.map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });

  let dismissed = false;
  let shown = data.shown;
  // The page may remove our element; we put it back once per address, then respect the page.
  let restoredAt: string | null = null;
  const attach = () => {
    document.documentElement.append(host);
    try {
      host.showPopover();
    } catch {
      // No popover support: the fixed position in panel.css still places it.
    }
  };
  const keeper = new MutationObserver(() => {
    if (host.isConnected || dismissed || !shown) return;
    if (restoredAt === location.href) return;
    restoredAt = location.href;
    attach();
  });

  // No extension URL goes into the page: in Firefox it holds a per-install id a page could read from
  // our open shadow root and track the reader by. The click asks the worker to open the page instead.
  const linker: SourcesLinker = {
    href: (anchor) => `#${anchor ?? ''}`,
    onClick: (anchor, event) => {
      event.preventDefault();
      send({ type: 'open-sources', anchor }).catch(swallow);
    },
  };

  const unmount = () => {
    keeper.disconnect();
    render(null, root);
    host.remove();
  };
  const mount = () => {
    if (dismissed || !shown || host.isConnected) return;
    render(
      h(Panel, {
        slice,
        lang,
        linker,
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
    attach();
    keeper.observe(document.documentElement, { childList: true });
  };

  // The worker tells us when the reader switches the panel on or off, or moves it, for this platform.
  api.runtime.onMessage.addListener((change: unknown) => {
    if (!isPanelSettings(change) || change.platformId !== platform.id) return;
    host.setAttribute('data-corner', change.corner);
    shown = change.shown;
    if (shown) mount();
    else unmount();
  });
  mount();
}

// The worker can be unreachable while the extension updates; the page must not see our errors.
start().catch(swallow);
