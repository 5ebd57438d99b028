/**
 * Internal links of a built site: every link, script, stylesheet, image, form target and redirect
 * target that stays on the site must name a file of the build, and every #fragment an id on the
 * page it names. Pure: the caller reads the files (tests/build/links.test.ts reads dist/).
 *
 * Hand-written rather than linkinator or hyperlink: those crawl over HTTP, take the site's own
 * absolute URLs (canonical links, text-fragment links) for external ones to fetch, read
 * `#p3:~:text=…` as a fragment named "p3:~:text=…", and do not follow a redirect page to check the
 * fragment on its target. Here the whole check is these few functions over files on disk.
 */
import { underBase, withoutBase } from './base-path.ts';
import { Parser } from 'htmlparser2';

/** A URL found in a page: where (element and attribute) and what it says. */
export interface FoundLink {
  /** e.g. `a[href]`, `meta[http-equiv=refresh]` */
  where: string;
  value: string;
}

/** What the check needs from one HTML page. */
export interface PageFacts {
  ids: Set<string>;
  links: FoundLink[];
  /** The target of a `<meta http-equiv="refresh">` (a redirect page), when there is one. */
  refresh?: string;
}

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  embed: ['src'],
  track: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['src', 'formaction'],
  blockquote: ['cite'],
  q: ['cite'],
};

/** The URL of a `<meta http-equiv="refresh" content="0;url=/x/">`. */
export function refreshTarget(content: string): string | undefined {
  return /^\s*\d+(?:\.\d+)?\s*[;,]\s*url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(content)?.[1];
}

/** Reads the ids and the URLs of a page. */
export function readPage(html: string): PageFacts {
  const facts: PageFacts = { ids: new Set(), links: [] };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined) facts.ids.add(attributes['id']);
        // <a name> is an old way to make a fragment target; browsers still honour it.
        if (name === 'a' && attributes['name'] !== undefined) facts.ids.add(attributes['name']);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value !== undefined) facts.links.push({ where: `${name}[${attribute}]`, value });
        }
        for (const srcset of name === 'img' || name === 'source' ? [attributes['srcset']] : []) {
          for (const candidate of srcset?.split(',') ?? []) {
            const value = candidate.trim().split(/\s+/)[0];
            if (value) facts.links.push({ where: `${name}[srcset]`, value });
          }
        }
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
          const target = refreshTarget(attributes['content'] ?? '');
          if (target !== undefined) {
            facts.refresh = target;
            facts.links.push({ where: 'meta[http-equiv=refresh]', value: target });
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return facts;
}

/**
 * The id a fragment points at, or undefined when it points at none (`#`, or a text directive
 * alone). A text directive (`#p3:~:text=…`) is read as its anchor before the directive (`p3`).
 */
export function fragmentId(hash: string): string | undefined {
  const fragment = hash.replace(/^#/, '').split(':~:')[0]!;
  if (fragment === '') return undefined;
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** An internal link, resolved: the path on the site and the id it points at. */
export interface InternalTarget {
  path: string;
  id?: string;
}

/**
 * Where `value`, found on the page at `pagePath`, points on the site; undefined when it leaves the
 * site (another origin, mailto:, tel:, data:). URLs of the site's own origin count as internal.
 */
export function internalTarget(pagePath: string, value: string, siteOrigin: string): InternalTarget | undefined {
  const local = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(value.trim(), `${local}${pagePath}`);
  } catch {
    return { path: value }; // unparseable: reported as missing
  }
  if (url.origin !== local && url.origin !== new URL(siteOrigin).origin) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  const id = fragmentId(url.hash);
  return id === undefined ? { path } : { path, id };
}

/**
 * The file of the build that serves `path`: `/a/` is `a/index.html`, `/a/b.json` is `a/b.json`.
 * A path without a trailing slash serves only a file of that name (the site's URLs end in /).
 */
export function fileOfPath(path: string): string {
  const relative = path.replace(/^\//, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** The URL path of an HTML file of the build: `a/index.html` is `/a/`. */
export function pathOfFile(file: string): string {
  return `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
}

export interface LinkProblem {
  /** The page (URL path) the link is on. */
  page: string;
  where: string;
  value: string;
  reason: string;
}

export interface BuiltFiles {
  /** Every file of the build, relative to its root, with forward slashes. */
  files: ReadonlySet<string>;
  /** The facts of every HTML file, by its file name. */
  pages: ReadonlyMap<string, PageFacts>;
}

/**
 * Every internal link of every page that does not resolve, with the reason. `base` is the path the
 * site is served under (src/lib/base-path.ts): a link must stay under it, and names the file of the
 * build without it.
 */
export function checkLinks(site: BuiltFiles, siteOrigin: string, base = '/'): LinkProblem[] {
  const problems: LinkProblem[] = [];
  for (const [file, facts] of site.pages) {
    const page = pathOfFile(file);
    for (const link of facts.links) {
      const reason = whyBroken(site, page, link.value, siteOrigin, base);
      if (reason !== undefined) problems.push({ page, where: link.where, value: link.value, reason });
    }
  }
  return problems;
}

/** Why a link is broken, or undefined when it resolves (or leaves the site). */
export function whyBroken(site: BuiltFiles, page: string, value: string, siteOrigin: string, base = '/'): string | undefined {
  if (/^\s*(?:javascript|vbscript):/i.test(value)) return 'a script URL';
  // Resolved where the page is served (under the base), looked up without it.
  const served = internalTarget(underBase(base, page), value, siteOrigin);
  if (served === undefined) return undefined;
  const path = withoutBase(base, served.path);
  if (path === undefined) return `${served.path} is outside the site's base path ${base}`;
  const target = { ...served, path };
  const file = fileOfPath(target.path);
  if (!site.files.has(file)) return `the build has no file ${file}`;
  if (target.id === undefined) return undefined;
  let facts = site.pages.get(file);
  if (facts === undefined) return `#${target.id} points into ${file}, which is not an HTML page`;
  // A redirect page has no content: the fragment must be on the page it redirects to.
  if (facts.refresh !== undefined && !facts.ids.has(target.id)) {
    const redirect = internalTarget(served.path, facts.refresh, siteOrigin);
    const redirectPath = redirect && withoutBase(base, redirect.path);
    facts = redirectPath === undefined ? undefined : site.pages.get(fileOfPath(redirectPath));
    if (facts === undefined) return `${file} redirects to ${site.pages.get(file)?.refresh}, which is not a page of the build`;
  }
  return facts.ids.has(target.id) ? undefined : `${target.path} has no element with id="${target.id}"`;
}

/** One line per problem: `page  where="value": reason`. */
export function describeProblems(problems: readonly LinkProblem[]): string {
  return problems.map((problem) => `${problem.page}  ${problem.where}="${problem.value}": ${problem.reason}`).join('\n');
}
