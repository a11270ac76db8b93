// The manifest's content-script matches and host permissions are derived from the dataset's hosts,
// so adding a platform is a data change and the two can never drift apart.
import { matchPatterns } from '../core/match';
import type { Dataset } from '../data/schema';

export type Browser = 'chrome' | 'firefox';

import type { ManifestV3Export } from '@crxjs/vite-plugin';

// biome-ignore lint/suspicious/noExplicitAny: the manifest is plain JSON read from manifest.json
type Manifest = Record<string, any>;

/**
 * Extension pages load only the extension's own files and connect nowhere: the promise of "no
 * network requests" enforced by the browser. Not applied under `npm run dev`, whose live reload
 * talks to the Vite server.
 */
export const EXTENSION_PAGES_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export const GECKO_ID = 'restricted-in-russia@restricted-in-russia.org';

export function deriveManifest(
  base: Manifest,
  dataset: Dataset,
  browser: Browser,
  version: string,
  { devServer = false } = {},
): ManifestV3Export & Manifest {
  const patterns = matchPatterns(dataset.platforms.flatMap((p) => p.hosts));
  const manifest: Manifest = structuredClone(base);
  manifest.version = version;
  manifest.content_scripts = manifest.content_scripts.map((script: Manifest) => ({ ...script, matches: patterns }));
  // The popup reads the active tab's URL and the worker sets the per-tab badge: both need the URL of
  // platform tabs only, which these host permissions expose without the broad `tabs` permission.
  manifest.host_permissions = patterns;
  if (!devServer) manifest.content_security_policy = { extension_pages: EXTENSION_PAGES_CSP };
  if (browser === 'firefox') {
    delete manifest.minimum_chrome_version;
    manifest.background = { scripts: [base.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // 140: the first ESR with data_collection_permissions and MV3 host permissions granted at install.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android got data_collection_permissions only in 142 (desktop in 140).
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return manifest as ManifestV3Export & Manifest;
}
