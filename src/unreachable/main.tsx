import dataset from 'virtual:dataset';
import { render } from 'preact';
import '../ui/styles.css';
import '../ui/status-chart.css';
import './unreachable.css';
import { readFailedLoad } from '../core/unreachable-page';
import { t, uiLang } from '../ui/i18n';
import { NothingToShow, UnreachablePage } from './UnreachablePage';

// What failed comes from this page's own address, checked: see src/core/unreachable-page.ts.
const failed = readFailedLoad(location.search, dataset.platforms);
document.documentElement.lang = uiLang();
document.title = `${failed ? t('unreachableHeading', failed.platform.name) : t('unreachableInvalidHeading')} · ${t('extName')}`;
render(failed ? <UnreachablePage failed={failed} /> : <NothingToShow />, document.getElementById('app') as HTMLElement);
