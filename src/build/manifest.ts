// The manifest's content-script matches and host permissions are derived from the dataset's hosts,
// so adding a platform is a data change and the two can never drift apart.
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { matchPatterns } from '../core/match';
import type { Dataset } from '../data/schema';

export type Browser = 'chrome' | 'firefox';

/**
 * The oldest browsers supported: the manifest's minimums and the build's syntax target both come
 * from here. Firefox 140: the first ESR with data_collection_permissions and MV3 host permissions
 * granted at install; Firefox for Android got data_collection_permissions only in 142.
 */
export const MIN_VERSIONS = { chrome: 116, firefox: 140, firefoxAndroid: 142 } as const;

/** The language level the bundler may emit for a browser: that of its oldest supported version. */
export const buildTarget = (browser: Browser) => `${browser}${MIN_VERSIONS[browser]}`;

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
  { devServer = false, updateUrl }: { devServer?: boolean; updateUrl?: string } = {},
): ManifestV3Export & Manifest {
  const patterns = matchPatterns(dataset.platforms.flatMap((p) => p.hosts));
  const manifest: Manifest = structuredClone(base);
  manifest.version = version;
  manifest.content_scripts = manifest.content_scripts.map((script: Manifest) => ({ ...script, matches: patterns }));
  // The popup reads the active tab's URL and the worker sets the per-tab badge: both need the URL of
  // platform tabs only, which these host permissions expose without the broad `tabs` permission.
  manifest.host_permissions = patterns;
  if (!devServer) manifest.content_security_policy = { extension_pages: EXTENSION_PAGES_CSP };
  if (browser === 'chrome') manifest.minimum_chrome_version = String(MIN_VERSIONS.chrome);
  if (browser === 'firefox') {
    manifest.background = { scripts: [base.background.service_worker], type: 'module' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: `${MIN_VERSIONS.firefox}.0`,
        data_collection_permissions: { required: ['none'] },
        // Only for a package distributed outside addons.mozilla.org, which refuses one that has it
        // (docs/release.md, "Firefox outside the store").
        ...(updateUrl ? { update_url: updateUrl } : {}),
      },
      gecko_android: { strict_min_version: `${MIN_VERSIONS.firefoxAndroid}.0` },
    };
  }
  return manifest as ManifestV3Export & Manifest;
}
