import type { JSX } from 'preact';

/**
 * How a surface opens the sources page. Extension pages link to it directly; a platform page
 * cannot navigate to a non-web-accessible extension page, so the panel asks the worker to open it.
 */
export interface SourcesLinker {
  href(anchor?: string): string;
  onClick?(anchor: string | undefined, event: JSX.TargetedMouseEvent<HTMLAnchorElement>): void;
  /** On the sources page itself, a source is an in-page anchor, not a new tab. */
  inPage?: boolean;
}

/** Anchors on the sources page: a source's entry, and the privacy statement. */
export const sourceAnchor = (id: string) => `source-${id}`;
export const PRIVACY_ANCHOR = 'privacy';
