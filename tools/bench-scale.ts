/**
 * `npm run bench:scale [-- --sizes 100,1000,5000] [--seed S] [--out BENCHMARKS.md] [--skip control,long]`:
 * for generated archives of each size, builds the site cold as `npm run build` does (wall time, CPU,
 * peak memory, pages per second; dist/ by kind of file; the bytes a browser fetches to search),
 * rebuilds it after one annotation edit and after one entity edit, and builds a plain Astro control
 * site of as many pages of the same size; then builds a 60- and a 1,200-paragraph article. Prints the
 * figures, with their ratios and the issue's targets, and writes them to BENCHMARKS.md.
 * Archives go to .corpus/<N>/ and .corpus/long-<P>/ (reused when generated with the same options),
 * builds to .bench/<N>/, .bench/control-<N>/ and .bench/long-<P>/.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCommands, buildScript, runBuild } from './bench/build.ts';
import { buildControlSite, mainOutputOptions } from './bench/control-site.ts';
import { annotationEdit, entityEdit, withEdit, type Edit } from './bench/edits.ts';
import { deleteDiscarded, freshFolder } from './bench/fresh-folder.ts';
import { measureSearch } from './bench/search-bytes.ts';
import { benchmarksMarkdown, bytes, LONG_ARTICLE_PARAGRAPHS, terminalReport, type BenchRun, type LongArticleBuild, type Machine, type Rebuild, type SizeResult } from './bench/report.ts';
import { pagesArtifactBytes, siteStats } from './bench/site-stats.ts';
import { serveStatic } from './bench/static-server.ts';
import type { CorpusOptions } from './corpus/generate.ts';
import { createRandom } from './corpus/random.ts';
import { defaultEntityCount, generateRegister } from './corpus/register.ts';
import { corpusOptionsIn, writeCorpus } from './corpus/write.ts';

const SKIPPABLE = ['control', 'long'];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    seed: { type: 'string', default: 'glossa' },
    out: { type: 'string', default: 'BENCHMARKS.md' },
    'cold-query': { type: 'string', default: 'border' },
    'warm-query': { type: 'string', default: 'pipeline' },
    // For quick runs: `control` (the plain Astro site), `long` (the long-article pair).
    skip: { type: 'string', default: '' },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes takes whole numbers, e.g. 100,1000,5000 (got ${values.sizes})`);
const skip = new Set(values.skip.split(',').filter(Boolean));
for (const step of skip) if (!SKIPPABLE.includes(step)) throw new Error(`--skip takes ${SKIPPABLE.join(', ')} (got ${step})`);

const script = buildScript();
buildCommands(script, 'dist'); // fails now, not after the archives are generated, if the build is one this benchmark cannot follow
// The control follows the main config's output options; read before any build.
const controlOptions = skip.has('control') ? undefined : await mainOutputOptions();
// Which code is measured: the commit, and whether the work tree differed from it when the run began.
const commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'astro.config.mjs', 'scripts', 'package.json') ? ' (with uncommitted changes)' : ''}`;
const log = (message: string) => console.log(`[bench:scale ${new Date().toISOString().slice(11, 19)}] ${message}`);
const results: SizeResult[] = [];

for (const articles of sizes) {
  const content = ensureCorpus(resolve('.corpus', String(articles)), { articles, seed: values.seed });
  const entities = readdirSync(join(content, 'entities')).filter((name) => name.endsWith('.yaml')).length;
  const work = freshFolder(resolve('.bench', String(articles)));
  const dist = join(work, 'dist');
  const env = buildEnv(content, work);

  log(`${articles} articles: cold build → ${dist}`);
  const build = await runBuild(dist, env, join(work, 'build.log'));
  log(`${articles} articles: cold build took ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s), peak ${bytes(build.peakBytes)}; measuring search`);
  const site = siteStats(dist);
  const pagesArtifact = pagesArtifactBytes(dist);
  const search = await searchBytes(dist, articles);

  // Each rebuild follows one edit: the entity is edited with the annotation still edited.
  const rebuild = async (edit: Edit, name: string): Promise<Rebuild> => {
    log(`${articles} articles: rebuild (${edit.what})`);
    const measured = await runBuild(dist, env, join(work, `rebuild-${name}.log`));
    log(`${articles} articles: rebuild took ${measured.seconds.toFixed(1)} s (CPU ${measured.cpuSeconds.toFixed(1)} s, ${((measured.cpuSeconds / build.cpuSeconds) * 100).toFixed(1)}% of cold)`);
    return { build: measured, file: relative(content, edit.file), what: edit.what };
  };
  const annotation = annotationEdit(content);
  const [annotationRebuild, entityRebuild] = await withEdit(annotation, async () => {
    const first = await rebuild(annotation, 'annotation');
    const entity = entityEdit(content);
    return [first, await withEdit(entity, () => rebuild(entity, 'entity'))] as const;
  });

  const result: SizeResult = { articles, entities, build, site, pagesArtifactBytes: pagesArtifact, search, annotationRebuild, entityRebuild };
  if (controlOptions) {
    const shape = { pages: site.byKind.article.files, pageBytes: Math.round(site.articlePage.bytes), links: Math.round(site.articlePage.links) };
    log(`${articles} articles: control, ${shape.pages} plain Astro pages of ${shape.pageBytes} bytes and ${shape.links} links`);
    result.control = await buildControlSite(resolve('.bench', `control-${articles}`), shape, controlOptions);
    log(`${articles} articles: control took ${result.control.build.seconds.toFixed(1)} s (CPU ${result.control.build.cpuSeconds.toFixed(1)} s)`);
  }
  results.push(result);
  writeFileSync(join(work, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  log(`${articles} articles: ${site.pages} pages, dist ${bytes(site.bytes)} in ${site.files} files, cold search ${bytes(search.cold.bytes)} (a name: ${bytes(search.coldName.bytes)}), warm ${bytes(search.warm.bytes)}`);
}

let longArticle: [LongArticleBuild, LongArticleBuild] | undefined;
if (!skip.has('long')) {
  const builds: LongArticleBuild[] = [];
  for (const paragraphs of LONG_ARTICLE_PARAGRAPHS) {
    const content = ensureCorpus(resolve('.corpus', `long-${paragraphs}`), { articles: 1, seed: values.seed, paragraphs });
    const work = freshFolder(resolve('.bench', `long-${paragraphs}`));
    log(`one article of ${paragraphs} paragraphs: cold build`);
    const build = await runBuild(join(work, 'dist'), buildEnv(content, work), join(work, 'build.log'));
    log(`one article of ${paragraphs} paragraphs: took ${build.seconds.toFixed(1)} s (CPU ${build.cpuSeconds.toFixed(1)} s), peak ${bytes(build.peakBytes)}`);
    builds.push({ paragraphs, build, site: siteStats(join(work, 'dist')) });
  }
  longArticle = [builds[0]!, builds[1]!];
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
const run: BenchRun = { machine, seed: values.seed, buildScript: script, sizes: results, ...(longArticle ? { longArticle } : {}) };
console.log(`\n${terminalReport(run)}\n`);
writeFileSync(values.out, benchmarksMarkdown(run));
writeFileSync(join('.bench', 'results.json'), `${JSON.stringify(run, null, 2)}\n`);
log(`wrote ${values.out}`);
// The cold builds' empty folders (freshFolder, a cold build has no cache and no earlier output) left the last run's aside until now.
deleteDiscarded(resolve('.bench'));

/** The archive with these options in `folder`, generated unless it is there already. */
function ensureCorpus(folder: string, options: CorpusOptions): string {
  const existing = corpusOptionsIn(folder);
  const same = existing?.articles === options.articles && existing.seed === options.seed && existing.entities === options.entities && existing.paragraphs === options.paragraphs;
  if (!same) {
    log(`generating ${options.articles} article${options.articles === 1 ? '' : 's'}${options.paragraphs ? ` of ${options.paragraphs} paragraphs` : ''} into ${folder}`);
    writeCorpus(folder, options);
  }
  return folder;
}

/** What the build reads from the environment: the content folder and the cache folder (kept in `work` for the rebuilds). */
function buildEnv(content: string, work: string): Record<string, string> {
  return { GLOSSA_CONTENT: content, GLOSSA_CACHE_DIR: join(work, 'astro-cache'), ASTRO_TELEMETRY_DISABLED: '1' };
}

/** The built site served as a static host would, searched in Chromium. */
async function searchBytes(dist: string, articles: number) {
  const server = await serveStatic(dist);
  try {
    return await measureSearch(server.url, { cold: values['cold-query'], warm: values['warm-query'], name: frequentName(articles, values.seed) });
  } finally {
    await server.close();
  }
}

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
