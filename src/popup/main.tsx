import { render } from 'preact';
import '../ui/styles.css';
import '../ui/status-chart.css';
import './popup.css';
import { uiLang } from '../ui/i18n';
import { activePlatformId } from './active-tab';
import { Popup } from './Popup';

document.documentElement.lang = uiLang();
const app = document.getElementById('app') as HTMLElement;
activePlatformId().then((platformId) => render(<Popup initialPlatformId={platformId} />, app));
