import {
  CORNERS,
  type Corner,
  PANEL_MODES,
  type PanelMode,
  panelCorner,
  panelMode,
  type Settings,
  unreachablePageShown,
  withCorner,
  withMode,
  withUnreachablePage,
} from '../core/settings';
import type { PublishedPlatform } from '../data/schema';
import { t } from '../ui/i18n';
import { keyOf } from '../ui/message-keys';

interface PanelSettingsProps {
  platform: PublishedPlatform;
  settings: Settings;
  /** Writes the settings; a choice of the panel's mode or place also undoes a dismissal for this session. */
  change(next: Settings, panel: boolean): void;
}

/** A platform's settings: how the panel shows, where it rests, and whether a failed load gets the extension's page. */
export function PanelSettings({ platform, settings, change }: PanelSettingsProps) {
  const mode = panelMode(settings, platform.id);
  return (
    <div class="settings">
      <label>
        <span id="panel-mode">{t('panelMode', platform.name)}</span>
        <select
          aria-labelledby="panel-mode"
          value={mode}
          onChange={(e) => change(withMode(settings, platform.id, e.currentTarget.value as PanelMode), true)}
        >
          {PANEL_MODES.map((m) => (
            <option key={m} value={m}>
              {t(keyOf('mode', m))}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span id="panel-corner">{t('panelCorner')}</span>
        <select
          aria-labelledby="panel-corner"
          value={panelCorner(settings, platform.id)}
          disabled={mode === 'never'}
          onChange={(e) => change(withCorner(settings, platform.id, e.currentTarget.value as Corner), true)}
        >
          {CORNERS.map((corner) => (
            <option key={corner} value={corner}>
              {t(keyOf('corner', corner))}
            </option>
          ))}
        </select>
      </label>
      <label class="switch">
        <input
          type="checkbox"
          checked={unreachablePageShown(settings, platform.id)}
          onChange={(e) => change(withUnreachablePage(settings, platform.id, e.currentTarget.checked), false)}
        />
        <span>{t('unreachableSwitch', platform.name)}</span>
      </label>
    </div>
  );
}
