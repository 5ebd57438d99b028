/** The scale benchmark's figures as a table for the terminal and as BENCHMARKS.md. Pure: figures in, text out. */
import type { Measured } from './measure.ts';
import type { SearchBytes } from './search-bytes.ts';
import type { SiteStats } from './site-stats.ts';

export interface SizeResult {
  articles: number;
  entities: number;
  /** `astro build` and the search index step, each timed and measured. */
  astro: Measured;
  index: Measured;
  site: SiteStats;
  search: SearchBytes;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  node: string;
  os: string;
  date: string;
  /** The commit the site was built from (and whether files differed from it). */
  commit: string;
}

/** The targets of the issue, checked against the largest archive measured. */
export const TARGETS = { timeRatio: 55, peakBytes: 4 * 1024 ** 3, coldSearchBytes: 300 * 1024 } as const;

const seconds = (s: number) => (s < 100 ? `${s.toFixed(1)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);
const bytes = (n: number) => (n < 1024 ** 2 ? `${(n / 1024).toFixed(1)} KB` : n < 1024 ** 3 ? `${(n / 1024 ** 2).toFixed(1)} MB` : `${(n / 1024 ** 3).toFixed(2)} GB`);
const count = (n: number) => n.toLocaleString('en-US');

export const totalSeconds = (r: SizeResult) => r.astro.seconds + r.index.seconds;
export const peakBytes = (r: SizeResult) => Math.max(r.astro.peakBytes, r.index.peakBytes);
export const pagesPerSecond = (r: SizeResult) => r.site.pages / totalSeconds(r);

interface Row {
  label: string;
  value: (r: SizeResult) => number;
  format: (n: number) => string;
  /** Show the ratio to the smallest archive (not for the size of a fixed-size thing). */
  ratio?: boolean;
}

const ROWS: Row[] = [
  { label: 'Entities in the register', value: (r) => r.entities, format: count, ratio: true },
  { label: 'HTML pages', value: (r) => r.site.pages, format: count, ratio: true },
  { label: 'Build wall time (astro build + search index)', value: totalSeconds, format: seconds, ratio: true },
  { label: '– astro build', value: (r) => r.astro.seconds, format: seconds, ratio: true },
  { label: '– search index (Pagefind)', value: (r) => r.index.seconds, format: seconds, ratio: true },
  { label: 'CPU time, user + system (whole build)', value: (r) => r.astro.cpuSeconds + r.index.cpuSeconds, format: seconds, ratio: true },
  { label: 'Peak memory (largest process)', value: peakBytes, format: bytes, ratio: true },
  { label: '– astro build', value: (r) => r.astro.peakBytes, format: bytes, ratio: true },
  { label: '– search index (its largest process, Pagefind’s indexer)', value: (r) => r.index.peakBytes, format: bytes, ratio: true },
  { label: 'Pages per second (whole build)', value: pagesPerSecond, format: (n) => n.toFixed(1), ratio: true },
  { label: 'Search index size', value: (r) => r.site.indexBytes, format: bytes, ratio: true },
  { label: 'Search index files', value: (r) => r.site.indexFiles, format: count, ratio: true },
  { label: 'dist/ size (search index included)', value: (r) => r.site.bytes, format: bytes, ratio: true },
  { label: 'dist/ files', value: (r) => r.site.files, format: count, ratio: true },
  { label: 'Largest HTML page', value: (r) => r.site.largestPage.bytes, format: bytes, ratio: true },
  { label: 'Cold search, a common word: bytes from /pagefind/', value: (r) => r.search.cold.bytes, format: bytes, ratio: true },
  { label: '– requests', value: (r) => r.search.cold.requests, format: count, ratio: true },
  { label: 'Cold search, a name: bytes from /pagefind/', value: (r) => r.search.coldName.bytes, format: bytes, ratio: true },
  { label: '– requests', value: (r) => r.search.coldName.requests, format: count, ratio: true },
  { label: 'Warm search (next word): bytes from /pagefind/', value: (r) => r.search.warm.bytes, format: bytes, ratio: true },
  { label: '– requests', value: (r) => r.search.warm.requests, format: count, ratio: true },
];

/** The figures as a Markdown table: one column per archive size, each cell with its ratio to the first. */
export function resultsTable(results: readonly SizeResult[]): string {
  const base = results[0]!;
  const header = `| | ${results.map((r) => `${count(r.articles)} articles`).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '---:').join(' | ')} |`;
  const lines = ROWS.map((row) => {
    const cells = results.map((r, index) => {
      const value = row.value(r);
      const ratio = row.ratio && index > 0 && row.value(base) > 0 ? ` (${(value / row.value(base)).toFixed(1)}×)` : '';
      return `${row.format(value)}${ratio}`;
    });
    return `| ${row.label} | ${cells.join(' | ')} |`;
  });
  return [header, rule, ...lines].join('\n');
}

/** Each target of the issue, met or missed, on the largest archive against the smallest. */
export function targetLines(results: readonly SizeResult[]): string[] {
  const base = results[0]!;
  const top = results.at(-1)!;
  const timeRatio = totalSeconds(top) / totalSeconds(base);
  const mark = (ok: boolean) => (ok ? 'met' : '**missed**');
  return [
    `- Build time grows linearly: ${count(top.articles)} articles take ${timeRatio.toFixed(1)}× the time of ${count(base.articles)} (target: at most ${TARGETS.timeRatio}×): ${mark(timeRatio <= TARGETS.timeRatio)}.`,
    `- Peak memory at ${count(top.articles)} articles: ${bytes(peakBytes(top))} (target: under ${bytes(TARGETS.peakBytes)}): ${mark(peakBytes(top) < TARGETS.peakBytes)}.`,
    `- Cold search at ${count(top.articles)} articles (target: under ${bytes(TARGETS.coldSearchBytes)} from /pagefind/): a name, “${top.search.coldName.query}”, ${bytes(top.search.coldName.bytes)}: ${mark(top.search.coldName.bytes < TARGETS.coldSearchBytes)}; a common word, “${top.search.cold.query}”, ${bytes(top.search.cold.bytes)}: ${mark(top.search.cold.bytes < TARGETS.coldSearchBytes)}.`,
  ];
}

/** Bytes of each kind of Pagefind file in the cold searches, per archive size. */
export function kindTable(results: readonly SizeResult[]): string {
  const kinds = ['script', 'wasm', 'meta', 'filter', 'index', 'fragment', 'other'];
  const columns = results.flatMap((r) => [
    { label: `${count(r.articles)}: “${r.search.cold.query}”`, byKind: r.search.cold.byKind },
    { label: `${count(r.articles)}: a name`, byKind: r.search.coldName.byKind },
  ]);
  const used = kinds.filter((kind) => columns.some((column) => (column.byKind[kind] ?? 0) > 0));
  return [
    `| Pagefind file | ${columns.map((column) => column.label).join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...used.map((kind) => `| ${kind} | ${columns.map((column) => bytes(column.byKind[kind] ?? 0)).join(' | ')} |`),
  ].join('\n');
}

/** BENCHMARKS.md. */
export function benchmarksMarkdown(results: readonly SizeResult[], machine: Machine, seed: string): string {
  const queries = results[0]!.search;
  return `# Benchmarks

Written by \`npm run bench:scale\` on ${machine.date}; every figure below was measured in that run.

**Code:** commit ${machine.commit}.

**Machine:** ${machine.cpus} CPU cores (${machine.cpuModel}), ${bytes(machine.memoryBytes)} memory, ${machine.os}, Node ${machine.node}.

**What was built:** synthetic archives from \`npm run corpus -- --articles N --seed ${seed}\` (six to twelve
paragraphs per article, each with context, analysis and aftermath notes; entities drawn with a Zipf-like
skew). Each is built cold (an empty Astro cache, a new output folder) exactly as \`npm run build\` builds
the site: \`astro build\`, then the search index (\`scripts/index-search.ts\`, Pagefind).

**How it was measured:** wall time by the benchmark's clock around each step, CPU time by GNU \`time\`; peak
memory is the largest resident set of any single process of the step (GNU \`time\`, and the high-water mark
of every process in the step's tree read from /proc, which catches Pagefind's indexer), not a sum. Search: the built site served by a static server on 127.0.0.1 that gzips text files as static hosts and CDNs do (tools/bench/static-server.ts), opened
in Chromium through Playwright with a new profile; the bytes are what Chromium received (body and headers)
for every \`/pagefind/\` request: a *cold* search opens \`/search/?q=…\` in a new profile, nothing cached, for a
common word (\`${queries.cold.query}\`) and, in another new profile, for the name of the person the archive names
most; the *warm* search then types \`${queries.warm.query}\` into the page of the first. Pagefind's script is sent
gzipped; its WebAssembly, metadata, index and fragments are compressed by Pagefind itself and sent as they are.
Facet counts are not part of a search: they load only when the reader opens the filters.

Other work on the machine slows the wall time, not the CPU time; the load average during each step is listed
below the table.

In brackets: the ratio to the ${results[0]!.articles}-article figure.

${resultsTable(results)}

${results.map((r) => `- ${count(r.articles)} articles: the largest process was ${r.astro.peakProcess} in astro build, ${r.index.peakProcess} in the search index`).join('\n')}
${results.map((r) => `- ${count(r.articles)} articles: load average ${r.astro.load[0].toFixed(1)} → ${r.astro.load[1].toFixed(1)} during astro build, ${r.index.load[0].toFixed(1)} → ${r.index.load[1].toFixed(1)} during the search index`).join('\n')}

## Targets

${targetLines(results).join('\n')}

## Where a cold search's bytes go

${kindTable(results)}

## Largest pages

${results.map((r) => `- ${count(r.articles)} articles: \`${r.site.largestPage.path}\`, ${bytes(r.site.largestPage.bytes)}`).join('\n')}

## Search results counted

${results.map((r) => `- ${count(r.articles)} articles: “${r.search.cold.query}”: ${r.search.cold.results} “${r.search.coldName.query}”: ${r.search.coldName.results} “${r.search.warm.query}”: ${r.search.warm.results}`).join('\n')}
`;
}
