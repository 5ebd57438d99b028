/**
 * An incremental build publishes exactly what a cold build would: after editing an annotation, an
 * entity's summary and another entity's name in a small generated archive, a rebuild that reuses
 * the previous build's pages gives a dist/ equal, byte for byte outside pagefind/, to a cold build
 * of the edited archive (one of its articles withdrawn). And it did reuse pages and data files, in
 * place: the test would pass trivially if it rendered and wrote all. Under a base path, whose data
 * files give other URLs, a rebuild into the output folder of a build without it comes out as a
 * cold build under it does.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { annotationEdit, entityEdit } from '../../tools/bench/edits.ts';
import { writeCorpus } from '../../tools/corpus/write.ts';
import { filesUnder } from '../dist-pages.ts';

import { buildSite, scratchFolder } from './site-build.ts';

const workspace = scratchFolder('incremental');

function build(content: string, cache: string, outDir: string, env: Record<string, string> = {}): string {
  const { status, output } = buildSite(content, cache, outDir, env);
  expect(status, output).toBe(0);
  return output;
}

/** Every file of a built site outside pagefind/, by path, with its bytes. */
const files = (dist: string): Map<string, Buffer> =>
  new Map(filesUnder(dist).filter((path) => !path.startsWith('pagefind/')).map((path) => [path, readFileSync(join(dist, path))]));

/** The paths of the files that differ between two built sites (outside pagefind/), after their lists are the same. */
function differences(dist: string, cold: string): string[] {
  const got = files(dist);
  const expected = files(cold);
  expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
  return [...expected].filter(([path, bytes]) => !bytes.equals(got.get(path)!)).map(([path]) => path);
}

/** How many data files a build wrote and how many it found unchanged in the output folder (glossa:data-files' line). */
function dataFiles(output: string): { written: number; unchanged: number } {
  const [, written, unchanged] = /data files of articles and entities \((\d+) written, (\d+) unchanged/.exec(output) ?? [];
  return { written: Number(written), unchanged: Number(unchanged) };
}

test('a rebuild after edits equals a cold build of the edited content, and reuses the pages the edits do not touch', () => {
  const content = join(workspace, 'content');
  // Enough articles for every kind of keyed page: ledger and edition pages beyond the first, the chronology by year.
  writeCorpus(content, { articles: 60, seed: 'incremental' }, 'content');
  // The same cache and output folder each time, as `npm run build` uses them (Astro's cache is keyed by the config, outDir included).
  const cache = join(workspace, 'cache');
  const dist = join(workspace, 'dist');
  build(content, cache, dist);
  // Astro copies no page into the cache folder: they are kept in place (src/data/kept-pages.ts).
  expect(existsSync(join(cache, 'dist')), "Astro's copies of the pages").toBe(false);
  // A page removed from dist/ by hand, with nothing changed and no copy to restore it from, is
  // rendered again, as it was, and no other article's page (unkeyed pages, such as the home page, are rendered by every build).
  const removed = join('articles', readdirSync(join(content, 'articles')).sort().at(-1)!.replace(/\.mdx$/, ''), 'index.html');
  const page = readFileSync(join(dist, removed));
  rmSync(join(dist, removed));
  const unchanged = build(content, cache, dist);
  const renderedAgain = unchanged.split('\n').flatMap((line) => /├─ (\S+) \(\+\d/.exec(line)?.[1] ?? []);
  expect(renderedAgain.filter((path) => path.startsWith('/articles/'))).toEqual([`/${removed}`]);
  expect(readFileSync(join(dist, removed)).equals(page), 'the page removed by hand, rendered again').toBe(true);

  for (const edit of [annotationEdit(content), entityEdit(content)]) writeFileSync(edit.file, edit.text);
  // A renamed entity changes the links to it on every page that names it (their title attribute).
  const renamed = join(content, 'entities', readdirSync(join(content, 'entities')).sort()[0]!);
  writeFileSync(renamed, readFileSync(renamed, 'utf8').replace(/^name: (.*)$/m, 'name: $1 (renamed)'));
  // A withdrawn article: its pages, kept in dist/ from the first build, must not outlive it.
  const withdrawn = readdirSync(join(content, 'articles')).sort()[1]!.replace(/\.mdx$/, '');
  for (const file of [join(content, 'articles', `${withdrawn}.mdx`), join(content, 'sources', `${withdrawn}.txt`)]) rmSync(file);

  // An output folder that is a worktree of a Pages branch keeps its .git.
  mkdirSync(join(dist, '.git'));
  writeFileSync(join(dist, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n');

  const incremental = build(content, cache, dist);
  build(content, join(workspace, 'cold-cache'), join(workspace, 'cold'));

  // Left where they were, not copied back from the cache.
  const reused = incremental.split('\n').filter((line) => /├─.*\(cached\)/.test(line)).length;
  const rendered = incremental.split('\n').filter((line) => /├─.*\(\+\d/.test(line)).length;
  expect(reused, 'pages left in place from the first build').toBeGreaterThan(200);
  for (const kind of ['/chronology/20', '/sources/page/2/', '/articles/', '/entities/', '/mentions/']) expect(incremental, `a ${kind} page`).toContain(kind);
  expect(rendered, 'pages rendered again').toBeGreaterThan(0);
  // The files of the edited articles and entities and of those the withdrawn article named, not the others.
  const data = dataFiles(incremental);
  expect(data.written, 'data files written again').toBeGreaterThan(0);
  expect(data.unchanged, 'data files left in place').toBeGreaterThan(data.written);

  expect(existsSync(join(dist, 'articles', withdrawn)), `the withdrawn article's folder`).toBe(false);
  expect(readFileSync(join(dist, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n');
  rmSync(join(dist, '.git'), { recursive: true });
  expect(differences(dist, join(workspace, 'cold'))).toEqual([]);
}, 300_000);

test('under a base path, a rebuild into the output of a build without it, and one with nothing changed, equal a cold build under it', () => {
  const content = join(workspace, 'base-content');
  writeCorpus(content, { articles: 12, seed: 'incremental-base' }, 'content');
  const cache = join(workspace, 'base-cache');
  const dist = join(workspace, 'base-dist');
  const base = { GLOSSA_BASE: '/glossa/' };
  const first = dataFiles(build(content, cache, dist));
  // Every data file gives its URLs under the base: none is left from the build without it.
  expect(dataFiles(build(content, cache, dist, base))).toEqual({ written: first.written, unchanged: 0 });
  expect(dataFiles(build(content, cache, dist, base))).toEqual({ written: 0, unchanged: first.written });
  build(content, join(workspace, 'base-cold-cache'), join(workspace, 'base-cold'), base);
  expect(differences(dist, join(workspace, 'base-cold'))).toEqual([]);
}, 300_000);
