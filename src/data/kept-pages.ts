/**
 * A rebuild leaves the last build's pages in dist/ instead of copying them back from the cache.
 *
 * Astro empties the output folder before it builds, and its incremental build then copies every
 * page it skips from its cache folder (`(restored)`): at 5,000 articles, some 14,800 pages (about
 * 1 GB) copied for an edit that changes a few, and Astro's routes took 19.7 s of a 61 s rebuild
 * against 13.5 s with the pages left in place (BENCHMARKS.md). With Vite's `emptyOutDir` off, a page that is
 * already in dist/ is skipped where it lies (`(cached)`), so this integration empties the folder
 * itself: it keeps the pages Astro wrote at the end of the last build (listed in the cache folder)
 * and the folders other integrations keep up themselves (LEFT_TO_OWNERS), and removes everything
 * else; once the pages are written, it removes the kept pages this build did not write (a route
 * that is gone). Every other file (the bundle's assets, the redirect pages) is written again, as in
 * a cold build, and tests/build/incremental.test.ts holds a rebuild to a cold build's output, byte
 * for byte.
 *
 * Under a base path, nothing is kept, and the build leaves no list for the next: glossa:base-links
 * rewrites the pages after Astro has written them, so a kept page would be rewritten twice.
 *
 * With the pages kept in place, Astro's copy of each page in the cache folder serves only a page
 * missing from dist/ (removed by hand), which Astro renders again when it finds no copy. So the
 * copies are not written (withoutPageCopies): at 5,000 articles they were 822 MB (`du -sb`), a copy of
 * each keyed page among the 14,699 that Astro writes, made by every cold build beside dist/
 * (1,000 articles, three cold builds each way: 41.0 s of CPU with them, 39.4 s without; system
 * time 6.1 against 4.6 s).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { removeAllBut } from '../lib/output-files.ts';
import { cacheRoot, sitePathBase } from './content-root.ts';
import { DATA_FILE_FOLDERS } from './data-files.ts';

/** The pages of the last build: the output folder they were written to and their paths in it. */
interface KeptPages {
  outDir: string;
  pages: string[];
}

const LIST = join(cacheRoot, 'glossa-kept-pages.json');

/**
 * What emptying the output folder leaves alone, by path in it, each kept up by its owner: a .git
 * folder (an output folder that is a worktree of a Pages branch, as Astro's own emptying means to);
 * the data files' folders, where glossa:data-files writes only the files whose text changed and
 * removes those it did not make (the 12,706 files of a 5,000-article archive, removed here and
 * written again, were most of this folder's emptying); and the search index, which
 * src/lib/search-index.ts removes and writes whole itself. Under a base path too: none of them
 * holds a page that glossa:base-links rewrites.
 */
const LEFT_TO_OWNERS: ReadonlySet<string> = new Set(['.git', ...DATA_FILE_FOLDERS, 'pagefind']);

function readList(outDir: string): Set<string> {
  if (sitePathBase !== '/' || !existsSync(LIST)) return new Set();
  const list = JSON.parse(readFileSync(LIST, 'utf8')) as KeptPages;
  return new Set(list.outDir === outDir ? list.pages : []);
}

/** Removes a page, then its folders up to `root` that it leaves empty. */
function removePage(root: string, path: string): void {
  const top = resolve(root);
  rmSync(join(top, path), { force: true });
  for (let folder = dirname(join(top, path)); folder.startsWith(`${top}/`) && readdirSync(folder).length === 0; folder = dirname(folder)) rmdirSync(folder);
}

/** Where Astro's incremental build keeps its copies of the pages (astro/dist/core/build/incremental.js). */
const PAGE_COPIES = 'dist';

/**
 * Stops Astro's incremental build from copying each page it renders into the cache folder, and
 * removes the copies an earlier build left (a copy no longer written would go stale). Astro has no
 * option for it, so the method that writes a copy is replaced in Astro's own module (the one its
 * build imports); its restoring a page finds no copy and Astro renders the page instead. Throws if
 * Astro no longer has the method, rather than copying unnoticed; tests/build/incremental.test.ts
 * holds a rebuild to a cold build's output.
 */
async function withoutPageCopies(cacheDir: string): Promise<void> {
  const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const { IncrementalBuildCache } = (await import(pathToFileURL(join(astro, 'dist/core/build/incremental.js')).href)) as {
    IncrementalBuildCache?: { prototype: Record<string, unknown> };
  };
  const cache = IncrementalBuildCache?.prototype;
  if (typeof cache?.writeOutputFile !== 'function' || typeof cache.restoreOutputFile !== 'function') {
    throw new Error('glossa:kept-pages: Astro no longer has IncrementalBuildCache.writeOutputFile/restoreOutputFile (astro/dist/core/build/incremental.js); see src/data/kept-pages.ts, withoutPageCopies');
  }
  cache.writeOutputFile = async () => {};
  rmSync(join(cacheDir, PAGE_COPIES), { recursive: true, force: true });
}

export function keptPages(): AstroIntegration {
  let outDir = '';
  let kept = new Set<string>();
  let building = false;
  return {
    name: 'glossa:kept-pages',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        building = command === 'build';
        if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': async ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // Under a base path a skipped page is restored from its copy: nothing is kept in place there.
        if (building && sitePathBase === '/') await withoutPageCopies(fileURLToPath(config.cacheDir));
      },
      'astro:build:start': () => {
        kept = readList(outDir);
        removeAllBut(outDir, outDir, (path) => LEFT_TO_OWNERS.has(path) || kept.has(path));
      },
      // First of the integrations' build:done hooks: before any other writes a file where a page was.
      'astro:build:done': ({ assets, logger }) => {
        const written = new Set([...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url))));
        const gone = [...kept].filter((path) => !written.has(path));
        for (const path of gone) removePage(outDir, path);
        if (sitePathBase !== '/') rmSync(LIST, { force: true });
        else {
          mkdirSync(dirname(LIST), { recursive: true });
          writeFileSync(LIST, JSON.stringify({ outDir, pages: [...written].sort() } satisfies KeptPages));
        }
        logger.info(`${kept.size - gone.length} pages kept in place from the last build${gone.length ? `, ${gone.length} no longer built removed` : ''}`);
      },
    },
  };
}
