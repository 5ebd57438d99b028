/**
 * `npm run build`: `astro build` (the content check first: src/data/content-check.ts), with Node's heap sized to the archive.
 *
 * Left to itself, V8 lets a long build's garbage grow towards its default limit of about 4 GB
 * before it collects: at 5,000 articles the build peaked at 4.46 GB although what it holds at
 * any time is far less. Past that limit, a larger archive would not build at all. So the heap gets
 * room for what the build holds, about 0.1 MB per article once read (measured: 0.098 MB at 1,000
 * articles), doubled for headroom, on top of a fixed 1 GB: 2 GB at 5,000 articles. A large archive
 * holds more per article while its pages are written (3.5 GB live at 20,000 articles, 0.17 MB
 * each, read from the running build), and a limit too close to that makes the collector run all
 * the time: under 5 GB the 20,000-article build crawled, with 10 GB it finished in 42 minutes. So
 * the limit is also at least 0.5 MB per article less 500 MB (about 2.7 times that live heap):
 * unchanged up to 5,000 articles, 9.5 GB at 20,000.
 *
 *   node --experimental-strip-types scripts/build.ts [outDir] [--publish]   (GLOSSA_CONTENT as for the build)
 *
 * `--publish` (`npm run build:publish`) builds a site to put on a host: it refuses to run without
 * GLOSSA_SITE, or with a placeholder or local origin (src/lib/site-origin.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCAL_ORIGIN, publishingOriginProblem } from '../src/lib/site-origin.ts';

const publish = process.argv.includes('--publish');
if (publish) {
  const problem = publishingOriginProblem(process.env.GLOSSA_SITE);
  if (problem) {
    console.error(`npm run build:publish: ${problem}. Set it to the address readers will use, e.g. GLOSSA_SITE=https://edition.example-publisher.org/ npm run build:publish (README, "Publishing").`);
    process.exit(1);
  }
} else if (process.env.GLOSSA_SITE === undefined) {
  console.log(`Building for local use at ${LOCAL_ORIGIN} (npm start serves it there); to publish, set the site's address: GLOSSA_SITE=https://… npm run build:publish`);
}

const content = process.env.GLOSSA_CONTENT ?? 'content';
const folder = join(content, 'articles');
const articles = existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.mdx')).length : 0;
const heapMegabytes = Math.max(1024 + Math.ceil(0.2 * articles), Math.ceil(0.5 * articles) - 500);
const outDir = process.argv.slice(2).find((argument) => !argument.startsWith('--'));

const v8Flags = [
  `--max-old-space-size=${heapMegabytes}`,
  // A larger young generation: parsing and rendering make much short-lived garbage. Reading 1,000
  // articles took 48 s of CPU with V8's default 16 MB semi-spaces and 38 s with 64 MB under the old
  // JavaScript parser; with satteri, 16.9 s and 16.1 s. A whole cold build of 5,000 articles
  // (--trace-gc, one run each): 723 scavenges and 10 full collections with it, 800 and 18 without,
  // 148.5 against 160.5 s of user CPU. At 1,000 articles it made no difference (173 and 174 scavenges).
  '--max-semi-space-size=64',
  // Memory outside V8's heap (buffers: Astro's prerenderer copies each page's body through a
  // Response, files are read and written): by default V8 starts a full collection whenever it
  // grows by 64 MB, however much room the heap has. At 5,000 articles 35 of a cold build's 45 full
  // collections started so, each marking the 900 MB the build holds (34 s of the main thread's CPU
  // in all, --trace-incremental-marking). Counted within the heap's own limit instead, the build
  // made 13 (5.8 s), and took 214 s of CPU against 275 s, peak 2.5 against 2.2 GiB (BENCHMARKS.md).
  '--external-memory-accounted-in-global-limit',
];
// The content check is the build's first step, in Astro's process (src/data/content-check.ts):
// content that fails it stops the build before Astro writes a file.
const result = spawnSync(process.execPath, [...v8Flags, 'node_modules/astro/bin/astro.mjs', 'build', ...(outDir ? ['--outDir', outDir] : [])], { stdio: 'inherit' });
process.exit(result.status ?? 1);
