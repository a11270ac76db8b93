// The messages between the content script and the worker, in one map: each message's type, what it
// carries, and what its answer is. Everything received passes a guard first. The worker answers
// from the sender's own URL, never from anything the page could put in a message.
import type { Lang } from '../core/lang';
import type { PanelPlacement } from '../core/panel-decision';
import { CORNERS, type Corner } from '../core/settings';
import type { StatusId } from '../data/schema';
import { api } from './api';

export interface Protocol {
  // The content script asks the worker:
  /** Its platform's panel, rendered, the panel's stylesheets, and how the reader wants it (null off the platforms). */
  slice: { payload: unknown; response: PanelData | null };
  /** The reader dismissed the panel: for the rest of the browsing session. */
  dismiss: { payload: unknown; response: undefined };
  /** The reader's "don't show on this platform", and its undo. */
  'hide-panel': { payload: unknown; response: undefined };
  'show-panel': { payload: unknown; response: undefined };
  /** The reader dragged the panel to another corner. */
  place: { payload: { corner: Corner }; response: undefined };
  /** Open the sources page, at a source's entry where given. */
  'open-sources': { payload: { anchor?: string }; response: undefined };
  /** Open the toolbar popup (or, where the browser does not allow it, the popup as a tab). */
  'open-popup': { payload: unknown; response: undefined };
  /** The reader opened the panel: its platform's events count as seen ("what changed"). */
  seen: { payload: unknown; response: undefined };

  // The failed-load page asks the worker:
  /** "Keep waiting" where the platform did not answer: load the URL in this tab again, and let it take its time. */
  'keep-waiting': { payload: { url: string }; response: undefined };

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

/** An element as plain data, `[tag, attributes, children]`, or a text. */
export type Tree = string | [tag: string, attributes: Record<string, string | number> | null, children: Tree[]];

/** The panel's words, ready to show (platform names and counts filled in, in the reader's language). */
export type PanelText = Record<
  | 'region'
  | 'heading'
  | 'mark'
  | 'dismiss'
  | 'dismissHint'
  | 'collapse'
  | 'drag'
  | 'history'
  | 'showAll'
  | 'openDetail'
  | 'openSources'
  | 'neverShow'
  | 'hidden'
  | 'undo',
  string
>;

/**
 * What the panel shows, rendered by the worker: the content script only puts it on the page (why:
 * docs/performance.md, "Performance"). The history and the text around it come as element trees.
 */
export interface PanelContent {
  id: string;
  name: string;
  status: StatusId;
  lang: Lang;
  text: PanelText;
  /** The extension's mark (drawn in CSS, panel.css: a page can load no file of ours) and the status glyph, on chip and mark alike. */
  icon: Tree[];
  /** The chip's words: "In Russia: blocked since 11 Feb 2026", and "not officially confirmed" where it is not. */
  chip: Tree[];
  /** The status label under the card's heading. */
  label: Tree[];
  /** The history, newest first, one `<li>` per event; events the reader has not seen are marked new. */
  events: Tree[];
  /** Whether any event is new to the reader: opening the panel marks them seen. */
  hasNew: boolean;
  /** The status over time, drawn (src/ui/PanelStrip.tsx). */
  chart: Tree[];
  /** What the status means and rests on, and when the data was reviewed. */
  about: Tree[];
}

/** What the content script receives: its platform's panel, the panel's stylesheets, and how the reader wants it there. */
export interface PanelData extends PanelPlacement {
  content: PanelContent;
  styles: string[];
}

export type { PanelPlacement };

/** Asks the worker; the answer has the type the protocol gives it. */
export function send<K extends WorkerRequestType>(message: Message<K>): Promise<Response<K>> {
  return api.runtime.sendMessage(message);
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object';
const isCorner = (value: unknown): value is Corner => CORNERS.some((c) => c === value);
const nothingElse = () => true;

/** What each request must carry besides its type; a type missing here fails to compile. */
const GUARDS: Record<WorkerRequestType, (message: Record<string, unknown>) => boolean> = {
  slice: nothingElse,
  dismiss: nothingElse,
  'hide-panel': nothingElse,
  'show-panel': nothingElse,
  'open-popup': nothingElse,
  seen: nothingElse,
  'open-sources': ({ anchor }) => anchor === undefined || (typeof anchor === 'string' && /^[a-z0-9-]{1,120}$/.test(anchor)),
  place: ({ corner }) => isCorner(corner),
  // The worker checks the sender and the URL itself (src/background/no-answer.ts).
  'keep-waiting': ({ url }) => typeof url === 'string',
};

export function isWorkerRequest(value: unknown): value is OneOf<WorkerRequestType> {
  if (!isRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(GUARDS, value.type)) return false;
  return GUARDS[value.type as WorkerRequestType](value);
}

/**
 * The one message the worker sends a platform tab. Only its type is checked: nothing but the extension
 * itself can message its content scripts (no page, no other extension), the worker builds it from
 * parsed settings (core/panel-decision.ts), and every check here is bytes of a script that runs on
 * every platform page (docs/performance.md).
 */
export const isPanelSettings = (value: unknown): value is Message<'panel-settings'> => isRecord(value) && value.type === 'panel-settings';
