/**
 * How an extension page links to the sources page: extension pages link to it directly (`href`).
 */
export interface SourcesLinker {
  href(anchor?: string): string;
}

/** Anchors on the sources page: a source's entry, and the privacy statement. */
export const sourceAnchor = (id: string) => `source-${id}`;
export const PRIVACY_ANCHOR = 'privacy';
