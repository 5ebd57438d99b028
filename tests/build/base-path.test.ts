/**
 * A site built under a base path (GLOSSA_BASE=/glossa/, as GitHub Pages serves a project site)
 * works entirely under it: every link resolves under the prefix (the link gate, base-aware), the
 * canonical, data, redirect, sitemap and robots URLs carry it, and in a browser, served by astro
 * preview under the prefix, the article, search and a redirect work.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, expect, test } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.ts';
import { checkLinks, describeProblems, readPage, type PageFacts } from '../../src/lib/link-check.ts';
import { distFiles } from '../dist-pages.ts';
import { buildSite, scratchFolder } from './site-build.ts';

const BASE = '/glossa/';
const PORT = 4393;
const workspace = scratchFolder('base');
const content = join(workspace, 'content');
cpSync('tests/fixtures/mini', content, { recursive: true });
appendFileSync(join(content, 'entities/dushanbe.yaml'), 'variants:\n  - Dyushambe\n');
const dist = join(workspace, 'dist');
const env = { GLOSSA_BASE: BASE };
const built = buildSite(content, join(workspace, 'cache'), dist, env);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

test('the build under /glossa/ succeeds, and every internal link resolves under the prefix', () => {
  expect(built.output).toContain('page(s) built');
  expect(built.status).toBe(0);
  const files = distFiles(dist);
  const pages = new Map<string, PageFacts>(files.filter((file) => file.endsWith('.html')).map((file) => [file, readPage(read(file))]));
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(read('index.html'))![1]!;
  expect(new URL(canonical).pathname).toBe(BASE);
  const problems = checkLinks({ files: new Set(files), pages }, new URL(canonical).origin, BASE);
  if (problems.length > 0) expect.fail(`${problems.length} broken links under ${BASE}:\n${describeProblems(problems)}`);
  // The gate is not vacuous: the same pages checked as if served at the root fail.
  expect(checkLinks({ files: new Set(files), pages }, new URL(canonical).origin).length).toBeGreaterThan(10);
});

test('canonical, citation, data, redirect, sitemap and robots URLs carry the prefix', () => {
  const article = read('articles/a-small-article/index.html');
  expect(article).toMatch(/<link rel="canonical" href="http[^"]*\/glossa\/articles\/a-small-article\/">/);
  expect(article).toContain('href="/glossa/entities/dushanbe/"');
  expect(article).toContain('<meta name="citation_fulltext_html_url" content="http');
  expect(/citation_fulltext_html_url" content="([^"]+)"/.exec(article)![1]).toContain('/glossa/articles/a-small-article/');
  expect(JSON.parse(read('data/articles/a-small-article.json')).url).toMatch(/\/glossa\/articles\/a-small-article\/$/);
  expect(read('_redirects')).toContain('/glossa/entities/dyushambe/ /glossa/entities/dushanbe/ 301');
  expect(read('entities/dyushambe/index.html')).toContain('content="0; url=/glossa/entities/dushanbe/"');
  expect(read('sitemap-0.xml')).toContain('/glossa/articles/a-small-article/</loc>');
  expect(read('robots.txt')).toMatch(/^Sitemap: http\S*\/glossa\/sitemap-index\.xml$/m);
});

let server: ChildProcess | undefined;
afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('served under /glossa/: the article, search and a redirect work in a browser', async () => {
  server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--outDir', dist], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ...env, GLOSSA_CONTENT: content, GLOSSA_CACHE_DIR: join(workspace, 'cache') },
  });
  const origin = `http://127.0.0.1:${PORT}`;
  for (let tries = 0; tries < 100 && !(await fetch(`${origin}${BASE}`).then((r) => r.ok, () => false)); tries++) await new Promise((resolve) => setTimeout(resolve, 200));
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('response', (response) => { if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`); });
    await page.goto(`${origin}${BASE}articles/a-small-article/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('A Small Article');
    await page.goto(`${origin}${BASE}search/?q=Dushanbe`);
    const hit = page.locator('.search-results [role="option"]').first();
    await hit.waitFor({ timeout: 15_000 });
    expect(await hit.getAttribute('data-href')).toMatch(/^\/glossa\//);
    await page.goto(`${origin}${BASE}entities/dyushambe/`);
    await page.waitForURL(`${origin}${BASE}entities/dushanbe/`);
    expect(failed).toEqual([]);
  } finally {
    await browser.close();
  }
}, 60_000);
