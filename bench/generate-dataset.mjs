// A synthetic dataset `count` platforms strong, built by repeating the real platforms' events and
// sources under new ids and hosts, written as a data folder like src/data/ for the build to read
// (RR_DATA_DIR, see vite.config.ts). For `npm run bench` only; it is never shipped.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// A copy's address: the real host (a disagreement may name an outlet by it), then the real path and
// query as one segment: unique, of a like length, and canonical in form even where the real one still
// awaits its canonical form (src/build/awaiting-canonical.ts).
const syntheticUrl = (url, id) => {
  const { hostname, pathname, search } = new URL(url);
  return `https://${hostname}/${id}/${encodeURIComponent(pathname + search)}`;
};

export function generateDataset(real, count) {
  // A disagreement may name a platform's host ("youtube.com"); the checks accept that only for the
  // dataset's own platforms, and the real ones are not in this dataset: name the synthetic one instead.
  const realHosts = real.platforms.flatMap((p) => p.hosts).sort((a, b) => b.length - a.length);
  const renameHosts = (text, host) =>
    Object.fromEntries(Object.entries(text).map(([lang, words]) => [lang, realHosts.reduce((t, h) => t.replaceAll(h, host), words)]));
  const sources = [];
  const platforms = [];
  for (let i = 0; i < count; i++) {
    const base = real.platforms[i % real.platforms.length];
    const id = `synthetic-${String(i).padStart(2, '0')}`;
    const rename = new Map();
    const copySource = (sourceId) => {
      if (rename.has(sourceId)) return rename.get(sourceId);
      const source = real.sources.find((s) => s.id === sourceId);
      const copy = { ...source, id: `${id}-${sourceId}`, url: syntheticUrl(source.url, id) };
      rename.set(sourceId, copy.id);
      sources.push(copy);
      if (source.blockedInRussia)
        copy.blockedInRussia = { ...source.blockedInRussia, sources: source.blockedInRussia.sources.map(copySource) };
      return copy.id;
    };
    for (const event of base.events) for (const sourceId of event.sources) copySource(sourceId);
    platforms.push({
      id,
      name: `${base.name} ${i}`,
      hosts: [`${id}.example`, `web.${id}.example`],
      impact: base.impact,
      ...(base.note ? { note: base.note } : {}),
      events: base.events.map((e) => ({
        ...e,
        id: `${id}-${e.id}`,
        sources: e.sources.map((s) => rename.get(s)),
        ...(e.evidence ? { evidence: e.evidence.map((x) => ({ ...x, source: rename.get(x.source) })) } : {}),
        ...(e.disagreement ? { disagreement: renameHosts(e.disagreement, `${id}.example`) } : {}),
      })),
    });
  }
  const used = new Set([
    ...real.context.flatMap((c) => c.sources),
    ...(real.ooniExplorer?.blockedInRussia.sources ?? []),
    ...real.sources.flatMap((s) =>
      s.blockedInRussia && real.context.some((c) => c.sources.includes(s.id)) ? s.blockedInRussia.sources : [],
    ),
  ]);
  for (const s of real.sources) if (used.has(s.id) && !sources.some((x) => x.id === s.id)) sources.push(s);
  const context = real.context.map((c) =>
    c.disagreement ? { ...c, disagreement: renameHosts(c.disagreement, platforms[0].hosts[0]) } : c,
  );
  const meta = {
    reviewed: real.reviewed,
    authorities: real.authorities,
    context,
    ...(real.ooniExplorer ? { ooniExplorer: real.ooniExplorer } : {}),
  };
  return { meta, sources, platforms };
}

/** Writes `data` ({ meta, sources, platforms }) into `dir` in src/data/'s layout. */
export function writeDataDir(data, dir) {
  mkdirSync(join(dir, 'platforms'), { recursive: true });
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(data.meta));
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(data.sources));
  for (const p of data.platforms) writeFileSync(join(dir, 'platforms', `${p.id}.json`), JSON.stringify(p));
}
