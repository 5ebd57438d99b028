/**
 * The URL lock: every URL and anchor the site has published, kept in urls.lock.json, so that a
 * build that loses one fails. Pure functions over the built pages ({ path, ids, redirect }); the
 * files are read by src/lib/built-site.ts and scripts/lock-urls.ts.
 */
import { ENTITY_TYPES } from './schema.ts';

/** One HTML page of the built site. */
export interface BuiltPage {
  /** The URL path it is served at: /, /entities/, /articles/<slug>/ */
  path: string;
  /** Every id on the page (only the permanent ones are locked). */
  ids: readonly string[];
  /** Set when the page is a redirect page (a meta refresh): where it sends the reader. */
  redirect?: string;
  /** Set when the page is a draft's (`<meta name="glossa-draft">`): never locked. */
  draft?: true;
}

/** A redirect the host applies (a line of dist/_redirects). */
export interface HostRedirect {
  from: string;
  to: string;
  status: number;
}

/** An entry of the lock: a published URL, with its anchor if any, and where it has moved if it has. */
export interface LockEntry {
  url: string;
  /** The URL that now serves it; the build must redirect `url`'s path to this one's. */
  redirect?: string;
}

/** A locked URL that the build no longer serves, and why. */
export interface MissingUrl {
  entry: LockEntry;
  reason: string;
}

/**
 * The anchors that are permanent (README, "Permanent URLs"; src/lib/permalink.ts): on an article
 * and on each of its editions' pages, its paragraphs (#p3) and annotations (#p2-n1); on an entity page, an outlet's dated reports
 * (#2004-09-17); on the register, its sections by type (#person). Other ids (headings, footnotes,
 * form fields) may change.
 */
const PERMANENT_ANCHORS: { pages: RegExp; ids: RegExp }[] = [
  { pages: /^\/articles\/[^/]+\/(?:editions\/\d+\/)?$/, ids: /^p\d+(?:-n\d+)?$/ },
  { pages: /^\/articles\/[^/]+\/changes\/$/, ids: /^edition-\d+(?:-p\d+-n\d+)?$/ },
  { pages: /^\/entities\/[^/]+\/$/, ids: /^\d{4}-\d{2}-\d{2}$/ },
  { pages: /^\/entities\/$/, ids: new RegExp(`^(?:${ENTITY_TYPES.join('|')})$`) },
];

/** The ids of a page that are published as anchors, in page order. */
export function permanentIds(path: string, ids: readonly string[]): string[] {
  const rules = PERMANENT_ANCHORS.filter((rule) => rule.pages.test(path));
  return [...new Set(ids.filter((id) => rules.some((rule) => rule.ids.test(id))))];
}

/**
 * Files other than pages whose URLs are published (README, "Citing" and "Open data"): the data
 * exports, citation files and the sitemap. Scripts, styles, the search index and the data the
 * pages fetch for themselves (preview cards) are not: their names may change with any build.
 */
export function isPublishedFile(relativeFile: string): boolean {
  return PUBLISHED_FILES.some((pattern) => pattern.test(relativeFile));
}
const PUBLISHED_FILES = [
  /^data\/entities\.json$/,
  /^data\/(articles|annotations|entities)\/[^/]+\.(json|jsonld)$/,
  // An article's (cite/article.bib, cite/p3.ris) and an entity's (cite.json) citation files.
  /(^|\/)cite(\/[^/]+)?\.(bib|ris|json)$/,
  /^sitemap-index\.xml$/,
  /^feed\.xml$/,
];

/** The URL path an HTML file of dist/ is served at: index.html → /, entities/avesta/index.html → /entities/avesta/. */
export function pathOfHtmlFile(relativeFile: string): string {
  const file = relativeFile.split('\\').join('/').replace(/^\/+/, '');
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

const decodeEntities = (text: string): string =>
  text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|apos|lt|gt));/gi, (_, dec: string, hex: string, name: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' } as Record<string, string>)[name.toLowerCase()]!,
  );

/** Reads a built HTML page: its ids, and whether it is a redirect page (`<meta http-equiv="refresh" content="0;url=…">`). */
export function pageFromHtml(path: string, html: string): BuiltPage {
  const ids = [...html.matchAll(/<[a-z][^>]*?\sid=(?:"([^"]*)"|'([^']*)')/gi)].map((match) => decodeEntities(match[1] ?? match[2] ?? ''));
  const refresh = /<meta\b[^>]*\bhttp-equiv=["']?refresh["']?[^>]*>/i.exec(html)?.[0];
  const target = refresh && /\bcontent=["']?\s*\d+\s*;\s*url=([^"'>]+)/i.exec(refresh)?.[1];
  if (target) return { path, ids, redirect: decodeEntities(target.trim()) };
  return /<meta name="glossa-draft"/.test(html) ? { path, ids, draft: true } : { path, ids };
}

/** Reads a `_redirects` file: `/from /to [status]` lines; blank lines and # comments are skipped. */
export function parseHostRedirects(text: string): HostRedirect[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '')
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/);
      return { from, to, status: Number.parseInt(status, 10) };
    });
}

/** Every URL a built site publishes: each page, each of its permanent anchors, and each redirect page with its target. */
export function publishedUrls(pages: readonly BuiltPage[]): LockEntry[] {
  return sortEntries(
    pages.flatMap((page): LockEntry[] =>
      page.redirect !== undefined
        ? [{ url: page.path, redirect: page.redirect }]
        : [{ url: page.path }, ...permanentIds(page.path, page.ids).map((id) => ({ url: `${page.path}#${id}` }))],
    ),
  );
}

/** The lock with the site's new URLs added; nothing is removed, and a locked entry is kept as it is. */
export function addToLock(lock: readonly LockEntry[], site: readonly LockEntry[]): { lock: LockEntry[]; added: LockEntry[] } {
  const locked = new Set(lock.map((entry) => entry.url));
  const added = site.filter((entry) => !locked.has(entry.url));
  return { lock: sortEntries([...lock, ...added]), added };
}

const splitUrl = (url: string): { path: string; anchor: string | undefined } => {
  const hash = url.indexOf('#');
  return hash === -1 ? { path: url, anchor: undefined } : { path: url.slice(0, hash), anchor: url.slice(hash + 1) };
};

/** The built site as the lock check reads it: real pages with their ids, and redirects (pages and host-level). */
class Site {
  readonly pages = new Map<string, Set<string>>();
  readonly redirects = new Map<string, string>();
  constructor(pages: readonly BuiltPage[], hostRedirects: readonly HostRedirect[]) {
    for (const page of pages) {
      if (page.redirect !== undefined) this.redirects.set(page.path, splitUrl(page.redirect).path);
      else this.pages.set(page.path, new Set(page.ids));
    }
    for (const redirect of hostRedirects) {
      if (redirect.status >= 300 && redirect.status < 400 && !this.redirects.has(redirect.from)) this.redirects.set(redirect.from, splitUrl(redirect.to).path);
    }
  }

  /** Why `path#anchor` is not served as a page (with that id), or undefined when it is; follows the site's redirects. */
  problemWith(path: string, anchor: string | undefined, hops = 0): string | undefined {
    const ids = this.pages.get(path);
    if (ids) return anchor === undefined || ids.has(anchor) ? undefined : `${path} has no element with id="${anchor}"`;
    const next = this.redirects.get(path);
    if (next === undefined) return `the build has no page at ${path}`;
    if (hops >= 10) return `${path} is in a redirect loop`;
    const problem = this.problemWith(next, anchor, hops + 1);
    return problem && `${path} redirects to ${next}, but ${problem}`;
  }
}

/**
 * The locked URLs that the built site has lost. A URL is kept when the build serves its path as a
 * page with the anchor; a URL whose entry names a redirect is kept when the build redirects its
 * path to the redirect's path (a redirect page or a _redirects line) and serves the target.
 */
export function missingUrls(lock: readonly LockEntry[], pages: readonly BuiltPage[], hostRedirects: readonly HostRedirect[] = []): MissingUrl[] {
  const site = new Site(pages, hostRedirects);
  const missing: MissingUrl[] = [];
  for (const entry of lock) {
    const { path, anchor } = splitUrl(entry.url);
    const asPage = site.pages.has(path) ? site.problemWith(path, anchor) : undefined;
    if (site.pages.has(path) && !asPage) continue;
    if (entry.redirect === undefined) {
      const redirected = site.redirects.get(path);
      missing.push({
        entry,
        reason: asPage ?? (redirected === undefined ? `the build has no page at ${path}` : `${path} is now a redirect to ${redirected}, which the lock does not name`),
      });
      continue;
    }
    const target = splitUrl(entry.redirect);
    const redirected = site.redirects.get(path);
    if (asPage) {
      missing.push({ entry, reason: `${asPage}, and the page is there, so it cannot redirect to ${target.path} as the lock says` });
      continue;
    }
    if (redirected !== target.path) {
      missing.push({ entry, reason: redirected === undefined ? `the build has no page at ${path} and no redirect from it to ${target.path}` : `${path} redirects to ${redirected}, not to ${target.path} as the lock says` });
      continue;
    }
    const problem = site.problemWith(target.path, target.anchor ?? anchor);
    if (problem) missing.push({ entry, reason: `${path} redirects to ${target.path}, but ${problem}` });
  }
  return missing;
}

/** The failure message: each lost URL, why, and how to mend it. */
export function describeMissing(missing: readonly MissingUrl[], lockFile = 'urls.lock.json'): string {
  if (missing.length === 0) return `The built site serves every URL in ${lockFile}.`;
  const plural = missing.length === 1 ? 'URL' : 'URLs';
  return [
    `The built site has lost ${missing.length} published ${plural} listed in ${lockFile}:`,
    ...missing.map(({ entry, reason }) => `  ${entry.url}${entry.redirect === undefined ? '' : ` (→ ${entry.redirect})`}: ${reason}`),
    '',
    'Published URLs are cited and must never break. For each one, either:',
    '  - restore it: the page, or the element with that id on the page; or',
    '  - if it has moved, add a redirect in the site (for an entity, a variant in its YAML file makes one;',
    '    otherwise `redirects` in astro.config.mjs) and name the new URL in its entry of the lock,',
    `    e.g. { "url": "/old/", "redirect": "/new/" } (for an anchor: { "url": "/old/#p3", "redirect": "/new/#p3" }).`,
    `Never delete an entry from ${lockFile}.`,
  ].join('\n');
}

const collator = new Intl.Collator('en', { numeric: true });

/** Entries in a stable order: by path, the page before its anchors, anchors in natural order (p2 before p10). */
export function sortEntries(entries: readonly LockEntry[]): LockEntry[] {
  return [...entries].sort((a, b) => {
    const x = splitUrl(a.url);
    const y = splitUrl(b.url);
    if (x.path !== y.path) return x.path < y.path ? -1 : 1;
    if (x.anchor === undefined || y.anchor === undefined) return x.anchor === y.anchor ? 0 : x.anchor === undefined ? -1 : 1;
    return collator.compare(x.anchor, y.anchor);
  });
}

const LOCK_NOTE =
  'Every URL and anchor Glossa has published. The tests fail when a build loses one. `npm run lock:urls` adds new ones; never remove or edit an entry, except to add "redirect" when a URL moves (README, Permanent URLs).';

/** The lock file's text: one entry a line, so that a diff shows each URL added. */
export function serializeLock(entries: readonly LockEntry[]): string {
  const lines = sortEntries(entries).map(
    (entry) => `    { "url": ${JSON.stringify(entry.url)}${entry.redirect === undefined ? '' : `, "redirect": ${JSON.stringify(entry.redirect)}`} }`,
  );
  return `{\n  "note": ${JSON.stringify(LOCK_NOTE)},\n  "urls": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

/** Reads the lock file's text; throws, saying what is wrong, on anything that is not a list of entries. */
export function parseLock(text: string, file = 'urls.lock.json'): LockEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const urls = (data as { urls?: unknown } | null)?.urls;
  if (!Array.isArray(urls)) throw new Error(`${file} must be an object with a "urls" list`);
  const seen = new Set<string>();
  return urls.map((entry: unknown, index) => {
    const { url, redirect, ...rest } = (entry ?? {}) as Record<string, unknown>;
    const where = `${file}, entry ${index + 1}`;
    if (typeof url !== 'string' || !url.startsWith('/')) throw new Error(`${where}: "url" must be a path starting with /`);
    if (redirect !== undefined && (typeof redirect !== 'string' || !redirect.startsWith('/'))) throw new Error(`${where} (${url}): "redirect" must be a path starting with /`);
    if (Object.keys(rest).length > 0) throw new Error(`${where} (${url}): unknown field ${Object.keys(rest).map((key) => `"${key}"`).join(', ')}; an entry has "url" and optionally "redirect"`);
    if (seen.has(url)) throw new Error(`${where}: ${url} is listed twice`);
    seen.add(url);
    return redirect === undefined ? { url } : { url, redirect };
  });
}
