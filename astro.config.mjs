// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  // Where the edition is published; canonical URLs and citations are built from it.
  site: process.env.GLOSSA_SITE ?? 'https://glossa.example.org',
  trailingSlash: 'always',
  // Builds of other content folders (test fixtures, generated archives) keep their own content cache.
  cacheDir: process.env.GLOSSA_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    // Astro 7's default processor ignores remark plugins; GFM (footnotes, tables) needs unified.
    // Smart punctuation is off: the original's text must reach the page byte for byte.
    processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
  },
});
