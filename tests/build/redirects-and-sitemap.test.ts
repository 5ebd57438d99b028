/**
 * The built site (dist/) publishes a redirect for every other spelling of an entity, as a static
 * page and in _redirects, and a sitemap of the canonical pages only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadEntityRedirects } from '../../src/data/entity-redirects.ts';
import { readBuiltSite } from '../../src/lib/built-site.ts';
import { parseHostRedirects } from '../../src/lib/url-lock.ts';

const DIST = 'dist';
// The content the site was built from: GLOSSA_CONTENT or content/.
const redirects = loadEntityRedirects();
const site = readBuiltSite(DIST);

describe('redirects from other spellings of entities', () => {
  test('there are redirects for the spellings named in the issue', () => {
    const from = new Map(redirects.map((redirect) => [redirect.from, redirect.to]));
    if (process.env.GLOSSA_CONTENT) return; // these spellings are in content/ only
    expect(from.get('/entities/khairulloyev/')).toBe('/entities/sherali-khayrulloyev/');
    expect(from.get('/entities/momirak/')).toBe('/entities/momirak-range/');
    expect(from.get('/entities/tass/')).toBe('/entities/itar-tass/');
    expect(from.get('/entities/aziya-plyus/')).toBe('/entities/asia-plus/');
    expect(from.get('/entities/sherali-khayrulloev/')).toBe('/entities/sherali-khayrulloyev/');
  });

  test('each is a static redirect page: a meta refresh and a canonical link to the entity', () => {
    const pages = new Map(site.pages.map((page) => [page.path, page]));
    for (const redirect of redirects) {
      expect(pages.get(redirect.from)?.redirect, redirect.from).toBe(redirect.to);
      expect(pages.get(redirect.to)?.redirect, `${redirect.to} is an entity page`).toBeUndefined();
      const html = readFileSync(join(DIST, redirect.from, 'index.html'), 'utf8');
      expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"/]+${redirect.to}">`));
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${redirect.to}">`);
    }
  });

  test('dist/_redirects lists each of them, permanent (301), and nothing else', () => {
    expect(parseHostRedirects(readFileSync(join(DIST, '_redirects'), 'utf8'))).toEqual(redirects.map((redirect) => ({ from: redirect.from, to: redirect.to, status: 301 })));
  });
});

describe('the sitemap', () => {
  const locs = (file: string): string[] => [...readFileSync(join(DIST, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);

  test('lists every canonical page of the build, and no redirect page', () => {
    expect(existsSync(join(DIST, 'sitemap-index.xml')), 'dist/sitemap-index.xml').toBe(true);
    const listed = locs('sitemap-index.xml').flatMap((sitemap) => locs(sitemap));
    // Pages, not the published files (data exports) that readBuiltSite also lists.
    const canonical = site.pages.filter((page) => page.redirect === undefined && page.path.endsWith('/')).map((page) => page.path);
    expect(listed.sort()).toEqual(canonical.sort());
    expect(canonical.length).toBeGreaterThan(40);
  });
});

test('robots.txt lets every page be indexed and names the sitemap at the site’s origin', () => {
  const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  expect(robots).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemap).toBeDefined();
  expect(new URL(sitemap!).pathname).toBe('/sitemap-index.xml');
  expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
});
