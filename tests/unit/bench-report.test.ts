/** The scale benchmark's arithmetic: CPU per page against the control, with and without the search indexer, and the targets' verdicts. */
import { describe, expect, test } from 'vitest';
import type { Measured } from '../../tools/bench/measure.ts';
import { cpuPerPageToControl, cpuPerPageToControlWithoutSearch, rebuildShare, resultsTable, searchIndexerCpu, targetLines, type SizeResult } from '../../tools/bench/report.ts';
import { FILE_KINDS, type SiteStats } from '../../tools/bench/site-stats.ts';

const measured = (cpuSeconds: number, cpuSecondsByProcess: Record<string, number> = {}): Measured => ({
  seconds: cpuSeconds,
  cpuSeconds,
  peakBytes: 2 * 1024 ** 3,
  peakProcess: 'MainThread',
  cpuSecondsByProcess,
  load: [0, 0],
});

const site = (pages: number): SiteStats => ({
  pages,
  bytes: 900 * 1024 ** 2,
  files: 30_000,
  byKind: Object.fromEntries(FILE_KINDS.map((kind) => [kind, { files: 0, bytes: 0 }])) as SiteStats['byKind'],
  largestPage: { path: '/index.html', bytes: 1 },
  articlePage: { bytes: 1, links: 1 },
  largestNamesFile: 1,
});

const query = { query: 'border', bytes: 300 * 1024, requests: 10, results: '', byKind: {} };

/**
 * A 5,000-article run: 15,000 pages for 150 s of CPU, of which Pagefind's indexer 30 s and 10 s in a
 * process of another name (the tree sums by name); the control 5,000 pages for 12.5 s.
 */
function result(overrides: { cpu?: number; byProcess?: Record<string, number>; rebuildCpu?: number } = {}): SizeResult {
  const byProcess = overrides.byProcess ?? { MainThread: 110, pagefind_extend: 30, 'tokio-rt-worker': 10 };
  return {
    articles: 5000,
    entities: 2700,
    build: measured(overrides.cpu ?? 150, byProcess),
    site: site(15_000),
    pagesArtifactBytes: 200 * 1024 ** 2,
    search: { cold: query, warm: query, coldName: query },
    annotationRebuild: { build: measured(overrides.rebuildCpu ?? 12), file: 'articles/a.mdx', what: 'a sentence' },
    entityRebuild: { build: measured(12), file: 'entities/b.yaml', what: 'the summary' },
    control: { build: measured(12.5), site: site(5000) },
  };
}

describe('CPU per page against the control', () => {
  test.each([
    // [build CPU, Pagefind's share by process name, ratio, ratio without the indexer]
    [150, { MainThread: 120, pagefind_extend: 30 }, 4, 3.2],
    [150, { MainThread: 100, pagefind_extend: 20, pagefind_extended: 30 }, 4, 8 / 3],
    [75, { MainThread: 75 }, 2, 2],
  ])('%s s of CPU, by process %j: %s×, %s× without the search indexer', (cpu, byProcess, ratio, withoutSearch) => {
    const r = result({ cpu, byProcess });
    expect(cpuPerPageToControl(r)).toBeCloseTo(ratio, 6);
    expect(cpuPerPageToControlWithoutSearch(r)).toBeCloseTo(withoutSearch, 6);
  });

  test('the search indexer is the processes Pagefind names, not other threads or processes', () => {
    expect(searchIndexerCpu(result({ byProcess: { MainThread: 100, pagefind_extend: 25, 'tokio-rt-worker': 10, 'libuv-worker': 5 } }))).toBe(25);
  });

  test('without a control there is no ratio, and the table shows the cell as not measured', () => {
    const { control: _skipped, ...r } = result();
    expect(cpuPerPageToControl(r)).toBeUndefined();
    expect(cpuPerPageToControlWithoutSearch(r)).toBeUndefined();
    expect(resultsTable([r])).toMatch(/\| – the same, the search indexer’s CPU left out \| – \|/);
  });

  test('the table prints both ratios and the indexer’s CPU', () => {
    const table = resultsTable([result()]);
    expect(table).toMatch(/\| – Glossa to control \| 4\.0× \|/);
    expect(table).toMatch(/\| – the same, the search indexer’s CPU left out \| 3\.2× \|/);
    expect(table).toMatch(/\| – of which the search indexer \(Pagefind’s processes\) \| 30\.0 s \|/);
  });
});

describe('targets', () => {
  test('the CPU target is missed at 4× and met at 3×, whatever the ratio without the indexer', () => {
    expect(targetLines({ sizes: [result()] })[0]).toMatch(/4\.0× \(10\.0 ms against 2\.5 ms\): \*\*missed\*\*/);
    expect(targetLines({ sizes: [result({ cpu: 112.5, byProcess: { MainThread: 112.5 } })] })[0]).toMatch(/3\.0× .*: met/);
  });

  test('the rebuild’s share is of the cold build’s CPU, and a share just over 10% is missed, not rounded to it', () => {
    expect(rebuildShare(result().annotationRebuild, result())).toBeCloseTo(0.08, 6);
    expect(targetLines({ sizes: [result({ rebuildCpu: 15.01 })] })[1]).toMatch(/10\.01% .*: \*\*missed\*\*/);
    expect(targetLines({ sizes: [result({ rebuildCpu: 15 })] })[1]).toMatch(/10\.00% .*: met/);
  });
});
