// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { dataFiles } from './src/data/data-files.ts';
import { stringMemo } from './src/data/string-memo.ts';
import { contentCheck } from './src/data/content-check.ts';
import { cacheRoot, isDraftUrl, sitePathBase } from './src/data/content-root.ts';
import { entityRedirects } from './src/data/entity-redirects.ts';
import { keptPages } from './src/data/kept-pages.ts';
import { baseLinks } from './src/data/base-links.ts';
import { searchIndex } from './src/data/search-index.ts';
import { siteOrigin } from './src/lib/site-origin.ts';

export default defineConfig({
  // Where the edition is published; canonical URLs and citations are built from it. Without
  // GLOSSA_SITE, the local server's address (src/lib/site-origin.ts): never a placeholder.
  site: siteOrigin(process.env.GLOSSA_SITE),
  // The path it is served under (GLOSSA_BASE, or the path of GLOSSA_SITE): a GitHub Pages project site.
  base: sitePathBase,
  trailingSlash: 'always',
  // Builds of other content folders (test fixtures, generated archives) keep their own content cache.
  cacheDir: cacheRoot,
  // The stylesheet is a file, kept by the reader's browser across a visit: inlined, its 11 KB were
  // on every page (a fifth of all HTML at 5,000 articles); the theme script is inlined instead.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Pages whose cacheKey (src/lib/page-keys.ts) and code are unchanged are kept from the last
  // build instead of being rendered again (left in dist/ by glossa:kept-pages; under a base path, copied from cacheDir).
  experimental: { incrementalBuild: true },
  integrations: [
    // The content check, first: content that fails it stops the build before anything reads or writes.
    contentCheck(),
    // A rebuild leaves the last build's pages in dist/ rather than Astro copying them back from its
    // cache; first, so that its build:done hook runs before the others write.
    keptPages(),
    // Other spellings of an entity redirect to its page (static pages and dist/_redirects).
    entityRedirects(),
    // The canonical pages only, no data files (the redirect pages are not Astro's: src/data/entity-redirects.ts).
    sitemap({ filter: (url) => url.endsWith('/') && !isDraftUrl(url) }),
    // Each article's JSON and Web Annotations, written from the corpus (not Astro routes: see the module).
    dataFiles(),
    // Pagefind's index of the built pages and of each article's record, from the same corpus.
    searchIndex(),
    // Under a base path, every page's links to the site put under it; when every page is written.
    baseLinks(),
    // Formatted citations, the chronology items' digests and pages' and search records' keys are
    // kept in cacheDir between builds; last, so that it saves what the data files and the search index made too.
    stringMemo(),
  ],
});
