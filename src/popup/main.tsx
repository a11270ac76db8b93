import { render } from 'preact';
import '../ui/styles.css';
import './popup.css';
import { activePlatformId } from './active-tab';
import { Popup } from './Popup';

document.documentElement.lang = document.documentElement.lang || 'en';
const app = document.getElementById('app') as HTMLElement;
activePlatformId().then((platformId) => render(<Popup initialPlatformId={platformId} />, app));
