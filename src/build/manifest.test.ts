import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POPUP_PAGE } from '../browser/pages';
import type { Dataset } from '../data/schema';
import { buildTarget, deriveManifest } from './manifest';

const base = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8'));
const dataset = {
  platforms: [
    { id: 'whatsapp', hosts: ['whatsapp.com', 'web.whatsapp.com', 'wa.me'] },
    { id: 'facetime', hosts: ['facetime.apple.com'] },
  ],
} as unknown as Dataset;

describe('deriveManifest', () => {
  it('targets the build at the oldest browsers the manifest admits', () => {
    expect([buildTarget('chrome'), buildTarget('firefox')]).toEqual(['chrome116', 'firefox140']);
  });

  it('derives content-script matches and host permissions from the dataset hosts, and nothing broader', () => {
    const manifest = deriveManifest(base, dataset, 'chrome', '1.2.3');
    const expected = ['https://*.facetime.apple.com/*', 'https://*.wa.me/*', 'https://*.whatsapp.com/*'];
    expect(manifest.content_scripts?.[0].matches).toEqual(expected);
    expect(manifest.host_permissions).toEqual(expected);
    expect(manifest.permissions).toEqual(['storage', 'webRequest']);
    expect(manifest.version).toBe('1.2.3');
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.minimum_chrome_version).toBe('116');
  });

  it('opens the popup page the code links to', () => {
    expect(base.action.default_popup).toBe(POPUP_PAGE);
  });

  it('for Firefox: background scripts, a gecko id, and a declaration that no data is collected', () => {
    const manifest = deriveManifest(base, dataset, 'firefox', '1.2.3');
    expect(manifest.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(manifest.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(manifest.minimum_chrome_version).toBeUndefined();
  });

  it('names an update manifest only when asked, for a Firefox package distributed outside the store', () => {
    expect(deriveManifest(base, dataset, 'firefox', '1.2.3').browser_specific_settings.gecko.update_url).toBeUndefined();
    const selfHosted = deriveManifest(base, dataset, 'firefox', '1.2.3', { updateUrl: 'https://example.org/updates.json' });
    expect(selfHosted.browser_specific_settings.gecko.update_url).toBe('https://example.org/updates.json');
  });
});
