// What the content script may ask of the background worker. The worker answers from the sender's
// own URL, never from anything the page could put in a message.
import type { PlatformSlice } from '../core/dataset';
import type { Corner } from '../core/settings';
import type { MessageTemplates } from '../ui/i18n';

export type Request = { type: 'slice' } | { type: 'hide-panel' } | { type: 'open-sources'; anchor?: string } | { type: 'open-popup' };

/**
 * What the content script receives: its platform's record, the panel's stylesheets and messages,
 * and whether the reader wants the panel there. With these it needs no extension API but `runtime`.
 */
export type PanelData = ({ slice: PlatformSlice; styles: string[]; messages: MessageTemplates } & PanelPlacement) | null;

/** Whether the reader wants the panel on this platform's pages, and in which corner. */
export interface PanelPlacement {
  shown: boolean;
  corner: Corner;
}

/** What the worker tells a platform tab when the reader changes its panel's settings. */
export interface PanelSwitch extends PanelPlacement {
  type: 'panel-settings';
  platformId: string;
}

export function isRequest(value: unknown): value is Request {
  if (!value || typeof value !== 'object') return false;
  const { type, anchor } = value as { type?: unknown; anchor?: unknown };
  if (type === 'open-sources') return anchor === undefined || (typeof anchor === 'string' && /^[a-z0-9-]{1,120}$/.test(anchor));
  return type === 'slice' || type === 'hide-panel' || type === 'open-popup';
}
