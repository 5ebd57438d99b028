// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfmLinear from './src/lib/gfm.ts';
import { entityRedirects, redirectPaths } from './src/data/entity-redirects.ts';

export default defineConfig({
  // Where the edition is published; canonical URLs and citations are built from it.
  site: process.env.GLOSSA_SITE ?? 'https://glossa.example.org',
  trailingSlash: 'always',
  // Builds of other content folders (test fixtures, generated archives) keep their own content cache.
  cacheDir: process.env.GLOSSA_CACHE_DIR ?? './node_modules/.astro',
  // The stylesheet is inlined: one request fewer on every page (it is about 3 KB gzip).
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    // Other spellings of an entity redirect to its page (static pages and dist/_redirects).
    entityRedirects(),
    // The canonical pages only: no redirect pages, no data files.
    sitemap({ filter: (url) => url.endsWith('/') && !redirectPaths.has(new URL(url).pathname) }),
  ],
  markdown: {
    // Astro 7's default processor ignores remark plugins; GFM (footnotes, tables) needs unified.
    // GFM comes from src/lib/gfm.ts (remark-gfm's parse grows with the square of a block's length);
    // `gfm: false` stops MDX adding remark-gfm a second time. Smart punctuation is off: the
    // original's text must reach the page byte for byte.
    processor: unified({ remarkPlugins: [remarkGfmLinear], gfm: false, smartypants: false }),
  },
});
