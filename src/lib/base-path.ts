/**
 * The path prefix a site is served under: "/" at a domain's root, "/glossa/" for a GitHub Pages
 * project site (https://<user>.github.io/glossa/). Every URL the site writes for itself goes under it.
 */

/** A base as Astro takes it: a leading and a trailing slash ("glossa" → "/glossa/"). */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base of a build: GLOSSA_BASE, or else the path of GLOSSA_SITE (https://user.github.io/glossa/ → /glossa/). */
export function siteBase(base: string | undefined, site: string | undefined): string {
  if (base !== undefined) return normalizeBase(base);
  return normalizeBase(site === undefined ? undefined : new URL(site).pathname);
}

/** A site path (/articles/x/) as served under `base`; anything else (#p3, https://…, relative) as it is. Never prefixes twice. */
export function underBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//') || base === '/' || path.startsWith(base)) return path;
  return `${base}${path.slice(1)}`;
}

/** A served path back to the site path (/glossa/articles/x/ → /articles/x/); undefined when it is outside the base. */
export function withoutBase(base: string, path: string): string | undefined {
  if (base === '/') return path;
  return path.startsWith(base) ? `/${path.slice(base.length)}` : path === base.slice(0, -1) ? '/' : undefined;
}

/**
 * A built page with every link it makes to the site — href, src, action, a meta refresh — under
 * `base`. The pages write site paths (/entities/x/): the same the URL lock, the data exports and the
 * tests use; the base is the host's business, applied once to what is served.
 */
export function htmlUnderBase(html: string, base: string): string {
  if (base === '/') return html;
  return html
    .replace(/(\s(?:href|src|action)=")(\/(?!\/)[^"]*)"/g, (_match, attribute: string, path: string) => `${attribute}${underBase(base, path)}"`)
    .replace(/(<meta http-equiv="refresh" content="\d+;\s*url=)(\/(?!\/)[^"]*)"/g, (_match, start: string, path: string) => `${start}${underBase(base, path)}"`);
}
