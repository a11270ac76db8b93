// Payload: every JS file the built manifest's content scripts load, raw and gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function payload(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8'));
  const files = manifest.content_scripts.flatMap((c) => c.js ?? []);
  const bytes = files.map((f) => readFileSync(join(distDir, f)));
  // The script can only import more code through web-accessible resources; there must be none.
  const exposed = (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources);
  return {
    files,
    raw: bytes.reduce((n, b) => n + b.length, 0),
    gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    webAccessibleResources: exposed.length,
  };
}
