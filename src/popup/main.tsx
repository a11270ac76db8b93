import { render } from 'preact';
import '../ui/styles.css';
import '../ui/evidence.css';
import '../ui/page.css';
import '../ui/status-chart.css';
import './popup.css';
import { loadUnseen } from '../browser/seen';
import { readSession } from '../browser/session';
import { readSettings } from '../browser/settings';
import { t, uiLang } from '../ui/i18n';
import { activePlatformId } from './active-tab';
import { ALL_RECORD_IDS, Popup } from './Popup';

document.documentElement.lang = uiLang();
document.title = t('extName');
const app = document.getElementById('app') as HTMLElement;
// Asked at once and drawn once with every answer: drawn as each came, the popup was drawn four
// times before its first paint (figures: docs/performance.md, "Performance"). None of these rejects.
void Promise.all([activePlatformId(), readSettings(), readSession(), loadUnseen(ALL_RECORD_IDS)]).then(
  ([platformId, settings, session, unseen]) => render(<Popup start={{ platformId, settings, session, unseen }} />, app),
);
