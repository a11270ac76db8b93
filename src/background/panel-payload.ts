// What the worker hands the content script with its platform's record: the panel's stylesheets and
// every `_locales` message the panel shows (why: README, "Performance").

import panelCss from '../content/panel.css?inline';
import { EVENT_KINDS, STATUS_IDS } from '../data/ids';
import { messageTemplate } from '../ui/i18n';
import { keyOf, type MessageKey, type MessageTemplates } from '../ui/message-keys';
import uiCss from '../ui/styles.css?inline';

export const PANEL_STYLES = [uiCss, panelCss];

export const PANEL_MESSAGE_KEYS: readonly MessageKey[] = [
  'dataLanguage',
  'panelRegion',
  'inRussia',
  'since',
  'collapse',
  'dismiss',
  'dismissHint',
  'history',
  'openDetail',
  'openSources',
  'neverShow',
  'byAuthority',
  'sourcesDisagree',
  'sourcesLabel',
  'sourceDetails',
  'reviewed',
  'unconfirmed',
  'newMark',
  'basis_official',
  'basis_reports',
  'basis_measurement',
  ...STATUS_IDS.map((id) => keyOf('status', id)),
  ...EVENT_KINDS.map((kind) => keyOf('kind', kind)),
];

let templates: MessageTemplates | undefined;

/** The panel's messages in the browser's language, as templates the content script fills. */
export function panelMessages(): MessageTemplates {
  templates ??= Object.fromEntries(PANEL_MESSAGE_KEYS.map((key) => [key, messageTemplate(key)]));
  return templates;
}
