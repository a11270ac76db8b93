// Every `_locales` message the panel shows. The worker sends them with the platform's record.
import { EVENT_KINDS, STATUS_IDS } from '../data/ids';
import { keyOf } from '../ui/i18n';

export const PANEL_MESSAGE_KEYS = [
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
  ...STATUS_IDS.map((id) => keyOf('status', id)),
  ...EVENT_KINDS.map((kind) => keyOf('kind', kind)),
];
