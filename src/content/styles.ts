// The panel's stylesheets. The worker imports them and sends them with the platform's record, so
// the script injected into every platform page carries logic only (see README, "Performance").
import uiCss from '../ui/styles.css?inline';
import panelCss from './panel.css?inline';

export const PANEL_STYLES = [uiCss, panelCss];
