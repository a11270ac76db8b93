// Runs on the platforms' own pages (the manifest's matches are derived from the dataset's hosts).
// It asks the worker for this platform's record only, then mounts one panel in a shadow root on
// <html>, where an app that replaces <body> at boot cannot take it away.
import { h, render } from 'preact';
import { api } from '../browser/api';
import type { PanelData, Request } from '../browser/messages';
import { onSettingsChanged, readSettings, writeSettings } from '../browser/settings';
import { panelShown, type Settings, withPanel } from '../core/settings';
import { uiLang } from '../ui/i18n';
import type { SourcesLinker } from '../ui/links';
import { Panel } from './Panel';

const ATTR = 'data-restriction-context';
const TAG = 'restricted-in-russia';

const send = (request: Request) => api.runtime.sendMessage(request);

async function start(): Promise<void> {
  const data = (await send({ type: 'slice' })) as PanelData;
  if (!data) return;
  const { slice } = data;
  const { platform } = slice;
  const lang = uiLang();

  // A panel left by an earlier copy of this script (extension updated or reloaded) is dead: replace it.
  for (const stale of document.querySelectorAll(`[${ATTR}]`)) stale.remove();

  const host = document.createElement(TAG);
  // A manual popover lives in the top layer: no page transform, overflow or z-index can bury it.
  host.setAttribute('popover', 'manual');
  host.setAttribute(ATTR, platform.id);
  host.setAttribute('data-status', platform.status);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = data.styles.map((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  });

  let dismissed = false;
  let settings: Settings = await readSettings();
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
    if (host.isConnected || dismissed || !panelShown(settings, platform.id)) return;
    if (restoredAt === location.href) return;
    restoredAt = location.href;
    attach();
  });

  const linker: SourcesLinker = {
    href: (anchor) => api.runtime.getURL(`src/sources/index.html${anchor ? `#${anchor}` : ''}`),
    onClick: (anchor, event) => {
      event.preventDefault();
      void send({ type: 'open-sources', anchor });
    },
  };

  const unmount = () => {
    keeper.disconnect();
    render(null, root);
    host.remove();
  };
  const mount = () => {
    if (dismissed || !panelShown(settings, platform.id) || host.isConnected) return;
    render(
      h(Panel, {
        slice,
        lang,
        linker,
        onDismiss: () => {
          dismissed = true;
          unmount();
        },
        onNeverShow: () => void writeSettings(withPanel(settings, platform.id, false)),
        onOpenPopup: () => void send({ type: 'open-popup' }),
      }),
      root,
    );
    attach();
    keeper.observe(document.documentElement, { childList: true });
  };

  onSettingsChanged((next) => {
    settings = next;
    if (panelShown(settings, platform.id)) mount();
    else unmount();
  });
  mount();
}

start().catch(() => {
  // The worker can be unreachable while the extension updates; the page must not see our errors.
});
