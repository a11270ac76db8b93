// What the content script may ask of the background worker. The worker answers from the sender's
// own URL, never from anything the page could put in a message.
import type { PlatformSlice } from '../core/dataset';

export type Request = { type: 'slice' } | { type: 'open-sources'; anchor?: string } | { type: 'open-popup' };

/** What the content script receives: its platform's record and the panel's stylesheets. */
export type PanelData = { slice: PlatformSlice; styles: string[] } | null;

export function isRequest(value: unknown): value is Request {
  if (!value || typeof value !== 'object') return false;
  const { type, anchor } = value as { type?: unknown; anchor?: unknown };
  if (type === 'open-sources') return anchor === undefined || (typeof anchor === 'string' && /^[a-z0-9-]{1,120}$/.test(anchor));
  return type === 'slice' || type === 'open-popup';
}
