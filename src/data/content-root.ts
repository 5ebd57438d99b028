/** Where the content and the build's cache live, and the one way the site loads the corpus. */
import { join } from 'node:path';
import { formatProblem } from '../lib/content-error.ts';
import { loadCorpus } from '../lib/content-files.ts';
import type { Corpus } from '../lib/corpus.ts';

/** GLOSSA_CONTENT points the build at another folder of the same layout (a fixture, a generated archive). */
export const contentRoot = process.env.GLOSSA_CONTENT ?? 'content';

/** Astro's cacheDir (astro.config.mjs): builds of other content folders keep their own. */
export const cacheRoot = process.env.GLOSSA_CACHE_DIR ?? './node_modules/.astro';

/** The content cache's folder: the build and `npm run check:content` share it. */
export const contentCacheDir = join(cacheRoot, 'glossa-content');

/**
 * The site's corpus: read once per process, each unchanged file from the content cache; its warnings
 * printed, unless `npm run build`'s content check printed them already (scripts/build.ts).
 */
export const loadSiteCorpus = (): Corpus =>
  loadCorpus(contentRoot, {
    cacheDir: contentCacheDir,
    warn: (warnings) => {
      if (!process.env.GLOSSA_WARNINGS_PRINTED) warnings.forEach((warning) => console.warn(`warning: ${formatProblem(warning)}`));
    },
  });
