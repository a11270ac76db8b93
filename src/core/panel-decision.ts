// What the worker shows on a platform's page, decided from what is stored: the panel or nothing, the
// chip or the small mark, in which corner, and which of the platform's events are new to the reader.
// Pure: the worker (background/index.ts) reads the stored items, asks this, and stores the session it
// returns. The loop around it is mapped in docs/architecture.md, "When the panel shows".
import type { PublishedPlatform } from '../data/schema';
import { type PanelForm, panelForm, type SessionState, withChipShown } from './session';
import { type Corner, panelCorner, panelMode, type Settings } from './settings';

type Platform = Pick<PublishedPlatform, 'id' | 'status' | 'statusEventId' | 'events'>;

/** Whether the panel shows on this platform's pages, as the chip or the mark, and where. */
export interface PanelPlacement {
  shown: boolean;
  form: PanelForm;
  /** The reader asked for the full chip every time: it never gives way to the mark (content/Panel.tsx). */
  full: boolean;
  corner: Corner;
}

/** The reader's settings and this session's dismissals, applied to one platform. */
export function placement(settings: Settings, session: SessionState, platform: Platform): PanelPlacement {
  const mode = panelMode(settings, platform.id);
  return {
    shown: mode !== 'never' && !session.dismissed.includes(platform.id),
    form: panelForm(mode, platform, session),
    full: mode === 'always',
    corner: panelCorner(settings, platform.id),
  };
}

export interface PanelDecision {
  placement: PanelPlacement;
  /** The session to store: a chip shown is recorded, so the platform's next page gets the mark. */
  session: SessionState;
  /** The platform's events the reader has not looked at (core/seen.ts), in the data's order. */
  newEventIds: string[];
}

/** A page of `platform` asks for its panel. */
export function decidePanel(settings: Settings, session: SessionState, platform: Platform, unseen: ReadonlySet<string>): PanelDecision {
  const decided = placement(settings, session, platform);
  return {
    placement: decided,
    session: decided.shown && decided.form === 'chip' ? withChipShown(session, platform) : session,
    newEventIds: platform.events.map((event) => event.id).filter((id) => unseen.has(id)),
  };
}
