/**
 * `npm run bench:scale [-- --sizes 100,1000,5000] [--seed S] [--out BENCHMARKS.md]`: builds the site
 * from generated archives of each size, as `npm run build` does, and measures the build (wall time,
 * peak memory, pages per second), the search index, dist/, and the bytes a browser fetches to search.
 * Prints the figures with their ratios to the smallest archive and writes them to BENCHMARKS.md.
 * Archives go to .corpus/<N>/ (reused when generated with the same seed), builds to .bench/<N>/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measureSearch } from './bench/search-bytes.ts';
import { runMeasured } from './bench/measure.ts';
import { benchmarksMarkdown, resultsTable, targetLines, type Machine, type SizeResult } from './bench/report.ts';
import { siteStats } from './bench/site-stats.ts';
import { serveStatic } from './bench/static-server.ts';
import { createRandom } from './corpus/random.ts';
import { defaultEntityCount, generateRegister } from './corpus/register.ts';
import { corpusOptionsIn, writeCorpus } from './corpus/write.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    seed: { type: 'string', default: 'glossa' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'cold-query': { type: 'string', default: 'border' },
    'warm-query': { type: 'string', default: 'pipeline' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers, e.g. 100,1000,5000 (got ${values.sizes})`);

// The build as package.json runs it; warn if that changes, since then this benchmark should follow.
const BUILD_SCRIPT = 'astro build && node --experimental-strip-types scripts/index-search.ts';
const buildScript = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.build;
if (buildScript !== BUILD_SCRIPT) console.warn(`Warning: npm run build is now "${buildScript}"; this benchmark runs "${BUILD_SCRIPT}".`);

const node = process.execPath;
// Which code is measured: the commit, and whether the work tree differed from it when the run began.
const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'astro.config.mjs', 'scripts', 'package.json') ? ' (with uncommitted changes)' : ''}`;
const log = (message: string) => console.log(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${message}`);
const results: SizeResult[] = [];

for (const articles of sizes) {
  const content = resolve('.corpus', String(articles));
  const existing = corpusOptionsIn(content);
  if (existing?.articles !== articles || existing.seed !== values.seed || existing.entities !== undefined) {
    log(`generating ${articles} articles into ${content}`);
    writeCorpus(content, { articles, seed: values.seed });
  }
  const entities = readdirCount(join(content, 'entities'));
  const work = resolve('.bench', String(articles));
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const dist = join(work, 'dist');
  const env = { GLOSSA_CONTENT: content, GLOSSA_CACHE_DIR: join(work, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' };

  log(`${articles} articles: astro build → ${dist}`);
  const astro = await runMeasured(node, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], env, join(work, 'astro-build.log'));
  log(`${articles} articles: astro build took ${astro.seconds.toFixed(1)} s (CPU ${astro.cpuSeconds.toFixed(1)} s), peak ${(astro.peakBytes / 1024 ** 2).toFixed(0)} MB; search index`);
  const index = await runMeasured(node, ['--experimental-strip-types', 'scripts/index-search.ts', dist], env, join(work, 'search-index.log'));
  log(`${articles} articles: search index took ${index.seconds.toFixed(1)} s (CPU ${index.cpuSeconds.toFixed(1)} s), peak ${(index.peakBytes / 1024 ** 2).toFixed(0)} MB; measuring search`);
  const site = siteStats(dist);
  const server = await serveStatic(dist);
  let search;
  try {
    search = await measureSearch(server.url, { cold: values['cold-query'], warm: values['warm-query'], name: frequentName(articles, values.seed) });
  } finally {
    await server.close();
  }
  const result: SizeResult = { articles, entities, astro, index, site, search };
  results.push(result);
  writeFileSync(join(work, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`${articles} articles: ${site.pages} pages, dist ${(site.bytes / 1024 ** 2).toFixed(0)} MB, cold search ${(search.cold.bytes / 1024).toFixed(1)} KB (a name: ${(search.coldName.bytes / 1024).toFixed(1)} KB), warm ${(search.warm.bytes / 1024).toFixed(1)} KB`);
}

const machine: Machine = {
  cpus: cpus().length,
  cpuModel: cpuModel(),
  memoryBytes: totalmem(),
  node: process.version,
  os: `${type()} ${release()}`,
  date: new Date().toISOString().slice(0, 10),
  commit,
};
console.log(`\n${resultsTable(results)}\n\n${targetLines(results).join('\n')}\n`);
writeFileSync(values.out, benchmarksMarkdown(results, machine, values.seed));
writeFileSync(join('.bench', 'results.json'), `${JSON.stringify({ machine, results }, null, 2)}\n`);
log(`wrote ${values.out}`);

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The name of the person the generated archive names most (first in the Zipf order), to search for. */
function frequentName(articles: number, seed: string): string {
  return generateRegister(createRandom(`${seed}/register`), defaultEntityCount(articles)).persons[0]!.name;
}

function readdirCount(directory: string): number {
  return readdirSync(directory).filter((name) => name.endsWith('.yaml')).length;
}

/** The CPU model as the kernel names it (Node's own name can be a generic one in virtual machines). */
function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'));
    if (line) return line.split(':')[1]!.trim();
  } catch {
    // not Linux
  }
  return cpus()[0]?.model ?? 'unknown';
}
