/**
 * How an extension page links to the sources page: extension pages link to it directly (`href`).
 */
export interface SourcesLinker {
  href(anchor?: string): string;
  onClick?(anchor: string | undefined, event: JSX.TargetedMouseEvent<HTMLAnchorElement>): void;
}

/**
 * How the panel opens the sources page: a platform page cannot navigate to a non-web-accessible
 * extension page, so it asks the worker. Buttons, not links: a link's `#anchor` would resolve against
 * the page's URL or `<base>`, so middle-click or "copy link" would lead wherever the page said.
 */
export interface SourcesOpener {
  open(anchor?: string): void;
}

/** Anchors on the sources page: a source's entry, and the privacy statement. */
export const sourceAnchor = (id: string) => `source-${id}`;
export const PRIVACY_ANCHOR = 'privacy';
