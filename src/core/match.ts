// Which platform, if any, a page belongs to. A page matches a platform when its host is one of the
// platform's hosts or a subdomain of one: exact label boundaries only, so `notwhatsapp.com`,
// `whatsapp.com.example.org` and a platform name in the path or query never match.

export interface HasHosts {
  id: string;
  hosts: readonly string[];
}

/** Lower-cases a host and drops the trailing dot of a fully qualified name (`web.whatsapp.com.`). */
export function normalizeHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '');
}

export function hostMatches(host: string, listed: string): boolean {
  const h = normalizeHost(host);
  return h === listed || h.endsWith(`.${listed}`);
}

/** The host of an http(s) URL as the browser resolves it (userinfo, port and IDN handled by `URL`). */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname : null;
  } catch {
    return null;
  }
}

export function matchHost<P extends HasHosts>(host: string, platforms: readonly P[]): P | undefined {
  return platforms.find((p) => p.hosts.some((listed) => hostMatches(host, listed)));
}

export function matchUrl<P extends HasHosts>(url: string | undefined, platforms: readonly P[]): P | undefined {
  const host = url ? hostOf(url) : null;
  return host ? matchHost(host, platforms) : undefined;
}

/**
 * The manifest match patterns that cover exactly these hosts and their subdomains. `*.host` also
 * matches `host` itself, and a host under another listed host is already covered, so it is dropped.
 */
export function matchPatterns(hosts: readonly string[]): string[] {
  const unique = [...new Set(hosts)];
  const roots = unique.filter((h) => !unique.some((other) => other !== h && h.endsWith(`.${other}`)));
  return roots.sort().map((h) => `https://*.${h}/*`);
}
