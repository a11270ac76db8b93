// The messages between the content script and the worker, in one map: each message's type, what it
// carries, and what its answer is. Everything received passes a guard first. The worker answers
// from the sender's own URL, never from anything the page could put in a message.
import type { PlatformSlice } from '../core/dataset';
import { CORNERS, type Corner } from '../core/settings';
import type { MessageTemplates } from '../ui/message-keys';
import { api } from './api';

export interface Protocol {
  // The content script asks the worker:
  /** Its platform's record, the panel's stylesheets and messages, and where the reader wants it (null off the platforms). */
  slice: { payload: unknown; response: PanelData | null };
  /** The reader's "don't show on this platform". */
  'hide-panel': { payload: unknown; response: undefined };
  /** Open the sources page, at a source's entry where given. */
  'open-sources': { payload: { anchor?: string }; response: undefined };
  /** Open the toolbar popup (or, where the browser does not allow it, the popup as a tab). */
  'open-popup': { payload: unknown; response: undefined };
  /** The reader opened the panel: its platform's events count as seen ("what changed"). */
  seen: { payload: unknown; response: undefined };

  // The worker tells a platform tab:
  /** The reader changed this platform's panel settings (in the popup, or in another tab). */
  'panel-settings': { payload: PanelPlacement & { platformId: string }; response: undefined };
}

export type MessageType = keyof Protocol;
export type WorkerRequestType = Exclude<MessageType, 'panel-settings'>;
export type Message<K extends MessageType> = { type: K } & Protocol[K]['payload'];
export type Response<K extends MessageType> = Protocol[K]['response'];
/** Any one message of the types given, told apart by `type`. */
export type OneOf<K extends MessageType> = { [T in K]: Message<T> }[K];

/**
 * What the content script needs besides its platform's record, so that it touches no extension API
 * but `runtime` (README, "Performance").
 */
export interface PanelData extends PanelPlacement {
  slice: PlatformSlice;
  styles: string[];
  messages: MessageTemplates;
  /** The platform's events the reader has not seen yet, marked new in the history. */
  unseen: string[];
}

/** Whether the reader wants the panel on this platform's pages, and in which corner. */
export interface PanelPlacement {
  shown: boolean;
  corner: Corner;
}

/** Asks the worker; the answer has the type the protocol gives it. */
export function send<K extends WorkerRequestType>(message: Message<K>): Promise<Response<K>> {
  return api.runtime.sendMessage(message);
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';

export function isWorkerRequest(value: unknown): value is OneOf<WorkerRequestType> {
  if (!isRecord(value)) return false;
  const { type, anchor } = value;
  if (type === 'open-sources') return anchor === undefined || (typeof anchor === 'string' && /^[a-z0-9-]{1,120}$/.test(anchor));
  return type === 'slice' || type === 'hide-panel' || type === 'open-popup' || type === 'seen';
}

export function isPanelSettings(value: unknown): value is Message<'panel-settings'> {
  if (!isRecord(value)) return false;
  const { type, platformId, shown, corner } = value;
  return type === 'panel-settings' && typeof platformId === 'string' && typeof shown === 'boolean' && CORNERS.some((c) => c === corner);
}
