import dataset from 'virtual:dataset';
import { render } from 'preact';
import '../ui/styles.css';
import '../ui/evidence.css';
import '../ui/page.css';
import '../ui/status-chart.css';
import './unreachable.css';
import { readRaw } from '../browser/storage';
import { UNREACHABLE_LOADS } from '../core/stored-items';
import { readFailedLoad } from '../core/unreachable-page';
import { t, uiLang } from '../ui/i18n';
import { NothingToShow, UnreachablePage } from './UnreachablePage';

// The platform comes from this page's own address, what failed from the worker's session storage,
// found by the address's token and checked: see src/core/unreachable-page.ts.
const stored = await readRaw(UNREACHABLE_LOADS).catch(() => undefined);
const failed = readFailedLoad(location.search, stored, dataset.platforms);
document.documentElement.lang = uiLang();
document.title = `${failed ? t('unreachableHeading', failed.platform.name) : t('unreachableInvalidHeading')} · ${t('extName')}`;
render(failed ? <UnreachablePage failed={failed} /> : <NothingToShow />, document.getElementById('app') as HTMLElement);
