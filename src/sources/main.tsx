import { render } from 'preact';
import '../ui/styles.css';
import './sources.css';
import { SourcesPage } from './SourcesPage';

render(<SourcesPage />, document.getElementById('app') as HTMLElement);
