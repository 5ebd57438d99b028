/** Where the content and the build's cache live, and the one way the site loads the corpus. */
import { join } from 'node:path';
import { siteBase, underBase, withoutBase } from '../lib/base-path.ts';
import { formatProblem } from '../lib/content-error.ts';
import { loadCorpus } from '../lib/content-files.ts';
import type { Corpus } from '../lib/corpus.ts';

/** GLOSSA_CONTENT points the build at another folder of the same layout (a fixture, a generated archive). */
export const contentRoot = process.env.GLOSSA_CONTENT ?? 'content';

/** Astro's cacheDir (astro.config.mjs): builds of other content folders keep their own. */
export const cacheRoot = process.env.GLOSSA_CACHE_DIR ?? './node_modules/.astro';

/** The path the site is served under (src/lib/base-path.ts): GLOSSA_BASE, or the path of GLOSSA_SITE. */
export const sitePathBase = siteBase(process.env.GLOSSA_BASE, process.env.GLOSSA_SITE);

/** The absolute URL of a site path (/articles/x/), under the base: every canonical, citation and data URL. */
export const absoluteUrl = (path: string, site: URL | string | undefined): string => new URL(underBase(sitePathBase, path), site).href;

/** Whether this build shows the drafts: `npm run dev` and `GLOSSA_DRAFTS=1 npm run build` do; a published site never. */
export const withDrafts = process.env.GLOSSA_DRAFTS === '1';

/** The content cache's folder: the build and `npm run check:content` share it. */
export const contentCacheDir = join(cacheRoot, 'glossa-content');

/** Whether a page's URL is a draft's (its article page or one under it): kept out of the sitemap. */
export function isDraftUrl(url: string): boolean {
  if (!withDrafts) return false;
  // The drafts' slugs, found once: the sitemap asks for every page of the site.
  draftSlugs ??= new Set(loadSiteCorpus().articles.filter((article) => article.meta.draft).map((article) => article.slug));
  const [, section, slug] = (withoutBase(sitePathBase, new URL(url, 'https://site.invalid').pathname) ?? '').split('/');
  return section === 'articles' && slug !== undefined && draftSlugs.has(slug);
}
let draftSlugs: Set<string> | undefined;

/**
 * Pins the content's reading for the rest of this process (LoadOptions.pinned): a build's content
 * check does, so that every page, export and search record is made from what it checked. On
 * globalThis: the pages' bundle has its own copy of this module.
 */
const PINNED = Symbol.for('glossa.pinnedReading');
export const pinSiteReading = (): void => {
  (globalThis as Record<symbol, unknown>)[PINNED] = true;
};

/**
 * The site's corpus: read once per process, each unchanged file from the content cache; its warnings
 * printed, but not those the build's content check printed already (src/data/content-check.ts).
 */
export const loadSiteCorpus = (): Corpus =>
  loadCorpus(contentRoot, {
    cacheDir: contentCacheDir,
    drafts: withDrafts,
    pinned: (globalThis as Record<symbol, unknown>)[PINNED] === true,
    warn: (warnings) => warnings.forEach((warning) => console.warn(`warning: ${formatProblem(warning)}`)),
  });
