/**
 * Every internal link of the built site resolves: each href/src/action/refresh target that stays on
 * the site (relative, /-rooted or of the site's own origin) names a file of the build, and each
 * #fragment (a text fragment counts as its anchor) an id on the page it names. Redirect pages are
 * checked too, and a fragment through one is looked up on its target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkLinks, describeProblems, internalTarget, pathOfFile, readPage, type PageFacts } from '../../src/lib/link-check.ts';
import { DIST, distFiles } from '../dist-pages.ts';

const files = distFiles();
const pages = new Map<string, PageFacts>(files.filter((file) => file.endsWith('.html')).map((file) => [file, readPage(readFileSync(join(DIST, file), 'utf8'))]));
// The site's origin, as its own canonical links give it (GLOSSA_SITE at build time).
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
const siteOrigin = new URL(canonical ?? 'missing:').origin;

describe('internal links of the built site', () => {
  test('every internal link and #fragment resolves to a file and an id of the build', () => {
    expect(canonical, 'dist/index.html has a canonical link').toBeDefined();
    const problems = checkLinks({ files: new Set(files), pages }, siteOrigin);
    if (problems.length > 0) expect.fail(`${problems.length} broken internal links:\n${describeProblems(problems)}`);
  });

  test('the check covers the site: every page, fragments, text fragments and citation files', () => {
    const links = [...pages].flatMap(([file, facts]) => facts.links.map((link) => internalTarget(pathOfFile(file), link.value, siteOrigin)));
    expect(pages.size).toBeGreaterThan(40);
    expect(links.filter((target) => target?.id !== undefined).length).toBeGreaterThan(100);
    const all = [...pages.values()].flatMap((facts) => facts.links.map((link) => link.value));
    expect(all.some((value) => value.includes('#p3:~:text='))).toBe(true);
    expect(all.some((value) => value.startsWith('data:application/x-bibtex;'))).toBe(true);
  });

  test('the open data the README lists exists for every article and every entity', () => {
    const content = process.env['GLOSSA_CONTENT'] ?? 'content';
    const slugs = (folder: string, extension: string) =>
      readdirSync(join(content, folder)).filter((name) => name.endsWith(extension)).map((name) => name.slice(0, -extension.length));
    const expected = ['data/entities.json'];
    for (const slug of slugs('articles', '.mdx')) expected.push(`data/articles/${slug}.json`, `data/annotations/${slug}.jsonld`);
    for (const slug of slugs('entities', '.yaml')) expected.push(`data/entities/${slug}.json`);
    const present = new Set(files);
    expect(expected.filter((file) => !present.has(file))).toEqual([]);
    expect(expected.length).toBeGreaterThan(2);
  });
});
