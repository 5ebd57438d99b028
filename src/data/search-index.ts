/** The Astro binding of src/lib/search-index.ts: once the pages are written, the search index is built from the same corpus. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeSearchIndex } from '../lib/search-index.ts';
import { cacheRoot, loadSiteCorpus, sitePathBase } from './content-root.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'glossa:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // The reading the pages were built from, kept by loadCorpus for this process.
        const { entities, articles, chronology, parts, reused, changed } = await writeSearchIndex(fileURLToPath(dir), loadSiteCorpus(), { base: sitePathBase, cacheDir: cacheRoot });
        const what = `${entities} entities, ${articles} articles${chronology ? ' and the chronology' : ''}`;
        const inParts = parts > 1 ? ` in ${parts} parts (${reused} kept from the cache)` : reused ? ' (kept from the cache)' : '';
        const changes = changed ? `, ${changed} changed ${changed === 1 ? 'record' : 'records'} indexed apart` : '';
        logger.info(`Search index: ${what}${inParts}${changes} in ${Math.round(performance.now() - started)} ms → pagefind/`);
      },
    },
  };
}
