import { render } from 'preact';
import '../ui/styles.css';
import '../ui/evidence.css';
import '../ui/page.css';
import '../ui/status-chart.css';
import './sources.css';
import { t, uiLang } from '../ui/i18n';
import { SourcesPage } from './SourcesPage';

document.documentElement.lang = uiLang();
document.title = `${t('extName')}: ${t('sourcesTitle')}`;
render(<SourcesPage />, document.getElementById('app') as HTMLElement);
